import { Types } from 'mongoose';
import { computeOdoObligations } from '../../domain/contracts/odo-obligations.js';
import type { DuesDebt } from '../../domain/finance/dues-debt.js';
import type { LetterDirection } from '../../domain/letters/letter.model.js';
import type { DemoFile } from './demo-files.js';
import { addDays } from './dates.js';
import { defaultLevel } from './default-level.js';
import { expertOf, letterPrefix, senderAt, type LetterDraft } from './letter-draft.js';
import * as texts from './letter-texts.js';
import type { Random } from './random.js';
import type { DemoFacts } from './seed-appeals.js';
import type { DemoInspection } from './seed-inspections.js';
import type { DemoMember } from './seed-members.js';
import type { DemoRepresentative } from './seed-representatives.js';

export interface LetterFacts extends DemoFacts {
  debts: ReadonlyMap<string, DuesDebt>;
}

/** The cabinet shows the correspondence of the last two years. */
const CORRESPONDENCE_DAYS = 2 * 365;

const scan = (filename: string): DemoFile => ({ filename, lines: [] });

function actFile(member: DemoMember, inspection: DemoInspection): DemoFile {
  return {
    filename: `Акт проверки ${inspection.actNumber!.replace('/', '-')}.pdf`,
    lines: [
      `Акт проверки № ${inspection.actNumber}`,
      `Проверяемое лицо: ${member.fullName}, ИНН ${member.inn}`,
      `Предмет проверки: ${inspection.subject}`,
      inspection.result ?? '',
      ...inspection.violations.map((violation) => `- ${violation.description}`),
    ],
  };
}

/** The letters a member's story calls for: about its inspections, dues, obligations, insurance and status. */
function memberLetters(
  member: DemoMember,
  representatives: readonly DemoRepresentative[],
  facts: LetterFacts,
  now: Date,
  random: Random,
): LetterDraft[] {
  const expert = expertOf(member);
  // the members whose accounts are in credentials.json get a fuller correspondence to look through
  const featured = member.spec.representatives.some((representative) => representative.credential);
  const drafts: LetterDraft[] = [];
  const add = (
    direction: LetterDirection,
    createdAt: Date,
    letter: texts.LetterText,
    files: DemoFile[] = [],
  ) => {
    const representative = direction === 'outgoing' ? senderAt(representatives, createdAt) : null;
    const outOfRange = createdAt >= now || createdAt < addDays(now, -CORRESPONDENCE_DAYS);
    if (outOfRange || (direction === 'outgoing' && !representative)) return;
    drafts.push({
      _id: new Types.ObjectId(),
      prefix: letterPrefix(direction),
      createdAt,
      member,
      direction,
      ...letter,
      expert,
      representative,
      appealId: null,
      files,
    });
  };
  const mine = <T extends { memberId: Types.ObjectId }>(rows: readonly T[]) =>
    rows.filter((row) => row.memberId.equals(member._id));

  for (const inspection of mine(facts.inspections)) {
    if (inspection.status === 'scheduled' || inspection.status === 'in_progress') {
      const notice = texts.inspectionNotice(member, inspection, expert);
      add('incoming', addDays(inspection.periodFrom, -random.int(10, 20)), notice, [
        { filename: 'Перечень документов для проверки.txt', lines: texts.INSPECTION_DOCUMENTS },
      ]);
    }
    if (inspection.status === 'in_progress') {
      const documents = {
        subject: 'О представлении документов для проверки',
        text: texts.fromMember(member, ['Направляем документы для проверки по перечню.']),
      };
      add('outgoing', addDays(inspection.periodFrom, 1), documents, [scan('Опись документов.png')]);
    }
    if (inspection.status === 'completed' && inspection.periodTo > addDays(now, featured ? -730 : -365)) {
      add('incoming', addDays(inspection.periodTo, 2), texts.inspectionResult(member, inspection, expert), [
        actFile(member, inspection),
      ]);
    }
  }

  const debt = facts.debts.get(member._id.toHexString());
  if (debt && debt.daysOverdue > 0 && member.status !== 'excluded') {
    const sentAt = addDays(now, -random.int(2, 4));
    add('incoming', sentAt, texts.duesReminder(member, debt, sentAt, expert));
    if (random.chance(0.5))
      add('outgoing', addDays(sentAt, 1), texts.duesGuarantee(member, debt, sentAt), [
        scan('Гарантийное письмо.png'),
      ]);
  }

  if (member.spec.odoUsage === 'near_cap' || member.spec.odoUsage === 'over_cap') {
    const level = defaultLevel('odo', member.levels.odo!);
    const obligations = computeOdoObligations(mine(facts.contracts), {
      maxTotalObligations: level.maxTotalObligations ?? null,
    });
    add('incoming', addDays(now, -random.int(3, 12)), texts.odoWarning(member, obligations, expert));
  }

  const policy = mine(facts.policies)
    .filter((candidate) => candidate.kind === 'civil_liability')
    .sort((a, b) => a.validTo.getTime() - b.validTo.getTime())
    .at(-1);
  if (policy && policy.validTo > now && policy.validTo < addDays(now, 30)) {
    add('incoming', addDays(policy.validTo, -30), texts.insuranceExpiring(member, policy, expert));
  }
  if (policy && policy.validFrom > member.admissionDate && (featured || random.chance(0.3))) {
    const copy = {
      filename: `Договор страхования ${policy.policyNumber.replace('/', '-')}.pdf`,
      lines: ['Договор страхования', policy.policyNumber],
    };
    add('outgoing', addDays(policy.validFrom, 2), texts.insuranceCopy(member, policy), [copy]);
  }

  if (featured) {
    const requestedAt = addDays(now, -random.int(5, 8));
    add('incoming', requestedAt, texts.specialistsRequest(member, requestedAt, expert), [
      { filename: 'Форма сведений о специалистах.txt', lines: texts.SPECIALISTS_FORM },
    ]);
    add('outgoing', addDays(requestedAt, 3), texts.specialistsReply(member), [
      scan('Сведения о специалистах.png'),
    ]);
  }

  if (member.status !== 'member')
    add('incoming', addDays(member.statusSince, 1), texts.statusChange(member, expert));
  return drafts;
}

export function draftLetters(
  members: readonly DemoMember[],
  representatives: readonly DemoRepresentative[],
  facts: LetterFacts,
  now: Date,
  random: Random,
): LetterDraft[] {
  return members.flatMap((member) =>
    memberLetters(
      member,
      representatives.filter((representative) => representative.member === member),
      facts,
      now,
      random,
    ),
  );
}
