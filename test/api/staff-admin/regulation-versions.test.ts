import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { issueAccountToken } from '../../../api/domain/accounts/account-tokens.repository.js';
import { ensureFirstEdition } from '../../../api/domain/regulation/regulation-version.repository.js';
import { createMember, createRepresentative } from '../../helpers/factories.js';
import { useRegistryKit } from '../staff-registry/registry-kit.js';

const FIRST = 'СС-СРО-ОД-06-2020-01';
const edition = (overrides: Record<string, unknown> = {}) => ({
  version: 'СС-СРО-ОД-06-2026-02',
  title: 'Регламент «Личный кабинет члена СРО», редакция 2',
  text: 'Редакция 2: доступ через Telegram.',
  ...overrides,
});

type Row = { version: string; current: boolean };
const versions = (rows: Row[]) => rows.map(({ version, current }) => ({ version, current }));

describe('staff admin: editions of the regulation', () => {
  const kit = useRegistryKit();
  beforeAll(ensureFirstEdition);

  it('when an admin publishes an edition, then it is current at once and a representative activating accepts it', async () => {
    expect(versions((await kit.as('admin').get('/api/v1/staff/regulation-versions')).body.items)).toEqual([
      { version: FIRST, current: true },
    ]);

    const published = await kit.as('admin').post('/api/v1/staff/regulation-versions').send(edition());
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ ...edition(), url: null, current: true });

    const list = await kit.as('admin').get('/api/v1/staff/regulation-versions');
    expect(list.body.total).toBe(2);
    expect(versions(list.body.items)).toEqual([
      { version: 'СС-СРО-ОД-06-2026-02', current: true },
      { version: FIRST, current: false },
    ]);

    const person = await createRepresentative(kit.deps.hasher, (await createMember())._id, {
      status: 'pending',
      emailConfirmedAt: null,
      passwordHash: null,
    });
    const { token } = await issueAccountToken(person._id, 'activation');
    const activated = await request(kit.app)
      .post('/api/v1/auth/activation')
      .send({ token, password: 'Ekskavator-Zabor-Polyn-91', acceptRegulation: true });
    expect(activated.status).toBe(200);
    const card = await kit.as('expert').get(`/api/v1/staff/representatives/${String(person._id)}`);
    expect(card.body.acceptedRegulation.version).toBe('СС-СРО-ОД-06-2026-02');

    const audit = await kit.as('admin').get('/api/v1/staff/audit?action=regulation_version.published');
    expect(audit.body.items[0].target).toMatchObject({ kind: 'regulation_version', id: published.body.id });
  });

  it('when an edition is published for a later day, then it waits and the one in force stays current', async () => {
    const published = await kit
      .as('admin')
      .post('/api/v1/staff/regulation-versions')
      .send(
        edition({
          version: 'СС-СРО-ОД-06-2099-03',
          text: null,
          url: 'https://sro.test/r3.pdf',
          effectiveFrom: '2099-01-01',
        }),
      );
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ effectiveFrom: '2098-12-31T21:00:00.000Z', current: false });
    const list = await kit.as('admin').get('/api/v1/staff/regulation-versions');
    expect(versions(list.body.items).slice(0, 2)).toEqual([
      { version: 'СС-СРО-ОД-06-2099-03', current: false },
      { version: 'СС-СРО-ОД-06-2026-02', current: true },
    ]);
  });

  it('when the number is taken, the fields are missing or the date is before the edition in force, then 409, 400, 422', async () => {
    const taken = await kit
      .as('admin')
      .post('/api/v1/staff/regulation-versions')
      .send(edition({ version: FIRST }));
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toBe('Редакция Регламента с таким номером уже опубликована.');

    const empty = await kit
      .as('admin')
      .post('/api/v1/staff/regulation-versions')
      .send({ version: ' ', text: '', url: 'ftp://sro.test/r.pdf' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'version', message: 'Заполните поле' },
        { path: 'title', message: 'Заполните поле' },
        { path: 'url', message: 'Укажите ссылку, начинающуюся с https:// или http://' },
      ]),
    );
    const noText = await kit
      .as('admin')
      .post('/api/v1/staff/regulation-versions')
      .send(edition({ version: 'X-1', text: '' }));
    expect(noText.body.errors).toEqual([
      { path: 'text', message: 'Укажите текст регламента или ссылку на него' },
    ]);

    const backdated = await kit
      .as('admin')
      .post('/api/v1/staff/regulation-versions')
      .send(edition({ version: 'X-2', effectiveFrom: '2021-01-01' }));
    expect(backdated.status).toBe(422);
    expect(backdated.body.errors).toEqual([
      {
        path: 'effectiveFrom',
        message: expect.stringMatching(
          /^Позже начала действия редакции СС-СРО-ОД-06-2026-02 \(\d\d\.\d\d\.\d{4}\)$/,
        ),
      },
    ]);
    const byExpert = await kit
      .as('expert')
      .post('/api/v1/staff/regulation-versions')
      .send(edition({ version: 'X-3' }));
    expect(byExpert.status).toBe(403);
    expect((await kit.as('expert').get('/api/v1/staff/regulation-versions')).status).toBe(403);
  });
});
