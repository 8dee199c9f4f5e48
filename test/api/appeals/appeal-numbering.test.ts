import { describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createRepresentative, representativeToken } from '../../helpers/factories.js';
import { PNG, postAppeal, signedInRepresentative } from './appeal-client.js';

const REGISTRY_EXTRACT = { category: 'registry_extract', details: { copies: 1, delivery: 'electronic' } };
const moscowYear = () =>
  new Intl.DateTimeFormat('en', { timeZone: 'Europe/Moscow', year: 'numeric' }).format(new Date());
const storedFilesNamed = (filename: string) =>
  mongoose.connection.db!.collection('files.files').countDocuments({ filename });

describe('POST /appeals: registration numbers, idempotency and the outbox', () => {
  const api = useTestApi();

  it('when 30 appeals are filed at once, then each gets its own number ОБР-YYYY-NNNNNN, first in the answer', async () => {
    const { token } = await signedInRepresentative(api);

    const responses = await Promise.all(
      Array.from({ length: 30 }, () => postAppeal(api, token, REGISTRY_EXTRACT)),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(30).fill(201));
    const numbers = responses.map((response) => response.body.registrationNumber as string);
    expect(new Set(numbers).size).toBe(30);
    for (const number of numbers) expect(number).toMatch(new RegExp(`^ОБР-${moscowYear()}-\\d{6}$`));
    expect(Object.keys(responses[0]!.body)[0]).toBe('registrationNumber');
  });

  it('when an appeal is filed, then one «appeal.submitted» message with ids only is left for the jobs', async () => {
    const { member, token } = await signedInRepresentative(api);

    const response = await postAppeal(api, token, REGISTRY_EXTRACT);

    const messages = await OutboxMessageModel.find({
      idempotencyKey: `appeal.submitted:${response.body.id}`,
    }).lean();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      kind: 'appeal.submitted',
      status: 'pending',
      payload: { appealId: response.body.id, memberId: String(member._id) },
    });
  });

  it('when the same Idempotency-Key is sent again, then the first appeal comes back with 200 and nothing new is filed', async () => {
    const { member, token } = await signedInRepresentative(api);
    const key = { 'Idempotency-Key': 'bot-update-5512-extract' };

    const first = await postAppeal(
      api,
      token,
      REGISTRY_EXTRACT,
      [{ data: PNG, filename: 'повтор-1.png' }],
      key,
    );
    const again = await postAppeal(
      api,
      token,
      REGISTRY_EXTRACT,
      [{ data: PNG, filename: 'повтор-1.png' }],
      key,
    );

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await AppealModel.countDocuments({ memberId: member._id })).toBe(1);
    expect(await storedFilesNamed('повтор-1.png')).toBe(1);
  });

  it('when requests with the same key race, then exactly one appeal is filed, one message left and no file orphaned', async () => {
    const { member, token } = await signedInRepresentative(api);
    const key = { 'Idempotency-Key': 'double-click-7f3a' };

    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        postAppeal(api, token, REGISTRY_EXTRACT, [{ data: PNG, filename: 'гонка.png' }], key),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(await AppealModel.countDocuments({ memberId: member._id })).toBe(1);
    expect(await storedFilesNamed('гонка.png')).toBe(1);
    expect(
      await OutboxMessageModel.countDocuments({
        idempotencyKey: `appeal.submitted:${responses[0]!.body.id}`,
      }),
    ).toBe(1);
  });

  it('when another representative uses the same key, then it is a different appeal', async () => {
    const { member, token } = await signedInRepresentative(api);
    const colleague = await createRepresentative(api.deps.hasher, member._id);
    const key = { 'Idempotency-Key': 'shared-key-1' };

    const mine = await postAppeal(api, token, REGISTRY_EXTRACT, [], key);
    const theirs = await postAppeal(api, await representativeToken(colleague), REGISTRY_EXTRACT, [], key);

    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('when the Idempotency-Key is not printable ASCII, then 400', async () => {
    const { token } = await signedInRepresentative(api);

    const response = await postAppeal(api, token, REGISTRY_EXTRACT, [], {
      'Idempotency-Key': 'x'.repeat(256),
    });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: 'idempotency-key', message: 'Idempotency-Key — от 1 до 255 печатных знаков ASCII' },
    ]);
  });
});
