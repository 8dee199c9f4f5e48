import { beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import mongoose, { Types } from 'mongoose';
import request from 'supertest';
import { cachedRead, readCache, startReadCache, writeCache } from '../../../api/db/read-cache.js';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { LetterModel } from '../../../api/domain/letters/letter.model.js';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { resolveSession } from '../../../api/domain/sessions/resolve-session.use-case.js';
import { SessionModel } from '../../../api/domain/sessions/session.model.js';
import { hashSecretToken } from '../../../api/domain/shared/secret-token.js';
import { DomainError } from '../../../api/domain/shared/domain-error.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';
import { letterFor } from '../cabinet/cabinet-fixtures.js';

const DAY_MS = 86_400_000;

/** A letter written straight into the collection: no model, so no generation changes (as if the cache missed it). */
const letterBehindTheModels = async (memberId: Types.ObjectId) => {
  const at = new Date();
  const letter = new LetterModel({
    memberId,
    direction: 'incoming',
    registrationNumber: `ИСХ-КЭШ-${new Types.ObjectId().toHexString()}`,
    status: 'sent',
    subject: 'Письмо мимо моделей',
    text: 'Текст письма',
  });
  await LetterModel.collection.insertOne({ ...letter.toObject(), createdAt: at, updatedAt: at });
};

describe('read cache of the session check and the cabinet summary', () => {
  const api = useTestApi();

  beforeAll(async () => {
    await seedResponsibilityLevels();
  });

  const representativeOfNewMember = async (overrides: Record<string, unknown> = {}) => {
    const member = await createMember();
    const representative = await createRepresentative(api.deps.hasher, member._id, overrides);
    return { member, representative, token: await representativeToken(representative) };
  };

  const unreadLetters = async (token: string) => {
    const response = await request(api.app).get('/api/v1/cabinet/summary').auth(token, { type: 'bearer' });
    expect(response.status).toBe(200);
    return response.body.letters.unread as number;
  };

  it('when the summary was read, then the next read is served from the cache until a model writes to the member', async () => {
    const { member, token } = await representativeOfNewMember();
    await letterFor(member._id);
    expect(await unreadLetters(token)).toBe(1);

    await letterBehindTheModels(member._id);
    expect(await unreadLetters(token)).toBe(1);

    await letterFor(member._id);
    expect(await unreadLetters(token)).toBe(3);
  });

  it('when another member gets a letter, then the first member’s cached summary stays; a change to a member clears all', async () => {
    const first = await representativeOfNewMember();
    const second = await representativeOfNewMember();
    expect(await unreadLetters(first.token)).toBe(0);
    await letterBehindTheModels(first.member._id);

    await letterFor(second.member._id);
    expect(await unreadLetters(first.token)).toBe(0);

    await MemberModel.updateOne({ _id: second.member._id }, { $set: { 'head.position': 'Директор' } });
    expect(await unreadLetters(first.token)).toBe(1);
  });

  it('when a representative is suspended by a plain update, then the cached session is refused at once', async () => {
    const { representative, token } = await representativeOfNewMember();
    expect(await unreadLetters(token)).toBe(0);
    expect(await unreadLetters(token)).toBe(0);

    await RepresentativeModel.updateOne({ _id: representative._id }, { $set: { status: 'suspended' } });

    const refused = await request(api.app).get('/api/v1/cabinet/summary').auth(token, { type: 'bearer' });
    expect(refused.status).toBe(403);
    expect(refused.body.reason).toBe('suspended');
  });

  it('when the authority ends while the standing is cached, then the next check is refused with that reason', async () => {
    const now = new Date();
    const authorityExpiresAt = new Date(now.getTime() + DAY_MS);
    const { token } = await representativeOfNewMember({ authorityExpiresAt });
    await resolveSession(token, now);
    await expect(resolveSession(token, now)).resolves.toMatchObject({ kind: 'representative' });

    const refusal = await resolveSession(token, new Date(authorityExpiresAt.getTime() + 1)).catch(
      (error) => error,
    );

    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.details).toEqual({ reason: 'authority_expired' });
  });

  it('when a write lands between reading the generations and storing the entry, then that entry is never served', async () => {
    const member = await createMember();
    const key = `probe:${member._id}`;
    const before = await readCache(key, { memberId: String(member._id) });

    await letterFor(member._id);
    await writeCache(key, { computed: 'before the write' }, before.stamp, 10_000);

    expect((await readCache(key, { memberId: String(member._id) })).value).toBeNull();
    await writeCache(
      key,
      { computed: 'after the write' },
      (await readCache(key, { memberId: String(member._id) })).stamp,
      10_000,
    );
    expect((await readCache(key, { memberId: String(member._id) })).value).toEqual({
      computed: 'after the write',
    });
  });

  it('when a write fails after reaching the database, then the generations are replaced all the same', async () => {
    const member = await createMember();
    const key = `probe:${member._id}`;
    const letter = await letterFor(member._id);
    await writeCache(
      key,
      { computed: 'before' },
      (await readCache(key, { memberId: String(member._id) })).stamp,
      10_000,
    );
    expect((await readCache(key, { memberId: String(member._id) })).value).toEqual({ computed: 'before' });

    await expect(LetterModel.create(letter.toObject())).rejects.toThrow(/duplicate key/);

    expect((await readCache(key, { memberId: String(member._id) })).value).toBeNull();
  });

  it('when a session is only marked as seen, then no cached read is thrown away', async () => {
    const { member, token } = await representativeOfNewMember();
    expect(await unreadLetters(token)).toBe(0);
    await letterBehindTheModels(member._id);

    await SessionModel.updateOne({ _id: hashSecretToken(token) }, { $set: { lastSeenAt: new Date() } });

    expect(await unreadLetters(token)).toBe(0);
  });

  it('when the cache’s Redis connection is closed, then reads go to the database and each failure is reported', async () => {
    const { member, token } = await representativeOfNewMember();
    await letterFor(member._id);
    const unreachable = new Redis(process.env.TEST_REDIS_URL!);
    await unreachable.quit();
    const failures: unknown[] = [];
    const stop = startReadCache(unreachable, mongoose.connection.name, (error) => failures.push(error));
    try {
      expect(await unreadLetters(token)).toBe(1);
      await letterFor(member._id);
      expect(await unreadLetters(token)).toBe(2);
      expect(failures.length).toBeGreaterThanOrEqual(3);
    } finally {
      stop();
      startReadCache(api.deps.redis!, mongoose.connection.name, () => undefined);
    }
  });

  describe('a read computed once and kept warm', () => {
    const letters = { collections: [LetterModel.collection.collectionName] };
    const counting = () => {
      const calls: number[] = [];
      const compute = async () => {
        const call = calls.push(calls.length + 1);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { computed: call };
      };
      return { calls, compute };
    };

    it('when many callers miss at once, then the value is computed once and all of them get it', async () => {
      const { calls, compute } = counting();
      const key = `probe:once:${new Types.ObjectId()}`;

      const values = await Promise.all(
        Array.from({ length: 5 }, () => cachedRead(key, letters, 10_000, compute)),
      );

      expect(calls).toHaveLength(1);
      expect(values).toEqual(Array.from({ length: 5 }, () => ({ computed: 1 })));
      expect(await cachedRead(key, letters, 10_000, compute)).toEqual({ computed: 1 });
      expect(calls).toHaveLength(1);
    });

    it('when a write lands while a value is being computed, then a caller after the write gets a value of its own', async () => {
      const { calls, compute } = counting();
      const key = `probe:after-write:${new Types.ObjectId()}`;
      const before = cachedRead(key, letters, 10_000, compute);
      await new Promise((resolve) => setTimeout(resolve, 20));

      await letterFor((await createMember())._id);
      const after = await cachedRead(key, letters, 10_000, compute);

      expect(await before).toEqual({ computed: 1 });
      expect(after).toEqual({ computed: 2 });
      expect(calls).toHaveLength(2);
    });

    it('when an entry is past half its life, then it is still served and recomputed behind the caller', async () => {
      const { calls, compute } = counting();
      const key = `probe:warm:${new Types.ObjectId()}`;
      expect(await cachedRead(key, letters, 600, compute)).toEqual({ computed: 1 });
      await new Promise((resolve) => setTimeout(resolve, 350));

      expect(await cachedRead(key, letters, 600, compute)).toEqual({ computed: 1 });
      await new Promise((resolve) => setTimeout(resolve, 200));

      expect(await cachedRead(key, letters, 600, compute)).toEqual({ computed: 2 });
      expect(calls).toHaveLength(2);
    });
  });
});
