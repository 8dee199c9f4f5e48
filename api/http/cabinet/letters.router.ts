import type { z } from 'zod';
import { LETTER_DIRECTION_LABELS, LETTER_STATUS_LABELS } from '../../domain/cabinet/labels.js';
import { listMemberLetters } from '../../domain/cabinet/list-letters.use-case.js';
import { openLetterAttachment } from '../../domain/cabinet/open-letter-attachment.use-case.js';
import { readLetter } from '../../domain/cabinet/read-letter.use-case.js';
import type { LetterWithExpert } from '../../domain/letters/letters.repository.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { idParamsSchema } from '../params.js';
import { CABINET_ROUTE, NOT_FOUND_RESPONSE } from './cabinet-route.js';
import { sendStoredFile } from '../shared/send-stored-file.js';
import { idOf, iso, isoOrNull, mapPage } from '../shared/json.js';
import {
  binaryFileSchema,
  letterAttachmentParamsSchema,
  letterPageSchema,
  letterSchema,
  lettersQuerySchema,
  type letterBriefSchema,
} from './letters.schema.js';

const toLetterBrief = (letter: Omit<LetterWithExpert, 'text'>): z.infer<typeof letterBriefSchema> => ({
  id: idOf(letter._id),
  direction: letter.direction,
  directionLabel: LETTER_DIRECTION_LABELS[letter.direction],
  registrationNumber: letter.registrationNumber,
  status: letter.status,
  statusLabel: LETTER_STATUS_LABELS[letter.status],
  subject: letter.subject,
  expertName: letter.expertId?.fullName ?? null,
  createdAt: iso(letter.createdAt),
  readAt: isoOrNull(letter.readAt),
  unread: letter.direction === 'incoming' && !letter.readAt,
  attachmentCount: letter.attachments.length,
  appealId: letter.appealId ? idOf(letter.appealId) : null,
});

/** `letters` is where this router is mounted, so that download links work wherever the API lives. */
const toLetter = (letter: LetterWithExpert, letters: string): z.infer<typeof letterSchema> => ({
  ...toLetterBrief(letter),
  text: letter.text,
  attachments: letter.attachments.map((attachment) => ({
    fileId: idOf(attachment.fileId),
    filename: attachment.filename,
    contentType: attachment.contentType,
    size: attachment.size,
    downloadUrl: `${letters}/${idOf(letter._id)}/attachments/${idOf(attachment.fileId)}`,
  })),
});

export function registerLettersRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/letters',
      summary: 'Переписка с СРО: входящие и исходящие письма, отметки о непрочитанных',
      query: lettersQuerySchema,
      responses: { 200: { description: 'Письма без текста', schema: letterPageSchema } },
    },
    async ({ auth, query, res }) => {
      const { page, perPage, direction, unread, order, from, to } = query;
      const filter = { direction, unreadOnly: unread, createdFrom: from, createdTo: to };
      res.json(
        mapPage(await listMemberLetters(auth.memberId, filter, { page, perPage }, order), toLetterBrief),
      );
    },
  );
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/letters/:id',
      summary: 'Письмо с текстом и файлами; первое открытие письма от СРО отмечает его прочитанным',
      params: idParamsSchema,
      responses: { 200: { description: 'Письмо', schema: letterSchema }, 404: NOT_FOUND_RESPONSE },
    },
    async ({ auth, params, req, res }) => {
      const letter = await readLetter({
        memberId: auth.memberId,
        representativeId: auth.representativeId,
        letterId: params.id,
        audit: auditContext(req),
      });
      res.json(toLetter(letter, `${req.baseUrl}/cabinet/letters`));
    },
  );
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/letters/:id/attachments/:fileId',
      summary: 'Файл, приложенный к письму',
      params: letterAttachmentParamsSchema,
      responses: {
        200: {
          description: 'Содержимое файла',
          schema: binaryFileSchema,
          contentType: 'application/octet-stream',
        },
        404: NOT_FOUND_RESPONSE,
      },
    },
    async ({ auth, params, res }) => {
      await sendStoredFile(res, await openLetterAttachment(auth.memberId, params.id, params.fileId));
    },
  );
}
