import { describe, expect, it } from '@jest/globals';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { createMember } from '../../helpers/factories.js';
import { INDIVIDUAL_IDS, LEGAL_IDS, newMemberBody, useRegistryKit } from './registry-kit.js';

describe('staff registry: members', () => {
  const kit = useRegistryKit();

  it('when an expert lists and reads members, then they may, but creating one is refused with 403', async () => {
    const member = await createMember();
    const list = await kit.as('expert').get('/api/v1/staff/members');
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(String(member._id));

    const card = await kit.as('expert').get(`/api/v1/staff/members/${String(member._id)}`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({ id: String(member._id), inn: member.inn, status: 'member' });

    const create = await kit.as('expert').post('/api/v1/staff/members').send(newMemberBody());
    expect(create.status).toBe(403);
    expect(create.body.detail).toBe('Действие доступно только администратору СРО.');
  });

  it('when an admin enters a member, then 201 with the card, its admission in the history and the e-mail lowercased', async () => {
    const response = await kit.as('admin').post('/api/v1/staff/members').send(newMemberBody());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'legal',
      inn: LEGAL_IDS.inn,
      registryNumber: 'СРО-001',
      admissionDate: '2019-04-15T00:00:00.000Z',
      status: 'member',
      statusHistory: [{ status: 'member', since: '2019-04-15T00:00:00.000Z', reason: null }],
      contacts: { email: 'info@stroymontazh.ru', website: null },
      addresses: { legal: 'г. Москва, ул. Строителей, д. 1', postal: null },
      levels: { vv: null, odo: null },
    });
    expect(response.body.id).toMatch(/^[\da-f]{24}$/);
    expect(response.body._id).toBeUndefined();
  });

  it('when INN and OGRN have wrong check digits, then 400 with a Russian message for each field', async () => {
    const response = await kit
      .as('admin')
      .post('/api/v1/staff/members')
      .send(newMemberBody({ inn: '7707083894', ogrn: '1027700132196', registryNumber: 'СРО-400' }));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'inn', message: 'Неверная контрольная цифра ИНН' },
        { path: 'ogrn', message: 'Неверная контрольная цифра ОГРН' },
      ]),
    );
  });

  it('when the tax ids do not match the kind of member, then 422 naming the fields', async () => {
    const response = await kit
      .as('admin')
      .post('/api/v1/staff/members')
      .send(newMemberBody({ kind: 'individual', ...LEGAL_IDS, registryNumber: 'СРО-422' }));
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { path: 'inn', message: 'ИНН индивидуального предпринимателя состоит из 12 цифр' },
      { path: 'ogrn', message: 'ОГРНИП индивидуального предпринимателя состоит из 15 цифр' },
      { path: 'kpp', message: 'КПП бывает только у организации' },
    ]);
  });

  it('when the INN or the registry number is taken, then 409 with a Russian message naming the field', async () => {
    const existing = await createMember({ registryNumber: 'СРО-409' });
    const sameInn = await kit
      .as('admin')
      .post('/api/v1/staff/members')
      .send(newMemberBody({ inn: existing.inn, ogrn: existing.ogrn, registryNumber: 'СРО-410' }));
    expect(sameInn.status).toBe(409);
    expect(sameInn.body.detail).toBe('В реестре уже есть член СРО с таким ИНН.');
    expect(sameInn.body.errors).toEqual([
      { path: 'inn', message: 'В реестре уже есть член СРО с таким ИНН.' },
    ]);

    const sameNumber = await kit
      .as('admin')
      .post('/api/v1/staff/members')
      .send(newMemberBody({ kind: 'individual', ...INDIVIDUAL_IDS, kpp: null, registryNumber: 'СРО-409' }));
    expect(sameNumber.status).toBe(409);
    expect(sameNumber.body.detail).toBe('В реестре уже есть член СРО с таким реестровым номером.');
  });

  it('when an admin changes some fields, then nested objects are merged and only the changed fields are audited', async () => {
    const member = await createMember({ addresses: { legal: 'Москва', postal: 'Москва, а/я 1' } });
    const id = String(member._id);
    const response = await kit
      .as('admin')
      .patch(`/api/v1/staff/members/${id}`)
      .send({
        head: { position: 'Директор' },
        addresses: { postal: 'Москва, а/я 2' },
        shortName: member.shortName,
      });
    expect(response.status).toBe(200);
    expect(response.body.head).toEqual({ fullName: member.head?.fullName, position: 'Директор' });
    expect(response.body.addresses).toMatchObject({ legal: 'Москва', postal: 'Москва, а/я 2' });

    const audit = await kit.as('admin').get(`/api/v1/staff/audit?memberId=${id}&action=member.updated`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].changes.fields.sort()).toEqual(['addresses.postal', 'head.position']);
  });

  it('when a change would give a company the INN of an entrepreneur or another member`s INN, then 422 or 409', async () => {
    const member = await createMember();
    const other = await createMember();
    const url = `/api/v1/staff/members/${String(member._id)}`;
    const mismatch = await kit.as('admin').patch(url).send({ inn: INDIVIDUAL_IDS.inn });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors).toEqual([{ path: 'inn', message: 'ИНН организации состоит из 10 цифр' }]);
    const taken = await kit.as('admin').patch(url).send({ inn: other.inn });
    expect(taken.status).toBe(409);
    const empty = await kit.as('admin').patch(url).send({});
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].message).toBe('Укажите хотя бы одно поле для изменения');
    expect((await MemberModel.findById(member._id).lean())?.inn).toBe(member.inn);
  });

  it('when the member does not exist or the id is malformed, then 404 and 400', async () => {
    const missing = await kit.as('expert').get('/api/v1/staff/members/0123456789abcdef01234567');
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('Член СРО не найден.');
    const malformed = await kit.as('expert').get('/api/v1/staff/members/42');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ path: 'id', message: 'Неверный идентификатор' }]);
  });
});
