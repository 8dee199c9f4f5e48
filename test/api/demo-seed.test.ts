import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import argon2 from 'argon2';
import type { DemoCredentials } from '../../api/db/demo/credentials.js';
import { seedDemo, type DemoSummary } from '../../api/db/demo/seed-demo.js';
import { APPEAL_CATEGORIES } from '../../api/domain/appeals/appeal-category.js';
import { APPEAL_ANSWER_DAYS } from '../../api/domain/appeals/appeal-deadline.js';
import { APPEAL_STATUSES, AppealModel } from '../../api/domain/appeals/appeal.model.js';
import { ContractModel } from '../../api/domain/contracts/contract.model.js';
import { computeOdoObligations } from '../../api/domain/contracts/odo-obligations.js';
import { LetterModel } from '../../api/domain/letters/letter.model.js';
import { ResponsibilityLevelModel } from '../../api/domain/levels/responsibility-level.model.js';
import { MemberModel } from '../../api/domain/members/member.model.js';
import { isValidInn, isValidOgrn } from '../../api/domain/members/tax-ids.js';
import { RepresentativeModel } from '../../api/domain/representatives/representative.model.js';
import { checkAccess } from '../../api/domain/representatives/sign-in-eligibility.js';
import { openFile } from '../../api/domain/shared/file-storage.js';
import { StaffUserModel } from '../../api/domain/staff/staff-user.model.js';
import { useTestDatabase } from '../helpers/database.js';
import { silentLogger } from '../helpers/silent-logger.js';

const now = new Date('2026-03-16T09:00:00Z');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('demo data', () => {
  useTestDatabase();
  let dataDir: string;
  let summary: DemoSummary;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'sro-demo-'));
    summary = await seedDemo({ now, dataDir, log: silentLogger });
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when seeded, then there are at least 50 members, each with a valid INN and OGRN', async () => {
    const members = await MemberModel.find().lean();

    expect(members.length).toBeGreaterThanOrEqual(50);
    expect(summary.counts.members).toBe(members.length);
    expect(members.filter((member) => !isValidInn(member.inn) || !isValidOgrn(member.ogrn))).toEqual([]);
    expect(new Set(members.map((member) => member.kind))).toEqual(new Set(['legal', 'individual']));
  });

  it('when seeded, then appeals cover every category and every status', async () => {
    const appeals = await AppealModel.find().lean();

    expect(new Set(appeals.map((appeal) => appeal.category))).toEqual(new Set(APPEAL_CATEGORIES));
    expect(new Set(appeals.map((appeal) => appeal.status))).toEqual(new Set(APPEAL_STATUSES));
    const answered = appeals.filter((appeal) => appeal.status === 'answered');
    const answers = await LetterModel.find({
      _id: { $in: answered.map((appeal) => appeal.answerLetterId) },
    }).lean();
    expect(answers).toHaveLength(answered.length);
    expect(answers.every((letter) => letter.direction === 'incoming' && letter.appealId)).toBe(true);
  });

  it('when seeded, then every appeal is due in its category`s answer days from its filing, as filing sets it', async () => {
    const appeals = await AppealModel.find().select({ category: 1, createdAt: 1, dueAt: 1 }).lean();

    const days = appeals.map((appeal) => (appeal.dueAt.getTime() - appeal.createdAt.getTime()) / 86_400_000);

    expect(appeals.length).toBeGreaterThan(0);
    expect(days).toEqual(appeals.map((appeal) => APPEAL_ANSWER_DAYS[appeal.category]));
  });

  it('when seeded, then some letters are unread and their attachments download as real PDF and PNG files', async () => {
    const letters = await LetterModel.find().lean();
    const attachments = letters.flatMap((letter) => letter.attachments);
    const heads = await Promise.all(
      ['application/pdf', 'image/png'].map(async (contentType) => {
        const attachment = attachments.find((candidate) => candidate.contentType === contentType)!;
        const file = await openFile(attachment.fileId);
        return (await readAll(file!.stream)).subarray(0, 5).toString('latin1');
      }),
    );

    expect(letters.some((letter) => letter.direction === 'incoming' && letter.readAt === null)).toBe(true);
    expect(heads).toEqual(['%PDF-', '\x89PNG\r']);
  });

  it('when seeded, then the contracts in force of some members exceed their КФ ОДО cap', async () => {
    const levels = await ResponsibilityLevelModel.find({ fund: 'odo' }).lean();
    const members = await MemberModel.find({ 'levels.odo': { $ne: null } }).lean();
    const contracts = await ContractModel.find({
      memberId: { $in: members.map((member) => member._id) },
    }).lean();
    const states = members.map((member) => {
      const level = levels.find((row) => row.level === member.levels?.odo)!;
      const own = contracts.filter((contract) => contract.memberId.equals(member._id));
      return computeOdoObligations(own, { maxTotalObligations: level.maxTotalObligations ?? null }).state;
    });

    expect(states.filter((state) => state === 'exceeded').length).toBeGreaterThanOrEqual(2);
    expect(states).toContain('warning');
  });

  it('when seeded, then credentials.json names accounts whose passwords match their stored hashes', async () => {
    const credentials = JSON.parse(await readFile(summary.credentialsPath, 'utf8')) as DemoCredentials;

    expect(summary.credentialsPath).toBe(path.join(dataDir, 'demo', 'credentials.json'));
    expect(new Date(credentials.generatedAt).toISOString()).toBe(now.toISOString());
    expect(new Set(credentials.staff.map((staff) => staff.role))).toEqual(new Set(['admin', 'expert']));
    expect(new Set(credentials.representatives.map((person) => person.inn)).size).toBeGreaterThanOrEqual(3);
    for (const staff of credentials.staff) {
      const user = await StaffUserModel.findOne({ email: staff.email }).select('+passwordHash').lean();
      expect(user?.fullName).toBe(staff.fullName);
      await expect(argon2.verify(user!.passwordHash!, staff.password)).resolves.toBe(true);
    }
    const access = [];
    for (const person of credentials.representatives) {
      expect(person).toEqual({
        memberName: expect.any(String),
        inn: expect.any(String),
        email: expect.any(String),
        password: expect.any(String),
        fullName: expect.any(String),
        note: expect.any(String),
      });
      const member = await MemberModel.findOne({ inn: person.inn }).lean();
      const account = await RepresentativeModel.findOne({ memberId: member!._id, email: person.email })
        .select('+passwordHash')
        .lean();
      expect(account?.fullName).toBe(person.fullName);
      await expect(argon2.verify(account!.passwordHash!, person.password)).resolves.toBe(true);
      access.push({ inn: person.inn, ...checkAccess({ member: member!, representative: account!, now }) });
    }
    const allowed = access.filter((decision) => decision.allowed);
    expect(allowed.length).toBeGreaterThanOrEqual(4);
    expect(new Set(allowed.map((decision) => decision.inn)).size).toBeGreaterThanOrEqual(3);
    expect(allowed.length).toBeGreaterThan(new Set(allowed.map((decision) => decision.inn)).size);
    expect(access.map((decision) => (decision.allowed ? 'allowed' : decision.reason))).toEqual(
      expect.arrayContaining(['member_excluded', 'suspended', 'authority_expired']),
    );
  });

  it('when seeded again with the same now, then the members have the same INNs', async () => {
    const innsOf = async () => (await MemberModel.find().lean()).map((member) => member.inn).sort();
    const first = await innsOf();

    await seedDemo({ now, dataDir, log: silentLogger });

    expect(await innsOf()).toEqual(first);
  });
});
