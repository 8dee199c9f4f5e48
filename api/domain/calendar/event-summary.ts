import { EVENT_KIND_LABELS } from '../cabinet/labels.js';
import type { EventKind } from '../events/event.model.js';

/** Whether the title already begins with the kind's word («Семинар по охране труда» for a seminar). */
export function titleNamesKind(kind: EventKind, title: string): boolean {
  const label = EVENT_KIND_LABELS[kind];
  const named = title.trimStart();
  return (
    named.toLowerCase().startsWith(label.toLowerCase()) && !/[\p{L}\d]/u.test(named.charAt(label.length))
  );
}

/**
 * An event's heading with its kind, unless the title already begins with it: «Семинар: Охрана труда», but
 * «Семинар «Изменения в Градостроительном кодексе»» and «Заседание Совета СРО» as they are.
 */
export function eventSummary(kind: EventKind, title: string): string {
  const named = title.trimStart();
  return titleNamesKind(kind, title) ? named : `${EVENT_KIND_LABELS[kind]}: ${named}`;
}
