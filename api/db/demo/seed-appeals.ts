import { Types } from 'mongoose';
import {
  APPEAL_CATEGORIES,
  APPEAL_CATEGORY_INFO,
  isSignatureRequired,
  type AppealCategory,
} from '../../domain/appeals/appeal-category.js';
import { APPEAL_STATUSES, type AppealStatus } from '../../domain/appeals/appeal.model.js';
import { appealDueAt } from '../../domain/appeals/appeal-deadline.js';
import { REGISTRATION_PREFIXES } from '../../domain/shared/registration-number.js';
import { formatDate } from '../../domain/shared/sro-calendar.js';
import { appealStory, type AppealStory } from './appeal-texts.js';
import { addDays, DAY_MS, latest } from './dates.js';
import type { DemoFile } from './demo-files.js';
import { expertOf, letterPrefix, type LetterDraft } from './letter-draft.js';
import { fromSro } from './letter-texts.js';
import type { Random } from './random.js';
import type { Numbered } from './registration.js';
import { signatureName } from './russian-names.js';
import type { DemoContract } from './seed-contracts.js';
import type { DemoInspection } from './seed-inspections.js';
import type { DemoInsurance } from './seed-insurance.js';
import type { DemoMember } from './seed-members.js';
import { canSignIn, type DemoRepresentative } from './seed-representatives.js';
import type { DemoStaff } from './seed-staff.js';

/** An appeal before its number and stored files are settled. */
export interface AppealDraft extends Numbered {
  _id: Types.ObjectId;
  member: DemoMember;
  representative: DemoRepresentative;
  story: AppealStory;
  status: AppealStatus;
  history: { status: AppealStatus; at: Date; byStaffId: Types.ObjectId | null; comment: string | null }[];
  expert: DemoStaff;
  /** The application to be signed, for the categories that need a signature. */
  signedDocument: DemoFile | null;
  answerLetterId: Types.ObjectId | null;
  dueAt: Date;
}

/** How many members file the demo appeals between them. */
const APPELLANTS = 10;

export interface DemoFacts {
  contracts: readonly DemoContract[];
  inspections: readonly DemoInspection[];
  policies: readonly DemoInsurance[];
}

function ofMember<T extends { memberId: Types.ObjectId }>(rows: readonly T[], member: DemoMember): T[] {
  return rows.filter((row) => row.memberId.equals(member._id));
}

/** How many days ago the appeals still open were filed; the closed ones, 25–200 days ago. */
const OPEN_AGE_DAYS: Partial<Record<AppealStatus, [number, number]>> = {
  submitted: [0.05, 1],
  registered: [1, 3],
  in_progress: [3, 20],
};

/** When the appeal was filed and how it moved on, for its current status. */
function timeline(
  status: AppealStatus,
  since: Date,
  now: Date,
  random: Random,
): { createdAt: Date; steps: [AppealStatus, Date][] } {
  const age = OPEN_AGE_DAYS[status];
  const createdAt = age
    ? new Date(now.getTime() - random.real(...age) * DAY_MS)
    : random.date(latest(since, addDays(now, -200)), addDays(now, -25));
  const registered: [AppealStatus, Date] = [
    'registered',
    new Date(createdAt.getTime() + random.real(0.1, 0.3) * DAY_MS),
  ];
  const steps: [AppealStatus, Date][] = [['submitted', createdAt]];
  if (status === 'submitted') return { createdAt, steps };
  steps.push(registered);
  if (status === 'rejected') steps.push(['rejected', addDays(createdAt, random.int(1, 3))]);
  if (status === 'in_progress' || status === 'answered')
    steps.push(['in_progress', addDays(registered[1], 1)]);
  if (status === 'answered') steps.push(['answered', addDays(createdAt, random.int(2, 4))]);
  return { createdAt, steps };
}

function draftAppeal(
  category: AppealCategory,
  status: AppealStatus,
  member: DemoMember,
  representative: DemoRepresentative,
  facts: DemoFacts,
  now: Date,
  random: Random,
): AppealDraft {
  const { createdAt, steps } = timeline(status, addDays(representative.activatedAt!, 1), now, random);
  const rejected = status === 'rejected';
  const policies = ofMember(facts.policies, member).filter((policy) => policy.kind === 'civil_liability');
  const story = appealStory(category, {
    member,
    contracts: ofMember(facts.contracts, member),
    inspections: ofMember(facts.inspections, member).sort(
      (a, b) => a.periodFrom.getTime() - b.periodFrom.getTime(),
    ),
    policy: policies.sort((a, b) => a.validTo.getTime() - b.validTo.getTime()).at(-1),
    date: createdAt,
    rejected,
    random,
  });
  const signed = isSignatureRequired(story.appeal) && !rejected;
  const expert = expertOf(member);
  const comments: Partial<Record<AppealStatus, string>> = {
    in_progress: `Назначен эксперт ${signatureName(expert.person)}`,
    answered: 'Ответ направлен письмом в личный кабинет',
    rejected: story.rejection,
  };
  return {
    _id: new Types.ObjectId(),
    prefix: REGISTRATION_PREFIXES.appeal,
    createdAt,
    member,
    representative,
    story,
    status,
    history: steps.map(([step, at]) => ({
      status: step,
      at,
      byStaffId: step === 'submitted' ? null : expert._id,
      comment: comments[step] ?? null,
    })),
    expert,
    signedDocument: signed
      ? {
          filename: 'Заявление.pdf',
          lines: [APPEAL_CATEGORY_INFO[category].title, member.fullName, story.text],
        }
      : null,
    answerLetterId: status === 'answered' ? new Types.ObjectId() : null,
    dueAt: appealDueAt(createdAt, category),
  };
}

function answerLetter(appeal: AppealDraft): LetterDraft {
  const { member, expert, story } = appeal;
  const answeredAt = appeal.history.at(-1)!.at;
  const title = APPEAL_CATEGORY_INFO[appeal.story.appeal.category].title;
  return {
    _id: appeal.answerLetterId!,
    prefix: letterPrefix('incoming'),
    createdAt: answeredAt,
    member,
    direction: 'incoming',
    subject: story.answer.subject,
    text: fromSro(member, expert, [
      `Рассмотрено обращение от ${formatDate(appeal.createdAt)} («${title}»).`,
      ...story.answer.paragraphs,
    ]),
    expert,
    representative: null,
    appealId: appeal._id,
    files: story.answer.files,
  };
}

/**
 * An appeal of every category in every status, filed by members whose representatives can sign in (the featured ones
 * first), and the answer letters of the answered ones.
 */
export function draftAppeals(
  members: readonly DemoMember[],
  representatives: readonly DemoRepresentative[],
  facts: DemoFacts,
  now: Date,
  random: Random,
): { appeals: AppealDraft[]; answers: LetterDraft[] } {
  const appellants = members
    .filter((member) => member.status !== 'excluded')
    .map((member) => ({
      member,
      filers: representatives.filter((r) => r.member === member && canSignIn(r, now)),
    }))
    .filter(({ filers }) => filers.length > 0)
    .slice(0, APPELLANTS);
  const combinations = APPEAL_CATEGORIES.flatMap((category) =>
    APPEAL_STATUSES.map((status) => ({ category, status })),
  );
  const appeals = random.sample(combinations, combinations.length).map(({ category, status }, i) => {
    const { member, filers } = appellants[i % appellants.length]!;
    return draftAppeal(category, status, member, filers[i % filers.length]!, facts, now, random);
  });
  return { appeals, answers: appeals.filter((appeal) => appeal.answerLetterId).map(answerLetter) };
}
