import type { Types } from 'mongoose';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { LetterReadModel } from './letter-read.model.js';

export interface LetterReader {
  kind: 'representative' | 'staff';
  id: Types.ObjectId | string;
}

export interface FirstReading {
  /** True for the caller who opened the letter first; false when someone had already. */
  first: boolean;
  /** When the letter was first opened. */
  at: Date;
}

/** Records the first opening of a letter; later and simultaneous openings learn when that was. */
export async function claimFirstReading(
  letter: { _id: Types.ObjectId; memberId: Types.ObjectId },
  reader: LetterReader,
  at: Date,
): Promise<FirstReading> {
  try {
    await LetterReadModel.create({ _id: letter._id, memberId: letter.memberId, reader, at });
    return { first: true, at };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const earlier = await LetterReadModel.findById(letter._id).select({ at: 1 }).lean<{ at: Date }>();
    return { first: false, at: earlier?.at ?? at };
  }
}
