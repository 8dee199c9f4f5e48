import { refuseInvalidFields } from '../registry/registry-guards.js';
import { unknownMemberIds } from '../registry/registry-members.repository.js';
import { DomainError } from '../shared/domain-error.js';
import type { EventKind } from './event.model.js';

export interface EventData {
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  location?: string | null;
  videoUrl?: string | null;
  description?: string;
  /** The members invited; empty for every member. */
  audience?: string[];
}

export const eventNotFound = () => new DomainError('not_found', 'Событие не найдено.');

/** Refuses an audience naming members the registry does not have. */
export async function refuseUnknownAudience(audience: readonly string[] | undefined): Promise<void> {
  const unknown = audience?.length ? await unknownMemberIds(audience) : [];
  refuseInvalidFields(
    unknown.length > 0
      ? [{ path: 'audience', message: `В реестре нет членов СРО с идентификаторами: ${unknown.join(', ')}` }]
      : [],
  );
}
