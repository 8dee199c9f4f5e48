import { APPEAL_CATEGORY_CATALOG } from '../../domain/appeals/appeal-category-catalog.js';
import { fileAppeal } from '../../domain/appeals/file-appeal.use-case.js';
import { getMemberAppeal } from '../../domain/appeals/get-member-appeal.use-case.js';
import { listMemberAppeals } from '../../domain/appeals/list-member-appeals.use-case.js';
import { openMemberAppealFile } from '../../domain/appeals/open-member-appeal-file.use-case.js';
import { MAX_ATTACHMENTS } from '../../domain/uploads/upload-limits.js';
import type { ApiRouter } from '../api-router.js';
import { mapPage } from '../shared/json.js';
import { registerFeedbackRoutes } from '../feedback/feedback.router.js';
import { multipartUploads, uploadedFiles } from '../middlewares/uploads.js';
import { problemSchema } from '../openapi/problem.schema.js';
import { idParamsSchema } from '../params.js';
import { sendStoredFile } from '../shared/send-stored-file.js';
import { appealCategoryListSchema } from './appeal-categories.schema.js';
import {
  appealFileParamsSchema,
  fileAppealFormSchema,
  idempotencyHeadersSchema,
  memberAppealPageSchema,
  memberAppealSchema,
  memberAppealsQuerySchema,
} from './appeals.schema.js';
import { toMemberAppeal, toMemberAppealSummary } from './member-appeal.view.js';

const APPEALS_ROUTE = { tags: ['Обращения'], auth: 'representative' as const };

const problem = (description: string) => ({
  description,
  schema: problemSchema,
  contentType: 'application/problem+json',
});
const NOT_FOUND = problem('Не найдено (или принадлежит другому члену СРО)');

const appealUploads = multipartUploads([
  { name: 'files', maxCount: MAX_ATTACHMENTS },
  { name: 'document', maxCount: 1 },
  { name: 'signature', maxCount: 1 },
]);

/** The member's appeals (regulation §3.1–3.2) and, next to them in the member's menu, feedback (§3.3). */
export function registerAppealsRoutes(api: ApiRouter): void {
  api.add(
    {
      ...APPEALS_ROUTE,
      method: 'get',
      path: '/appeal-categories',
      summary: 'Категории обращений: какие сведения нужны, нужна ли подпись, можно ли подать через бота',
      responses: {
        200: { description: 'Восемь категорий п. 3.1 Регламента', schema: appealCategoryListSchema },
      },
    },
    ({ res }) => {
      res.json({ items: APPEAL_CATEGORY_CATALOG });
    },
  );

  api.add(
    {
      ...APPEALS_ROUTE,
      method: 'post',
      path: '/appeals',
      summary:
        'Отправить обращение в СРО. Заголовок Idempotency-Key: повтор с тем же ключом вернёт ранее поданное обращение',
      bodyType: 'multipart',
      before: [appealUploads],
      body: fileAppealFormSchema,
      responses: {
        201: { description: 'Обращение подано и зарегистрировано', schema: memberAppealSchema },
        200: {
          description: 'Повтор с тем же Idempotency-Key: ранее поданное обращение',
          schema: memberAppealSchema,
        },
        413: problem('Файл больше 20 МБ или файлов слишком много'),
        415: problem('Недопустимый тип файла'),
        422: problem(
          'Нет обязательной подписи, подпись недействительна, подписал не тот, кто вправе, или указанной проверки нет среди проверок организации',
        ),
      },
    },
    async ({ auth, body, req, res }) => {
      const { 'idempotency-key': idempotencyKey } = idempotencyHeadersSchema.parse(req.headers);
      const { appeal, created } = await fileAppeal({
        memberId: auth.memberId,
        representativeId: auth.representativeId,
        ...body,
        files: uploadedFiles(req, 'files'),
        signed: {
          document: uploadedFiles(req, 'document')[0],
          signature: uploadedFiles(req, 'signature')[0],
        },
        idempotencyKey,
      });
      res.status(created ? 201 : 200).json(toMemberAppeal(appeal));
    },
  );

  api.add(
    {
      ...APPEALS_ROUTE,
      method: 'get',
      path: '/appeals',
      summary: 'Журнал обращений организации',
      query: memberAppealsQuerySchema,
      responses: { 200: { description: 'Обращения, новые первыми', schema: memberAppealPageSchema } },
    },
    async ({ auth, query: { status, category, page, perPage }, res }) => {
      const found = await listMemberAppeals(auth.memberId, { status, category }, { page, perPage });
      res.json(mapPage(found, toMemberAppealSummary));
    },
  );

  api.add(
    {
      ...APPEALS_ROUTE,
      method: 'get',
      path: '/appeals/:id',
      summary: 'Обращение: история статусов, файлы, результат проверки подписи, письмо-ответ',
      params: idParamsSchema,
      responses: { 200: { description: 'Обращение', schema: memberAppealSchema }, 404: NOT_FOUND },
    },
    async ({ auth, params, res }) => {
      res.json(toMemberAppeal(await getMemberAppeal(auth.memberId, params.id)));
    },
  );

  api.add(
    {
      ...APPEALS_ROUTE,
      method: 'get',
      path: '/appeals/:id/files/:fileId',
      summary: 'Скачать файл обращения',
      params: appealFileParamsSchema,
      responses: {
        200: { description: 'Содержимое файла', contentType: 'application/octet-stream' },
        404: NOT_FOUND,
      },
    },
    async ({ auth, params, res }) => {
      await sendStoredFile(res, await openMemberAppealFile(auth.memberId, params.id, params.fileId));
    },
  );

  registerFeedbackRoutes(api);
}
