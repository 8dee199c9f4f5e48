import { nextRegistrationNumber } from '../../domain/shared/registration-number.js';
import { moscowDate } from './dates.js';

export interface Numbered {
  createdAt: Date;
  /** A prefix of REGISTRATION_PREFIXES. */
  prefix: string;
  registrationNumber?: string;
}

/**
 * Gives each document the next number of its register and year in the order the documents were created.
 * nextRegistrationNumber claims the numbers of one series in the order it is called, and different series side by side.
 */
export async function assignRegistrationNumbers(documents: readonly Numbered[]): Promise<void> {
  const inOrder = [...documents].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  await Promise.all(
    inOrder.map(async (document) => {
      document.registrationNumber = await nextRegistrationNumber(
        document.prefix,
        moscowDate(document.createdAt).year,
      );
    }),
  );
}
