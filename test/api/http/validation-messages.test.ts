import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { z } from 'zod';
import { FIELD_LABELS } from '../../../api/http/validation/field-labels.js';
import { useTestApi } from '../../helpers/api-app.js';

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
};
type Operation = {
  parameters?: { name: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

/** The names of every field a request can carry, from the served API description. */
function requestFields(doc: {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}): Set<string> {
  const names = new Set<string>();
  const walk = (schema: Schema | undefined, depth: number): void => {
    const resolved = schema?.$ref ? doc.components.schemas[schema.$ref.split('/').at(-1)!] : schema;
    if (!resolved || depth > 8) return;
    for (const [name, property] of Object.entries(resolved.properties ?? {})) {
      names.add(name);
      walk(property, depth + 1);
    }
    for (const inner of [resolved.items, ...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])])
      walk(inner, depth + 1);
  };
  for (const operations of Object.values(doc.paths)) {
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) names.add(parameter.name);
      for (const content of Object.values(operation.requestBody?.content ?? {})) walk(content.schema, 0);
    }
  }
  return names;
}

const LATIN_WORD = /\b(?!e-mail\b|true\b|false\b|null\b|https\b|ISO\b|JSON\b|Content-Type\b)[A-Za-z]{3,}\b/;

describe('validation messages a person reads', () => {
  const api = useTestApi();
  const signIn = (body: unknown) =>
    request(api.app)
      .post('/api/v1/auth/sign-in')
      .send(body as object);

  it('when sign-in comes without INN and password, then each error names its field in Russian', async () => {
    const response = await signIn({});

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([
      { path: 'inn', message: 'Укажите ИНН' },
      { path: 'password', message: 'Укажите пароль' },
    ]);
  });

  it('when a field has the wrong type or is empty, then the message says what is expected, in Russian', async () => {
    const response = await signIn({ inn: 7707083893, password: '' });

    expect(response.body.errors).toEqual([
      { path: 'inn', message: 'ИНН: ожидается строка, а не число' },
      { path: 'password', message: 'Введите пароль' },
    ]);
  });

  it('when a schema gives no message of its own, then every kind of issue reads in Russian and names the field', () => {
    const schema = z.strictObject({
      text: z.string().max(5),
      perPage: z.number().int().min(1).max(100),
      category: z.enum(['registry_extract', 'other']),
      files: z.array(z.string()).min(1),
      startsAt: z.iso.datetime(),
      url: z.url(),
    });

    const result = schema.safeParse({
      text: 'слишком длинный',
      perPage: 0,
      category: 'gift',
      files: [],
      startsAt: 'завтра',
      url: 'lk',
      extra: 1,
    });

    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toEqual([
      'Текст: не длиннее 5 символов',
      'Число строк на странице: не меньше 1',
      'Категория: допустимые значения: «registry_extract», «other»',
      'Укажите файлы',
      'Время начала: ожидаются дата и время в формате ISO 8601, например 2025-03-31T10:00:00+03:00',
      'Адрес в интернете: ожидается адрес вида https://…',
      'Тело запроса: лишнее поле «extra»',
    ]);
    for (const message of messages) expect(message.replace(/«[^»]*»/g, '')).not.toMatch(LATIN_WORD);
  });

  it('when any route of the API description takes a field, then that field has a Russian name', async () => {
    const doc = (await request(api.app).get('/api/openapi.json')).body;

    const unnamed = [...requestFields(doc)].filter((name) => !(name in FIELD_LABELS));

    expect(unnamed).toEqual([]);
  });

  it.each([
    ['text/plain', 'inn=7707083893'],
    ['application/x-www-form-urlencoded', 'inn=7707083893&password=x'],
  ])(
    'when a JSON route gets a body of type %s, then it answers 415 with its own message',
    async (type, body) => {
      const response = await request(api.app)
        .post('/api/v1/auth/sign-in')
        .set('Content-Type', type)
        .send(body);

      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({
        type: 'https://sro-cabinet.local/problems/unsupported-media-type',
        title: 'Неподдерживаемый тип содержимого',
        detail: 'Отправьте тело запроса в формате JSON с заголовком Content-Type: application/json.',
      });
    },
  );

  it('when a JSON route gets JSON with a charset, then it is read as usual', async () => {
    const response = await request(api.app)
      .post('/api/v1/auth/sign-in')
      .set('Content-Type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ inn: '7707083893' }));

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'password', message: 'Укажите пароль' }]);
  });
});
