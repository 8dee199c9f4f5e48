import { DomainError } from '../shared/domain-error.js';

export const memberNotFound = () => new DomainError('not_found', 'Член СРО не найден.');

export const recordNotFound = () => new DomainError('not_found', 'Запись не найдена.');

export interface FieldProblem {
  path: string;
  message: string;
}

/** Refuses data whose fields contradict each other, naming each field as a 400 from the schema would. */
export function refuseInvalidFields(problems: readonly FieldProblem[]): void {
  if (problems.length > 0)
    throw new DomainError('invalid', 'Данные не прошли проверку.', { errors: problems });
}
