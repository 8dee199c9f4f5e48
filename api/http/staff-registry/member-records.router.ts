import { z, type ZodObject, type ZodType } from 'zod';
import { createMemberRecord } from '../../domain/registry/create-member-record.use-case.js';
import { deleteMemberRecord } from '../../domain/registry/delete-member-record.use-case.js';
import { listMemberRecords } from '../../domain/registry/list-member-records.use-case.js';
import type { MemberRecordKind } from '../../domain/registry/member-records.repository.js';
import { updateMemberRecord } from '../../domain/registry/update-member-record.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { objectIdSchema } from '../params.js';
import { present, presentPage, problem } from './answers.js';
import { INVALID_DATA } from './registry-routes.js';

type Fields = ZodType<Record<string, unknown>>;

/** One kind of member-owned records as the staff API serves it. */
export interface MemberRecordRoutes<C extends Fields, U extends Fields, R extends ZodObject> {
  /** The path under a member: `/staff/members/:memberId/<path>`. */
  path: string;
  kind: MemberRecordKind;
  createSchema: C;
  updateSchema: U;
  responseSchema: R;
  tag: string;
  /** What the records are, in Russian, for the route summaries: «Проверки». */
  title: string;
}

const memberParams = z.object({ memberId: objectIdSchema });
const recordParams = memberParams.extend({ id: objectIdSchema });
const MEMBER_NOT_FOUND = { 404: problem('Член СРО не найден') };
const RECORD_NOT_FOUND = { 404: problem('Запись не найдена (или принадлежит другому члену СРО)') };
const CONFLICT = { 409: problem('Такая запись у члена СРО уже есть') };

/**
 * List, create, change and delete records of one kind under a member. Every read and change is logged with the
 * member it concerns; a record of another member answers 404, exactly like a missing one.
 */
export function registerMemberRecordRoutes<C extends Fields, U extends Fields, R extends ZodObject>(
  api: ApiRouter,
  { path, kind, createSchema, updateSchema, responseSchema, tag, title }: MemberRecordRoutes<C, U, R>,
): void {
  const collection = `/staff/members/:memberId/${path}`;
  const item = `${collection}/:id`;
  const tags = [tag];
  api
    .add(
      {
        method: 'get',
        path: collection,
        summary: `${title}: список от последних, по страницам; просмотр записывается в журнал аудита`,
        tags,
        auth: 'staff',
        params: memberParams,
        query: pageQuerySchema,
        responses: {
          200: { description: 'Страница записей', schema: pageOf(responseSchema) },
          ...MEMBER_NOT_FOUND,
        },
      },
      async ({ params, query, req, res }) => {
        const records = await listMemberRecords(kind, params.memberId, query, auditContext(req));
        res.json(presentPage(responseSchema, records));
      },
    )
    .add(
      {
        method: 'post',
        path: collection,
        summary: `${title}: добавить запись`,
        tags,
        auth: 'staff',
        params: memberParams,
        body: createSchema,
        responses: {
          201: { description: 'Добавлена', schema: responseSchema },
          ...MEMBER_NOT_FOUND,
          ...CONFLICT,
          ...INVALID_DATA,
        },
      },
      async ({ params, body, req, res }) => {
        const record = await createMemberRecord(kind, params.memberId, body, auditContext(req));
        res.status(201).json(present(responseSchema, record));
      },
    )
    .add(
      {
        method: 'patch',
        path: item,
        summary: `${title}: изменить запись`,
        tags,
        auth: 'staff',
        params: recordParams,
        body: updateSchema,
        responses: {
          200: { description: 'Изменена', schema: responseSchema },
          ...RECORD_NOT_FOUND,
          ...CONFLICT,
          ...INVALID_DATA,
        },
      },
      async ({ params, body, req, res }) => {
        const record = await updateMemberRecord(kind, params.memberId, params.id, body, auditContext(req));
        res.json(present(responseSchema, record));
      },
    )
    .add(
      {
        method: 'delete',
        path: item,
        summary: `${title}: удалить запись`,
        tags,
        auth: 'admin',
        params: recordParams,
        responses: { 204: { description: 'Удалена' }, ...RECORD_NOT_FOUND },
      },
      async ({ params, req, res }) => {
        await deleteMemberRecord(kind, params.memberId, params.id, auditContext(req));
        res.status(204).end();
      },
    );
}
