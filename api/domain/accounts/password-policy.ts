import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { DomainError } from '../shared/domain-error.js';
import { RUSSIAN_PASSWORD_FEEDBACK } from './password-feedback.ru.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's «safely unguessable»: about 10^8 guesses and more. */
const MIN_SCORE = 3;

/** The rules as shown next to a password field. */
export const PASSWORD_RULES = [
  `Не менее ${PASSWORD_MIN_LENGTH} символов и не более ${PASSWORD_MAX_LENGTH}.`,
  'Не распространённый и не угадываемый: без ИНН, e-mail, имени, дат и рядов клавиш.',
  'Проще всего запомнить несколько не связанных между собой слов.',
] as const;

const zxcvbn = new ZxcvbnFactory({
  dictionary,
  graphs: adjacencyGraphs,
  translations: RUSSIAN_PASSWORD_FEEDBACK,
});

/** What the person is known by; a password made of it is guessed first. */
export interface PasswordOwner {
  inn?: string | null;
  email?: string | null;
  fullName?: string | null;
}

function userInputs({ inn, email, fullName }: PasswordOwner): string[] {
  const words = [inn, email, email?.split('@')[0], ...(fullName ?? '').split(/\s+/)];
  return words.filter((word): word is string => Boolean(word && word.length > 1));
}

/** Why the password may not be used, in Russian; null when it may. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Пароль слишком короткий. Не менее ${PASSWORD_MIN_LENGTH} символов.`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `Пароль слишком длинный. Не более ${PASSWORD_MAX_LENGTH} символов.`;
  }
  const { score, feedback } = zxcvbn.check(password, userInputs(owner));
  if (score >= MIN_SCORE) return null;
  const warning = feedback.warning ?? 'его легко подобрать';
  const advice = feedback.suggestions[0] ?? RUSSIAN_PASSWORD_FEEDBACK.suggestions.anotherWord;
  return `Пароль слишком простой: ${warning}. ${advice}`;
}

/** Refuses an unfit password; `field` names the input the message belongs to. */
export function assertPasswordAcceptable(password: string, owner: PasswordOwner, field = 'password'): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw new DomainError('invalid', problem, { field });
}

/** The owner's data a password must not be made of: the member's INN, the person's e-mail and name. */
export function passwordOwner(holder: {
  member: { inn: string };
  representative: { email: string; fullName: string };
}): PasswordOwner {
  return {
    inn: holder.member.inn,
    email: holder.representative.email,
    fullName: holder.representative.fullName,
  };
}
