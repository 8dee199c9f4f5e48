import path from 'node:path';
import mongoose from 'mongoose';
import { createPasswordHasher } from '../../domain/accounts/password-hasher.js';
import { ensureIndexes } from '../../domain/models.js';
import type { Logger } from '../../logger.js';
import { writeCredentials } from './credentials.js';
import { REPRESENTATIVE_PASSWORDS } from './demo-cast.js';
import { hashDemoPasswords } from './passwords.js';
import { createRandom } from './random.js';
import { seedAudit } from './seed-audit.js';
import { seedCalendar } from './seed-calendar.js';
import { seedContracts } from './seed-contracts.js';
import { seedCorrespondence } from './seed-correspondence.js';
import { seedInspections } from './seed-inspections.js';
import { seedInsurance } from './seed-insurance.js';
import { seedMembers } from './seed-members.js';
import { seedMoney } from './seed-money.js';
import { seedNotifications } from './seed-notifications.js';
import { seedReference } from './seed-reference.js';
import { seedReports } from './seed-reports.js';
import { seedRepresentatives } from './seed-representatives.js';
import { seedSpecialists } from './seed-specialists.js';
import { DEMO_STAFF, seedStaff } from './seed-staff.js';

/** The same seed, and the same `now`, always give the same demo data. */
const DEMO_SEED = 20_201_127;

export interface SeedDemoOptions {
  /** Dates are laid out around it: admissions over the 12 years before, events in the weeks after. */
  now: Date;
  /** credentials.json goes to `<dataDir>/demo/`. */
  dataDir: string;
  log: Logger;
}

export interface DemoSummary {
  counts: {
    members: number;
    representatives: number;
    staff: number;
    contracts: number;
    duesAccruals: number;
    duesPayments: number;
    fundContributions: number;
    insuranceContracts: number;
    inspections: number;
    letters: number;
    appeals: number;
    events: number;
    reports: number;
    specialists: number;
    notifications: number;
    auditEntries: number;
    feedback: number;
    files: number;
  };
  credentialsPath: string;
}

/** The demo database is throwaway: everything in it goes before the demo data comes in. */
async function emptyDatabase(): Promise<void> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('demo data: MongoDB is not connected');
  for (const collection of await db.collections()) await collection.drop();
  await ensureIndexes();
}

/** Fills the connected database with a realistic, reproducible SRO: members, their people, money, letters, appeals. */
export async function seedDemo({ now, dataDir, log }: SeedDemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  const random = createRandom(DEMO_SEED);
  const passwords = [...DEMO_STAFF.map((staff) => staff.password), ...REPRESENTATIVE_PASSWORDS];
  const [hashes] = await Promise.all([hashDemoPasswords(createPasswordHasher(), passwords), emptyDatabase()]);

  const regulation = await seedReference();
  await seedStaff(now, hashes);
  const members = await seedMembers(now, random.fork('members'));
  const representatives = await seedRepresentatives(
    members,
    now,
    regulation,
    hashes,
    random.fork('representatives'),
  );
  const contracts = await seedContracts(members, now, random.fork('contracts'));
  const money = await seedMoney(members, now, random.fork('money'));
  const policies = await seedInsurance(members, now, random.fork('insurance'));
  const inspections = await seedInspections(members, now, random.fork('inspections'));
  const events = await seedCalendar(members, now, random.fork('events'));
  const facts = { contracts, inspections, policies, debts: money.debts };
  const correspondence = await seedCorrespondence(
    members,
    representatives,
    facts,
    now,
    random.fork('correspondence'),
  );
  const reports = await seedReports(members, now, random.fork('reports'));
  const specialists = await seedSpecialists(members, now, random.fork('specialists'));
  const notifications = await seedNotifications(members, { debts: money.debts, policies, events }, now);
  const audit = await seedAudit(members, representatives, now);
  const credentialsPath = await writeCredentials(dataDir, now, DEMO_STAFF, representatives);

  const summary: DemoSummary = {
    counts: {
      members: members.length,
      representatives: representatives.length,
      staff: DEMO_STAFF.length,
      contracts: contracts.length,
      ...money.counts,
      insuranceContracts: policies.length,
      inspections: inspections.length,
      letters: correspondence.letters,
      appeals: correspondence.appeals,
      events: events.length,
      reports: reports.reports,
      specialists,
      notifications,
      ...audit,
      files: correspondence.files + reports.files,
    },
    credentialsPath,
  };
  const { counts } = summary;
  const seconds = Math.round((performance.now() - started) / 1000);
  log.debug({ ...counts }, 'demo: every count seeded');
  log.info(
    `demo: ${counts.members} members, ${counts.representatives} representatives, ${counts.appeals} appeals and ` +
      `${counts.letters} letters seeded in ${seconds} s; sign-in details in ${path.relative(process.cwd(), credentialsPath)}`,
  );
  return summary;
}
