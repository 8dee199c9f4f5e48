import { ReportModel, type ReportKind, type ReportStatus } from '../../domain/reports/report.model.js';
import { addDays, atMoscow, earliest, moscowDate } from './dates.js';
import { storeDemoFiles } from './demo-files.js';
import type { Random } from './random.js';
import type { DemoMember } from './seed-members.js';

/** The annual notice of obligations is due by 1 March of the next year, the activity report by 1 April. */
const DUE_MONTH: Record<ReportKind, number> = { annual_odo_notice: 3, activity: 4 };
const TITLES: Record<ReportKind, string> = {
  annual_odo_notice: 'Уведомление о фактическом совокупном размере обязательств',
  activity: 'Отчёт о деятельности члена СРО',
};
const REJECTIONS: Record<ReportKind, string> = {
  annual_odo_notice:
    'В уведомлении не указаны договоры, заключённые по 223-ФЗ; представьте исправленное уведомление.',
  activity: 'Не заполнен раздел о специалистах; представьте исправленный отчёт.',
};
/** What became of the reports submitted on time. */
const OUTCOMES: Partial<Record<ReportStatus, number>> = { accepted: 4, submitted: 1, rejected: 1 };
/** How many of the first members get real files with their reports. */
const WITH_FILES = 5;

interface ReportPlan {
  kind: ReportKind;
  period: number;
  dueAt: Date;
  status: ReportStatus;
  submittedAt: Date | null;
}

/**
 * The activity reports of the last two years, and the notices of those and of the current year. Members near or over
 * the КФ ОДО cap and suspended ones have not submitted the last notice due; the rest mostly have, some were rejected.
 */
function planReports(member: DemoMember, now: Date, random: Random): ReportPlan[] {
  const year = moscowDate(now).year;
  const admitted = moscowDate(member.admissionDate).year;
  const behind =
    member.spec.odoUsage === 'near_cap' ||
    member.spec.odoUsage === 'over_cap' ||
    member.status === 'suspended';
  const kinds: ReportKind[] = member.levels.odo === null ? ['activity'] : ['activity', 'annual_odo_notice'];
  return kinds.flatMap((kind) => {
    const periods = [year - 2, year - 1, year].filter(
      (period) => period >= admitted && (kind === 'annual_odo_notice' || period < year),
    );
    const dueOf = (period: number) => atMoscow(period + 1, DUE_MONTH[kind], 1, 0);
    const lastDue = periods.filter((period) => dueOf(period) <= now).at(-1);
    return periods.map((period): ReportPlan => {
      const dueAt = dueOf(period);
      const submittedAt = earliest(addDays(dueAt, -random.int(3, 40)), addDays(now, -1));
      // a report is submitted after its year ends, and the members behind have not sent the last notice due
      const withheld = behind && kind === 'annual_odo_notice' && period === lastDue;
      let status: ReportStatus = dueAt > now && random.chance(0.7) ? 'expected' : random.weighted(OUTCOMES);
      if (submittedAt < atMoscow(period + 1, 1, 10) || withheld) status = 'expected';
      return { kind, period, dueAt, status, submittedAt: status === 'expected' ? null : submittedAt };
    });
  });
}

/** Reports with their deadlines; those of the first members carry real files. */
export async function seedReports(
  members: readonly DemoMember[],
  now: Date,
  random: Random,
): Promise<{ reports: number; files: number }> {
  const current = members.filter((member) => member.status !== 'excluded');
  const rows = [];
  for (const [index, member] of current.entries()) {
    for (const report of planReports(member, now, random)) {
      const title = `${TITLES[report.kind]} за ${report.period} год`;
      const withFile = index < WITH_FILES && report.submittedAt;
      const createdAt = earliest(addDays(report.dueAt, -90), addDays(now, -1));
      rows.push({
        memberId: member._id,
        ...report,
        files: withFile ? await storeDemoFiles([{ filename: `${title}.pdf`, lines: [title] }]) : [],
        comment: report.status === 'rejected' ? REJECTIONS[report.kind] : null,
        createdAt,
        updatedAt: report.submittedAt ?? createdAt,
      });
    }
  }
  await ReportModel.insertMany(rows);
  return { reports: rows.length, files: rows.reduce((sum, row) => sum + row.files.length, 0) };
}
