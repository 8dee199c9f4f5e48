import { mongo } from 'mongoose';

/**
 * A unique index refused the write. MongoDB answers code 11000 to every such write, FerretDB to inserts only: an
 * update it answers with an internal error that carries SQLite's own words.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  return (
    error instanceof mongo.MongoServerError &&
    (error.code === 11000 || /UNIQUE constraint failed/.test(error.message))
  );
}
