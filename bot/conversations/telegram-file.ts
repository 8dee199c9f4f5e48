import { GrammyError, type Api } from 'grammy';
import type { Message } from 'grammy/types';
import { appealFormTexts, MAX_DOWNLOAD_MEGABYTES } from '../texts/appeal-forms.js';
import { FormProblem } from './form-call.js';

export const MAX_DOWNLOAD_BYTES = MAX_DOWNLOAD_MEGABYTES * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** A file the user sent into a form: kept as Telegram's file_id until the appeal is sent. */
export interface SentFile {
  fileId: string;
  filename: string;
  /** In bytes, when Telegram told it. */
  size: number | null;
}

/** The document or photo (its largest size) of a message; `number` names files that come without a name. */
export function sentFile(message: Message | undefined, number: number): SentFile | null {
  if (message?.document) {
    const { file_id, file_name, file_size } = message.document;
    return {
      fileId: file_id,
      filename: file_name || appealFormTexts.documentName(number),
      size: file_size ?? null,
    };
  }
  const photo = message?.photo?.at(-1);
  if (photo)
    return {
      fileId: photo.file_id,
      filename: appealFormTexts.photoName(number),
      size: photo.file_size ?? null,
    };
  return null;
}

async function filePath(api: Api, file: SentFile): Promise<string> {
  try {
    const { file_path } = await api.getFile(file.fileId);
    if (file_path) return file_path;
  } catch (error) {
    if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
  }
  throw new FormProblem(appealFormTexts.fileUnavailable(file.filename));
}

/** Downloads a file the user sent, by its file_id, from the Bot API server the bot works with. */
export async function downloadSentFile(api: Api, file: SentFile): Promise<Uint8Array> {
  const path = await filePath(api, file);
  const root = api.options?.apiRoot ?? 'https://api.telegram.org';
  const response = await fetch(`${root}/file/bot${api.token}/${path}`, {
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  // The URL holds the bot's token: never put it into an error or a log.
  if (!response.ok) throw new Error(`the Bot API server answered ${response.status} to a file download`);
  return new Uint8Array(await response.arrayBuffer());
}
