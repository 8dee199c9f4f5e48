import { beforeAll, describe, expect, it } from '@jest/globals';
import { createMember } from '../../helpers/factories.js';
import { useRegistryKit } from './registry-kit.js';

describe('staff registry: the member list', () => {
  const kit = useRegistryKit();
  const members: Record<string, { inn: string }> = {};

  beforeAll(async () => {
    members.alpha = await createMember({
      shortName: 'ООО «Альфа-Строй»',
      fullName: 'Общество с ограниченной ответственностью «Альфа-Строй»',
      registryNumber: '0003',
      admissionDate: new Date('2018-01-10'),
    });
    members.beta = await createMember({
      shortName: 'АО «Бета Монтаж»',
      fullName: 'Акционерное общество «Бета Монтаж»',
      registryNumber: '0001',
      admissionDate: new Date('2021-06-01'),
      status: 'suspended',
    });
    members.gamma = await createMember({
      kind: 'individual',
      shortName: 'ИП Гаммов Г. Г.',
      fullName: 'Индивидуальный предприниматель Гаммов Григорий Григорьевич',
      registryNumber: '0002',
      admissionDate: new Date('2015-09-30'),
    });
    members.delta = await createMember({
      shortName: 'ООО «Дельта»',
      fullName: 'Общество с ограниченной ответственностью «Дельта (Строй)»',
      registryNumber: '0004',
      admissionDate: new Date('2020-02-02'),
      status: 'excluded',
    });
  });

  const names = (body: { items: { shortName: string }[] }) => body.items.map((item) => item.shortName);
  const list = (query: string) => kit.as('expert').get(`/api/v1/staff/members${query}`);

  it('when no sort is asked, then members come by short name, with the total and the page', async () => {
    const response = await list('');
    expect(response.status).toBe(200);
    expect(names(response.body)).toEqual([
      'АО «Бета Монтаж»',
      'ИП Гаммов Г. Г.',
      'ООО «Альфа-Строй»',
      'ООО «Дельта»',
    ]);
    expect(response.body).toMatchObject({ total: 4, page: 1, perPage: 20 });
  });

  it('when sorted by registry number or admission date in either order, then the order follows', async () => {
    expect(names((await list('?sort=registryNumber&order=desc')).body)).toEqual([
      'ООО «Дельта»',
      'ООО «Альфа-Строй»',
      'ИП Гаммов Г. Г.',
      'АО «Бета Монтаж»',
    ]);
    expect(names((await list('?sort=admissionDate&order=ASC')).body)).toEqual([
      'ИП Гаммов Г. Г.',
      'ООО «Альфа-Строй»',
      'ООО «Дельта»',
      'АО «Бета Монтаж»',
    ]);
  });

  it('when filtered by status or kind, then only those members come', async () => {
    expect(names((await list('?status=suspended')).body)).toEqual(['АО «Бета Монтаж»']);
    expect(names((await list('?kind=individual')).body)).toEqual(['ИП Гаммов Г. Г.']);
    expect(names((await list('?status=member&kind=legal')).body)).toEqual(['ООО «Альфа-Строй»']);
  });

  it('when searched by a part of the name in any case, an exact INN or a registry number, then the match comes', async () => {
    expect(names((await list(`?q=${encodeURIComponent('монтаж')}`)).body)).toEqual(['АО «Бета Монтаж»']);
    expect(names((await list(`?q=${encodeURIComponent('(строй)')}`)).body)).toEqual(['ООО «Дельта»']);
    expect(names((await list(`?q=${members.gamma!.inn}`)).body)).toEqual(['ИП Гаммов Г. Г.']);
    expect(names((await list('?q=0003')).body)).toEqual(['ООО «Альфа-Строй»']);
    expect(names((await list(`?q=${members.gamma!.inn.slice(0, 6)}`)).body)).toEqual([]);
  });

  it('when paged, then pages split the sorted list without overlap', async () => {
    const first = await list('?sort=registryNumber&perPage=3&page=1');
    const second = await list('?sort=registryNumber&perPage=3&page=2');
    expect(names(first.body)).toEqual(['АО «Бета Монтаж»', 'ИП Гаммов Г. Г.', 'ООО «Альфа-Строй»']);
    expect(second.body).toMatchObject({ total: 4, page: 2, perPage: 3 });
    expect(names(second.body)).toEqual(['ООО «Дельта»']);
  });

  it('when the query is malformed, then 400 with Russian messages per parameter', async () => {
    const response = await list('?sort=inn&order=up&status=active&perPage=1000');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'sort', message: 'Допустимые значения: shortName, registryNumber, admissionDate' },
        { path: 'order', message: 'Порядок — asc или desc' },
        { path: 'status', message: 'Допустимые значения: member, suspended, excluded' },
        { path: 'perPage', message: 'Не больше 100 записей на странице' },
      ]),
    );
  });
});
