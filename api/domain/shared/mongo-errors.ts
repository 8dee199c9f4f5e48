import { mongo } from 'mongoose';

/** A unique index refused the write: MongoDB and FerretDB both answer with code 11000. */
export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === 11000;
}
