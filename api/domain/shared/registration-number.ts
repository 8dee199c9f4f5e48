import { IssuedNumberModel } from './issued-number.model.js';
import { isDuplicateKeyError } from './mongo-errors.js';

/**
 * Prefixes of the SRO's registers. Letters are numbered from the SRO's side: a letter the SRO sends to a member is
 * its outgoing one (ИСХ), a letter from a member is its incoming one (ВХ).
 */
export const REGISTRATION_PREFIXES = {
  appeal: 'ОБР',
  letterToMember: 'ИСХ',
  letterFromMember: 'ВХ',
} as const;

const queues = new Map<string, Promise<void>>();

/** Runs the claims of one series one after another in this process, so that its callers do not collide. */
function inTurn<T>(series: string, task: () => Promise<T>): Promise<T> {
  const result = (queues.get(series) ?? Promise.resolve()).then(task);
  const done = result.then(
    () => undefined,
    () => undefined,
  );
  queues.set(series, done);
  void done.then(() => {
    if (queues.get(series) === done) queues.delete(series);
  });
  return result;
}

function format(series: string, seq: number): string {
  return `${series}-${String(seq).padStart(6, '0')}`;
}

/** Claims the number after the last one issued; another process may take it first, then the next one is tried. */
async function claimNext(series: string): Promise<string> {
  const last = await IssuedNumberModel.findOne({ series }).sort({ seq: -1 }).select({ seq: 1 }).lean();
  for (let seq = (last?.seq ?? 0) + 1; ; seq += 1) {
    try {
      const number = format(series, seq);
      await IssuedNumberModel.create({ _id: number, series, seq });
      return number;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}

/** The next number of a register for a year, e.g. `nextRegistrationNumber('ОБР', 2026)` → `ОБР-2026-000001`. */
export function nextRegistrationNumber(prefix: string, year: number): Promise<string> {
  const series = `${prefix}-${year}`;
  return inTurn(series, () => claimNext(series));
}
