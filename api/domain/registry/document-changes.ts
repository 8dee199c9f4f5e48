import mongoose, { type DocumentSetOptions } from 'mongoose';
import { DomainError } from '../shared/domain-error.js';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';

const MESSAGES_BY_KIND: Record<string, string> = {
  required: 'Заполните поле',
  enum: 'Недопустимое значение',
  min: 'Значение меньше допустимого',
  max: 'Значение больше допустимого',
  regexp: 'Значение в неверном формате',
};

/** A mongoose validation or cast failure as a 422 with one Russian message per field; other errors pass through. */
export function asInvalidData(error: unknown): unknown {
  if (error instanceof mongoose.Error.ValidationError) {
    const errors = Object.values(error.errors).map((fieldError) => ({
      path: fieldError.path,
      message:
        fieldError instanceof mongoose.Error.CastError
          ? 'Значение в неверном формате'
          : (MESSAGES_BY_KIND[fieldError.kind] ?? fieldError.message),
    }));
    return new DomainError('invalid', 'Данные не прошли проверку.', { errors });
  }
  if (error instanceof mongoose.Error.CastError) {
    return new DomainError('invalid', 'Данные не прошли проверку.', {
      errors: [{ path: error.path, message: 'Значение в неверном формате' }],
    });
  }
  return error;
}

/**
 * Runs a write and turns the store's refusals into domain errors: a unique index → 409 with `conflictMessage`,
 * validation → 422 per field.
 */
export async function guardWrite<T>(
  write: () => Promise<T>,
  conflictMessage = 'Такая запись уже есть.',
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isDuplicateKeyError(error) ? new DomainError('conflict', conflictMessage) : asInvalidData(error);
  }
}

/** The part of a loaded mongoose document that saveChanges uses, whatever the document's shape. */
interface EditableDocument {
  set(patch: Record<string, unknown>, value: undefined, options: DocumentSetOptions): unknown;
  directModifiedPaths(): string[];
  save(): Promise<unknown>;
}

/**
 * Applies a partial change to a loaded document (nested objects are merged, arrays replaced) and saves it with the
 * schema's validators and hooks, which a bare update would skip. Returns the names of the fields whose value changed.
 */
export async function saveChanges(
  document: EditableDocument,
  patch: Record<string, unknown>,
): Promise<string[]> {
  document.set(patch, undefined, { merge: true });
  const fields = document.directModifiedPaths();
  await document.save();
  return fields;
}
