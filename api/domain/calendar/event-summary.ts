import { EVENT_KIND_LABELS } from '../cabinet/labels.js';
import type { EventKind } from '../events/event.model.js';

/**
 * An event's heading with its kind, unless the title already begins with it: «Семинар: Охрана труда», but
 * «Семинар «Изменения в Градостроительном кодексе»» and «Заседание Совета СРО» as they are.
 */
export function eventSummary(kind: EventKind, title: string): string {
  const label = EVENT_KIND_LABELS[kind];
  const named = title.trimStart();
  const startsWithKind =
    named.toLowerCase().startsWith(label.toLowerCase()) && !/[\p{L}\d]/u.test(named.charAt(label.length));
  return startsWithKind ? named : `${label}: ${named}`;
}
