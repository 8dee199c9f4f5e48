import { answerAppeal } from '../../domain/appeals/answer-appeal.use-case.js';
import { MAX_ATTACHMENTS } from '../../domain/uploads/upload-limits.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import type { HttpDeps } from '../http-deps.js';
import { multipartUploads, uploadedFiles } from '../middlewares/uploads.js';
import { idParamsSchema } from '../params.js';
import { appealStateView } from './staff-appeal.view.js';
import {
  APPEAL_CHANGE_RESPONSES,
  answerAppealBodySchema,
  appealAnswerSchema,
  STAFF_APPEALS_ROUTE,
} from './staff-appeals.schema.js';
import { FILES_FIELD, problemResponse } from './staff-correspondence.schema.js';

/** The answer to an appeal: a letter to its member with the files, after which the appeal is answered. */
export function registerAnswerAppealRoute(api: ApiRouter, _deps: HttpDeps): void {
  api.add(
    {
      ...STAFF_APPEALS_ROUTE,
      method: 'post',
      path: '/staff/appeals/:id/answer',
      summary:
        'Ответить на обращение письмом члену СРО (текст и файлы); обращение получает статус «Дан ответ»',
      params: idParamsSchema,
      body: answerAppealBodySchema,
      bodyType: 'multipart',
      before: [multipartUploads([{ name: FILES_FIELD, maxCount: MAX_ATTACHMENTS }])],
      responses: {
        201: { description: 'Ответ отправлен', schema: appealAnswerSchema },
        ...APPEAL_CHANGE_RESPONSES,
        413: problemResponse('Файл слишком большой или файлов слишком много'),
        415: problemResponse('Такой тип файлов не принимается'),
      },
    },
    async ({ params, body, auth, req, res }) => {
      const { appeal, letter } = await answerAppeal(
        {
          appealId: params.id,
          text: body.text,
          files: uploadedFiles(req, FILES_FIELD),
          staffId: auth.staffId,
        },
        auditContext(req),
      );
      res.status(201).json({
        appeal: appealStateView(appeal),
        letter: { id: String(letter._id), registrationNumber: letter.registrationNumber },
      });
    },
  );
}
