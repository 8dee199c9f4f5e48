import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createCast, type CabinetCast } from './cabinet-fixtures.js';
import { seedRecords } from './records-case.js';

describe('cabinet: registry card, right to work and responsibility levels', () => {
  const api = useTestApi();
  let cast: CabinetCast;

  beforeAll(async () => {
    await seedResponsibilityLevels();
    cast = await createCast(api.deps.hasher);
    await seedRecords(cast.memberA._id, cast.memberB._id);
  });

  const asA = (path: string) =>
    request(api.app).get(`/api/v1/cabinet${path}`).set('Authorization', `Bearer ${cast.tokenA}`);

  it('when A asks for its card, then the registry data of A come, with Russian labels', async () => {
    const response = await asA('/card');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: cast.memberA._id.toHexString(),
      kind: 'legal',
      kindLabel: 'Юридическое лицо',
      fullName: cast.memberA.fullName,
      inn: cast.memberA.inn,
      ogrn: cast.memberA.ogrn,
      ogrnLabel: 'ОГРН',
      registryNumber: cast.memberA.registryNumber,
      admissionDate: '2020-03-01T00:00:00.000Z',
      status: 'member',
      statusLabel: 'Член СРО',
      head: { fullName: 'Петров Пётр Петрович', position: 'Генеральный директор' },
      addresses: { legal: null, postal: null, actual: null },
    });
  });

  it('when A asks for its right to work, then each kind of work and of objects is named', async () => {
    const response = await asA('/work-right');

    expect(response.body).toEqual({
      status: 'active',
      statusLabel: 'Действует',
      since: '2020-03-01T00:00:00.000Z',
      works: [
        { kind: 'construction', label: 'Строительство', allowed: true },
        { kind: 'reconstruction', label: 'Реконструкция', allowed: true },
        { kind: 'majorRepair', label: 'Капитальный ремонт', allowed: false },
        { kind: 'demolition', label: 'Снос', allowed: true },
      ],
      objectKinds: [
        { kind: 'ordinary', label: expect.stringMatching(/^Объекты капитального строительства/) },
        { kind: 'dangerous', label: expect.stringMatching(/^Особо опасные/) },
      ],
    });
  });

  it('when A asks for its levels, then each fund shows the cap, what the level requires, what A paid and the shortfall', async () => {
    const response = await asA('/levels');

    expect(response.body.funds).toEqual([
      expect.objectContaining({
        fund: 'vv',
        fundLabel: 'КФ ВВ',
        level: 1,
        cap: 60_000_000,
        unlimited: false,
        requiredContribution: 100_000,
        paid: 100_000,
        shortfall: 0,
        needsReview: true,
      }),
      expect.objectContaining({
        fund: 'odo',
        level: 1,
        requiredContribution: 200_000,
        paid: 150_000.25,
        shortfall: 49_999.75,
      }),
    ]);
    expect(response.body.table).toHaveLength(11);
    expect(response.body.table).toContainEqual({
      fund: 'odo',
      fundLabel: 'КФ ОДО',
      level: 5,
      title: '5 уровень',
      cap: null,
      contribution: 25_000_000,
      needsReview: true,
    });
  });
});
