import type { Types } from 'mongoose';
import { z } from 'zod';
import type { Page } from '../../domain/shared/page.js';

/** Instants are answered as ISO 8601 strings in UTC. */
export const dateTimeSchema = z.iso.datetime();
export const idSchema = z.string().meta({ description: 'Идентификатор (24 шестнадцатеричных знака)' });
export const rublesSchema = z.number().meta({ description: 'Сумма в рублях' });

export const iso = (instant: Date) => instant.toISOString();
export const isoOrNull = (instant: Date | null | undefined) => (instant ? instant.toISOString() : null);
export const idOf = (id: Types.ObjectId) => id.toHexString();

export function mapPage<T, R>(page: Page<T>, map: (item: T) => R): Page<R> {
  return { items: page.items.map(map), total: page.total, page: page.page, perPage: page.perPage };
}
