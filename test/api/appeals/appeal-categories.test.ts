import { describe, expect, it } from '@jest/globals';
import { useTestApi } from '../../helpers/api-app.js';
import { getAsRepresentative, signedInRepresentative } from './appeal-client.js';

interface Field {
  name: string;
  label: string;
  type: string;
  required: boolean;
  options?: { value: string; label: string }[];
}
interface Category {
  category: string;
  title: string;
  signatureRequired: boolean;
  signatureRequiredIf: string | null;
  botAllowed: boolean;
  fields: Field[];
}

describe('GET /appeal-categories', () => {
  const api = useTestApi();

  async function categories(): Promise<Category[]> {
    const { token } = await signedInRepresentative(api);
    const response = await getAsRepresentative(api, token, '/appeal-categories');
    expect(response.status).toBe(200);
    return response.body.items as Category[];
  }

  it('when asked, then the eight categories of §3.1 come with titles, signature rules and what the bot may file', async () => {
    const items = await categories();

    const rules = items.map((item) => [
      item.category,
      item.signatureRequired,
      item.signatureRequiredIf,
      item.botAllowed,
    ]);
    expect(rules).toEqual([
      ['inspection', false, null, false],
      ['odo_contracts', false, null, false],
      ['level_change', true, null, false],
      ['work_right_change', true, null, false],
      ['insurance', false, null, false],
      ['registry_extract', false, null, true],
      ['accounting_documents', false, null, true],
      ['other', false, 'registryChange', true],
    ]);
    expect(items.map((item) => item.title)).toEqual([
      'По проверке',
      'По договорам подряда / документам контроля ОДО',
      'По изменению уровня ответственности',
      'По изменению права выполнять работы',
      'По договорам страхования',
      'Заказать выписку из реестра членов СРО',
      'Запросить бухгалтерские документы',
      'Остальные обращения',
    ]);
  });

  it('when asked, then each category lists the fields its details need, with Russian labels and choices', async () => {
    const byCategory = new Map((await categories()).map((item) => [item.category, item.fields]));

    expect(byCategory.get('registry_extract')).toEqual([
      {
        name: 'copies',
        label: 'Количество экземпляров выписки',
        type: 'integer',
        required: true,
        min: 1,
        max: 10,
      },
      {
        name: 'delivery',
        label: 'Способ получения',
        type: 'choice',
        required: true,
        options: [
          { value: 'electronic', label: 'Электронный документ в личный кабинет' },
          { value: 'paper_pickup', label: 'Бумажный экземпляр в офисе СРО' },
        ],
      },
    ]);
    expect(byCategory.get('accounting_documents')).toEqual([
      expect.objectContaining({ name: 'documents', type: 'choices', required: true }),
      { name: 'periodFrom', label: 'Начало периода', type: 'date', required: true },
      { name: 'periodTo', label: 'Конец периода', type: 'date', required: true },
    ]);
    expect(byCategory.get('level_change')).toEqual([
      expect.objectContaining({
        name: 'fund',
        type: 'choice',
        options: [
          { value: 'vv', label: 'КФ ВВ' },
          { value: 'odo', label: 'КФ ОДО' },
        ],
      }),
      expect.objectContaining({ name: 'requestedLevel', type: 'integer', min: 0, max: 5 }),
    ]);
    expect(byCategory.get('other')).toEqual([
      {
        name: 'registryChange',
        label: 'Обращение меняет сведения реестра (например, адрес)',
        type: 'boolean',
        required: false,
      },
    ]);
    for (const fields of byCategory.values()) {
      for (const field of fields) {
        expect(field.label).toMatch(/[А-Яа-яЁё]/);
        for (const option of field.options ?? []) expect(option.label).toMatch(/[А-Яа-яЁё]/);
      }
    }
  });
});
