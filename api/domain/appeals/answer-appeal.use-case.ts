import { Types } from 'mongoose';
import type { AuditContext } from '../audit/record-audit.use-case.js';
import type { Letter } from '../letters/letter.model.js';
import { sendLettersToMembers } from '../letters/send-letter.use-case.js';
import { DomainError } from '../shared/domain-error.js';
import type { IncomingFile } from '../uploads/accept-upload.js';
import type { Appeal } from './appeal.model.js';
import { APPEAL_STATUS_LABELS, isAppealOpen } from './appeal-status.js';
import { findAppealOrFail, recordAppealChange } from './change-appeal-status.use-case.js';

export interface AnswerAppealInput {
  appealId: string;
  text: string;
  files: readonly IncomingFile[];
  staffId: string;
}

/**
 * Answers an appeal with a letter from the SRO to its member, linked to the appeal; the appeal becomes answered.
 * The history entry is claimed before the letter is sent, so two experts answering at once send one letter.
 */
export async function answerAppeal(
  input: AnswerAppealInput,
  context: AuditContext,
): Promise<{ appeal: Appeal; letter: Letter }> {
  const appeal = await findAppealOrFail(input.appealId);
  if (!isAppealOpen(appeal.status)) {
    throw new DomainError(
      'conflict',
      `Обращение уже закрыто (статус «${APPEAL_STATUS_LABELS[appeal.status]}»): ответить на него нельзя.`,
      { currentStatus: appeal.status },
    );
  }
  let letter: Letter | undefined;
  const answered = await recordAppealChange(
    appeal,
    {
      status: 'answered',
      comment: null,
      staffId: input.staffId,
      action: 'appeal.answered',
      fields: { assignedExpertId: appeal.assignedExpertId ?? new Types.ObjectId(input.staffId) },
    },
    context,
    async () => {
      const draft = {
        subject: `Ответ на обращение № ${appeal.registrationNumber}`,
        text: input.text,
        files: input.files,
        appealId: appeal._id,
      };
      [letter] = await sendLettersToMembers([appeal.memberId], draft, input.staffId, context);
      return { answerLetterId: letter!._id };
    },
  );
  return { appeal: answered, letter: letter! };
}
