import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AuditEntryModel } from '../../../api/domain/audit/audit-entry.model.js';
import { LetterModel } from '../../../api/domain/letters/letter.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createCast, letterFor, type CabinetCast } from './cabinet-fixtures.js';

const day = (date: string) => new Date(`${date}T09:00:00Z`);

describe('cabinet letters', () => {
  const api = useTestApi();
  let cast: CabinetCast;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    cast = await createCast(api.deps.hasher);
    const a = cast.memberA._id;
    const letters = {
      oldUnread: await letterFor(a, { subject: 'Старое непрочитанное', createdAt: day('2026-01-10') }),
      read: await letterFor(a, { status: 'read', readAt: day('2026-02-02'), createdAt: day('2026-02-01') }),
      outgoing: await letterFor(a, {
        direction: 'outgoing',
        status: 'registered',
        subject: 'Запрос акта сверки',
        createdAt: day('2026-03-01'),
      }),
      newUnread: await letterFor(a, {
        subject: 'О проверке',
        expertId: cast.expert._id,
        createdAt: day('2026-03-15'),
      }),
      ofB: await letterFor(cast.memberB._id, { createdAt: day('2026-03-20') }),
    };
    for (const [name, letter] of Object.entries(letters)) ids[name] = letter._id.toHexString();
  });

  const asA = (path: string) =>
    request(api.app).get(`/api/v1/cabinet${path}`).set('Authorization', `Bearer ${cast.tokenA}`);
  const subjects = (body: { items: { id: string }[] }) =>
    body.items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]);

  it('when A lists its letters, then it gets both directions of its own correspondence, newest first, with markers', async () => {
    const response = await asA('/letters');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 4, page: 1, perPage: 20 });
    expect(subjects(response.body)).toEqual(['newUnread', 'outgoing', 'read', 'oldUnread']);
    expect(response.body.items[0]).toEqual({
      id: ids.newUnread,
      direction: 'incoming',
      directionLabel: 'Входящее',
      registrationNumber: expect.stringMatching(/^ИСХ-/),
      status: 'sent',
      statusLabel: 'Отправлено',
      subject: 'О проверке',
      expertName: cast.expert.fullName,
      createdAt: '2026-03-15T09:00:00.000Z',
      readAt: null,
      unread: true,
      attachmentCount: 0,
      appealId: null,
    });
    expect(response.body.items[1]).toMatchObject({ direction: 'outgoing', unread: false, expertName: null });
  });

  it('when filtered by direction, unread or dates, then only matching letters come, and a bare date includes its day', async () => {
    expect(subjects((await asA('/letters?direction=outgoing')).body)).toEqual(['outgoing']);
    expect(subjects((await asA('/letters?unread=true')).body)).toEqual(['newUnread', 'oldUnread']);
    expect(subjects((await asA('/letters?from=2026-02-01&to=2026-03-01')).body)).toEqual([
      'outgoing',
      'read',
    ]);
  });

  it('when unread letters are asked first, then they lead every page and the rest follow, newest first in each part', async () => {
    const all = await asA('/letters?order=unread_first');
    expect(subjects(all.body)).toEqual(['newUnread', 'oldUnread', 'outgoing', 'read']);

    const second = await asA('/letters?order=unread_first&page=2&perPage=3');
    expect(second.body).toMatchObject({ total: 4, page: 2, perPage: 3 });
    expect(subjects(second.body)).toEqual(['read']);
  });

  it('when a page is asked, then it holds the next letters and the total of all', async () => {
    const response = await asA('/letters?page=2&perPage=3');

    expect(response.body).toMatchObject({ total: 4, page: 2, perPage: 3 });
    expect(subjects(response.body)).toEqual(['oldUnread']);
  });

  it('when an unread letter from the SRO is opened, then it is read once: status, time and one audit entry stay', async () => {
    const first = await asA(`/letters/${ids.oldUnread}`);

    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      text: 'Текст письма',
      status: 'read',
      statusLabel: 'Прочитано',
      unread: false,
    });
    expect(first.body.readAt).not.toBeNull();

    const again = await asA(`/letters/${ids.oldUnread}`);
    expect(again.body.readAt).toBe(first.body.readAt);
    const stored = await LetterModel.findById(ids.oldUnread).lean();
    expect(stored).toMatchObject({ status: 'read', readAt: new Date(first.body.readAt) });
    expect(await AuditEntryModel.countDocuments({ action: 'letter.read', 'target.id': stored!._id })).toBe(1);
  });

  it('when the same unread letter is opened by several requests at once, then all see one reading and one audit entry', async () => {
    const letter = await letterFor(cast.memberA._id);

    const responses = await Promise.all(
      Array.from({ length: 6 }, () => asA(`/letters/${letter._id.toHexString()}`)),
    );

    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([200]));
    expect(new Set(responses.map((response) => response.body.readAt)).size).toBe(1);
    expect(await AuditEntryModel.countDocuments({ action: 'letter.read', 'target.id': letter._id })).toBe(1);
  });

  it('when A opens its own outgoing letter, then nothing about it changes', async () => {
    const response = await asA(`/letters/${ids.outgoing}`);

    expect(response.body).toMatchObject({ status: 'registered', readAt: null, unread: false });
    expect(await LetterModel.findById(ids.outgoing).lean()).toMatchObject({
      status: 'registered',
      readAt: null,
    });
  });

  it('when A opens a letter of member B or one that does not exist, then 404, and B’s letter stays unread', async () => {
    for (const id of [ids.ofB, '0123456789abcdef01234567']) {
      const response = await asA(`/letters/${id}`);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.detail).toBe('Письмо не найдено.');
    }
    expect(await LetterModel.findById(ids.ofB).lean()).toMatchObject({ readAt: null, status: 'sent' });
  });
});
