import { insertFeedback } from './feedback.repository.js';

export interface FeedbackInput {
  memberId: string;
  representativeId: string;
  text: string;
  /** What the remark is about, e.g. «Обращения»; the model has no field for it, so it opens the text. */
  topic?: string;
}

/** Keeps a representative's remark or suggestion about the cabinet itself (regulation §3.3 «Обратная связь»). */
export async function leaveFeedback({ topic, text, ...author }: FeedbackInput) {
  return insertFeedback({ ...author, text: topic ? `Тема: ${topic}\n\n${text}` : text });
}
