import { AuditEntryModel } from '../../domain/audit/audit-entry.model.js';
import { FeedbackModel } from '../../domain/feedback/feedback.model.js';
import { addDays } from './dates.js';
import type { DemoMember } from './seed-members.js';
import { canSignIn, type DemoRepresentative } from './seed-representatives.js';
import { DEMO_STAFF } from './seed-staff.js';

const FEEDBACK = [
  'Было бы удобно видеть в карточке дату следующей плановой проверки.',
  'Спасибо за календарь событий: ссылка на семинар теперь всегда под рукой.',
];

/** A few lines of the staff audit log about the featured members, and feedback about the cabinet itself. */
export async function seedAudit(
  members: readonly DemoMember[],
  representatives: readonly DemoRepresentative[],
  now: Date,
): Promise<{ auditEntries: number; feedback: number }> {
  const [admin, expert] = DEMO_STAFF;
  const suspended = representatives.find((representative) => representative.status === 'suspended');
  const entries = [
    { by: admin!, action: 'dashboard.read', target: null, daysAgo: 1 },
    { by: expert!, action: 'dashboard.read', target: null, daysAgo: 1 },
    ...members.slice(0, 4).map((member, i) => ({
      by: expert!,
      action: 'member.read',
      target: { kind: 'member', id: member._id, memberId: member._id },
      daysAgo: 1 + i,
    })),
    ...(suspended
      ? [
          {
            by: admin!,
            action: 'representative.suspended',
            target: { kind: 'representative', id: suspended._id, memberId: suspended.member._id },
            daysAgo: 3,
          },
        ]
      : []),
  ];
  const auditRows = entries.map(({ by, action, target, daysAgo }) => ({
    at: addDays(now, -daysAgo),
    actor: { kind: 'staff', id: by._id, role: by.role },
    action,
    target: target ?? { kind: null, id: null, memberId: null },
    changes:
      action === 'representative.suspended' ? { fields: ['status', 'suspendedAt', 'suspendReason'] } : null,
  }));
  await AuditEntryModel.insertMany(auditRows);

  const authors = representatives.filter(
    (representative) => canSignIn(representative, now) && representative.member.status !== 'excluded',
  );
  const feedbackRows = FEEDBACK.map((text, i) => ({
    representativeId: authors[i]!._id,
    memberId: authors[i]!.member._id,
    text,
    createdAt: addDays(now, -(5 + i * 7)),
  }));
  await FeedbackModel.insertMany(feedbackRows);
  return { auditEntries: auditRows.length, feedback: feedbackRows.length };
}
