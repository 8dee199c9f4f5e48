import request from 'supertest';
import type { TestApi } from '../../helpers/api-app.js';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';

/** A 1×1 PNG and a small PDF, as file-type recognizes them by their first bytes. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

export interface AppealForm {
  category: string;
  text?: string;
  /** An object is sent as JSON; a string as it is. */
  details?: unknown;
}

export interface FormFile {
  field?: 'files' | 'document' | 'signature';
  data: Buffer;
  filename?: string;
  /** Sent as the file name unchanged, folders included (supertest keeps only the last segment of `filename`). */
  filepath?: string;
}

/** A member with an active representative signed in; `token` is the representative's bearer token. */
export async function signedInRepresentative(api: TestApi, memberOverrides: Record<string, unknown> = {}) {
  const member = await createMember(memberOverrides);
  const representative = await createRepresentative(api.deps.hasher, member._id);
  return { member, representative, token: await representativeToken(representative) };
}

export function postAppeal(
  api: TestApi,
  token: string,
  form: AppealForm,
  files: FormFile[] = [],
  headers: Record<string, string> = {},
) {
  const req = request(api.app).post('/api/v1/appeals').set('Authorization', `Bearer ${token}`).set(headers);
  req.field('category', form.category);
  if (form.text !== undefined) req.field('text', form.text);
  if (form.details !== undefined) {
    req.field('details', typeof form.details === 'string' ? form.details : JSON.stringify(form.details));
  }
  for (const file of files) {
    const name = file.filepath ? { filepath: file.filepath } : { filename: file.filename ?? 'file.bin' };
    req.attach(file.field ?? 'files', file.data, name);
  }
  return req;
}

export function getAsRepresentative(api: TestApi, token: string, path: string) {
  return request(api.app).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
}

/** Downloads a file of an appeal and keeps its bytes as they came. */
export function downloadAppealFile(api: TestApi, token: string, appealId: string, fileId: string) {
  return getAsRepresentative(api, token, `/appeals/${appealId}/files/${fileId}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}
