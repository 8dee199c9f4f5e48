import { recordAudit } from '../../domain/audit/record-audit.use-case.js';
import {
  findLetterForStaff,
  listLettersForStaff,
  openLetterFileForStaff,
} from '../../domain/letters/letters-staff.repository.js';
import { sendLetter } from '../../domain/letters/send-letter.use-case.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import { MAX_ATTACHMENTS } from '../../domain/uploads/upload-limits.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { mapPage } from '../shared/json.js';
import type { HttpDeps } from '../http-deps.js';
import { multipartUploads, uploadedFiles } from '../middlewares/uploads.js';
import { pageOf } from '../pagination.js';
import { idParamsSchema } from '../params.js';
import { sendStoredFile } from '../shared/send-stored-file.js';
import {
  FILES_FIELD,
  fileParamsSchema,
  problemResponse,
} from '../staff-appeals/staff-correspondence.schema.js';
import { staffLetterDetailView, staffLetterView } from './staff-letter.view.js';
import {
  lettersQuerySchema,
  lettersSentSchema,
  sendLetterBodySchema,
  staffLetterDetailSchema,
  staffLetterSchema,
} from './staff-letters.schema.js';

const ROUTE = { tags: ['Письма (сотрудники)'], auth: 'staff' as const };
const NOT_FOUND_RESPONSE = problemResponse('Письмо не найдено');

/** Correspondence with members as the SRO's staff see it: every member's letters, and letters to one member or many. */
export function registerStaffLettersRoutes(api: ApiRouter, _deps: HttpDeps): void {
  api.add(
    {
      ...ROUTE,
      method: 'get',
      path: '/staff/letters',
      summary: 'Письма всех членов СРО, новые первыми',
      query: lettersQuerySchema,
      responses: { 200: { description: 'Страница писем', schema: pageOf(staffLetterSchema) } },
    },
    async ({ query, res }) => {
      const { page, perPage, unread, from, to, ...filter } = query;
      const found = await listLettersForStaff(
        { ...filter, unreadOnly: unread, createdFrom: from, createdTo: to },
        { page, perPage },
      );
      res.json(mapPage(found, staffLetterView));
    },
  );
  api.add(
    {
      ...ROUTE,
      method: 'get',
      path: '/staff/letters/:id',
      summary: 'Письмо с текстом и файлами',
      params: idParamsSchema,
      responses: { 200: { description: 'Письмо', schema: staffLetterDetailSchema }, 404: NOT_FOUND_RESPONSE },
    },
    async ({ params, req, res }) => {
      const found = await findLetterForStaff(params.id);
      if (!found) throw new DomainError('not_found', 'Письмо не найдено.');
      await recordAudit(auditContext(req), {
        action: 'letter.read',
        target: { kind: 'letter', id: found.letter._id, memberId: found.letter.memberId },
      });
      res.json(staffLetterDetailView(found));
    },
  );
  api.add(
    {
      ...ROUTE,
      method: 'get',
      path: '/staff/letters/:id/files/:fileId',
      summary: 'Скачать файл письма',
      params: fileParamsSchema,
      responses: {
        200: { description: 'Файл', contentType: 'application/octet-stream' },
        404: NOT_FOUND_RESPONSE,
      },
    },
    async ({ params, req, res }) => {
      const opened = await openLetterFileForStaff(params.id, params.fileId);
      if (!opened) throw new DomainError('not_found', 'Файл не найден.');
      await recordAudit(auditContext(req), {
        action: 'letter.file_read',
        target: { kind: 'letter', id: params.id, memberId: opened.memberId },
        changes: { fileId: params.fileId },
      });
      await sendStoredFile(res, opened.file);
    },
  );
  api.add(
    {
      ...ROUTE,
      method: 'post',
      path: '/staff/letters',
      summary: 'Письмо одному или многим членам СРО: каждому своё письмо со своим номером, файлы общие',
      body: sendLetterBodySchema,
      bodyType: 'multipart',
      before: [multipartUploads([{ name: FILES_FIELD, maxCount: MAX_ATTACHMENTS }])],
      responses: {
        201: { description: 'Письма отправлены', schema: lettersSentSchema },
        413: problemResponse('Файл слишком большой или файлов слишком много'),
        415: problemResponse('Такой тип файлов не принимается'),
        422: problemResponse('Получатели не найдены или их нет'),
      },
    },
    async ({ body, auth, req, res }) => {
      const letters = await sendLetter(
        { ...body, files: uploadedFiles(req, FILES_FIELD), staffId: auth.staffId },
        auditContext(req),
      );
      res.status(201).json({
        count: letters.length,
        letters: letters.map((letter) => ({
          id: String(letter._id),
          memberId: String(letter.memberId),
          registrationNumber: letter.registrationNumber,
        })),
      });
    },
  );
}
