import type { BotCommand, Chat, Message, WebhookInfo } from 'grammy/types';
import {
  BotApiError,
  badRequest,
  MAX_DOWNLOAD_BYTES,
  mimeOf,
  unixNow,
  type BotApiStore,
  type FileKind,
  type StoredFile,
} from './store.js';

export type Params = Record<string, unknown>;

/** A file part of a multipart request. grammY names it by a random id and refers to it as `attach://<id>`. */
export interface UploadedFile {
  /** The multipart field name. */
  field: string;
  /** The method parameter it was attached to (`document`, `photo`, …), when known. */
  param?: string;
  fileName: string;
  mimeType: string;
  size: number;
  bytes: Buffer;
}

export interface CallContext {
  files: UploadedFile[];
  /** Aborted when the client goes away. */
  signal: AbortSignal;
}

export type MethodHandler = (params: Params, context: CallContext) => unknown;

type PollOutcome = 'woken' | 'timeout' | 'released' | 'superseded' | 'aborted';

/** Parked getUpdates requests. */
export class LongPolls {
  private readonly waiting = new Set<(outcome: PollOutcome) => void>();
  private readonly parkedListeners = new Set<() => void>();

  get pending(): number {
    return this.waiting.size;
  }

  wait(timeoutMs: number, signal: AbortSignal): Promise<PollOutcome> {
    return new Promise((resolve) => {
      const finish = (outcome: PollOutcome) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.waiting.delete(finish);
        resolve(outcome);
      };
      const onAbort = () => finish('aborted');
      const timer = setTimeout(() => finish('timeout'), timeoutMs);
      signal.addEventListener('abort', onAbort);
      this.waiting.add(finish);
      for (const listener of [...this.parkedListeners]) listener();
    });
  }

  /** Resolves once at least one poll is parked. */
  onParked(listener: () => void): () => void {
    this.parkedListeners.add(listener);
    return () => this.parkedListeners.delete(listener);
  }

  settleAll(outcome: PollOutcome): void {
    for (const finish of [...this.waiting]) finish(outcome);
  }
}

export interface MethodState {
  store: BotApiStore;
  polls: LongPolls;
  webhook: WebhookInfo & { secret_token?: string };
  commands: Map<string, BotCommand[]>;
  isStopping: () => boolean;
}

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);
const HTML_TAGS = new Set(
  'b strong i em u ins s strike del span tg-spoiler a code pre blockquote tg-emoji tg-time'.split(' '),
);

const int = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
};

function chatOf(state: MethodState, params: Params): Chat {
  if (params.chat_id === undefined || params.chat_id === '') throw badRequest('chat_id is empty');
  const id = int(params.chat_id);
  if (id === undefined) throw badRequest('chat not found');
  return state.store.chat(id);
}

/** Renders `parse_mode: 'HTML'` into plain text as Telegram does, refusing tags Telegram does not know. */
function render(text: string, parseMode: unknown): string {
  if (parseMode !== 'HTML') return text;
  for (const match of text.matchAll(/<\/?([a-zA-Z-]+)[^>]*>/g)) {
    if (!HTML_TAGS.has(match[1]!.toLowerCase())) {
      const offset = Buffer.byteLength(text.slice(0, match.index));
      throw badRequest(`can't parse entities: Unsupported start tag "${match[1]}" at byte offset ${offset}`);
    }
  }
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Only inline keyboards are echoed in the sent Message; callback_data is limited to 64 bytes. */
function inlineMarkup(markup: unknown): Pick<Message, 'reply_markup'> {
  if (markup === undefined || markup === null) return {};
  if (typeof markup !== 'object') throw badRequest("can't parse reply keyboard markup JSON object");
  const keyboard = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(keyboard)) return {};
  for (const button of keyboard.flat() as { text?: string; callback_data?: string }[]) {
    if (!button.text) throw badRequest('text buttons are unallowed in the inline keyboard');
    const data = button.callback_data;
    if (data !== undefined && (data === '' || Buffer.byteLength(data) > 64))
      throw badRequest('BUTTON_DATA_INVALID');
  }
  return { reply_markup: markup as Message['reply_markup'] };
}

function baseMessage(state: MethodState, params: Params): Message {
  const chat = chatOf(state, params);
  const replyTo = int(
    (params.reply_parameters as { message_id?: unknown })?.message_id ?? params.reply_to_message_id,
  );
  const reply = replyTo === undefined ? undefined : state.store.message(chat.id, replyTo);
  if (replyTo !== undefined && !reply && !(params.reply_parameters as Params)?.allow_sending_without_reply) {
    throw badRequest('message to be replied not found');
  }
  return {
    message_id: state.store.nextMessageId(chat.id),
    from: state.store.botInfo,
    chat,
    date: unixNow(),
    ...(reply ? { reply_to_message: reply as Message['reply_to_message'] } : {}),
    ...inlineMarkup(params.reply_markup),
  } as Message;
}

function caption(params: Params): Pick<Message, 'caption'> {
  if (typeof params.caption !== 'string' || params.caption === '') return {};
  const text = render(params.caption, params.parse_mode);
  if (text.length > 1024) throw badRequest('message caption is too long');
  return { caption: text };
}

/** A `document`/`photo` parameter: an upload (`attach://id` or a part named like the parameter), a file_id or a URL. */
function inputFile(state: MethodState, params: Params, files: UploadedFile[], param: string, kind: FileKind) {
  const value = params[param];
  const attached = typeof value === 'string' && value.startsWith('attach://') ? value.slice(9) : undefined;
  const upload = files.find((f) => (attached !== undefined ? f.field === attached : f.field === param));
  if (upload) {
    upload.param = param;
    if (upload.size === 0) throw badRequest('file must be non-empty');
    const generic = upload.mimeType === 'application/octet-stream';
    return state.store.registerFile({
      kind,
      bytes: upload.bytes,
      fileName: upload.fileName,
      mimeType: generic ? (mimeOf(upload.fileName) ?? upload.mimeType) : upload.mimeType,
    });
  }
  if (value === undefined || value === '' || attached !== undefined)
    throw badRequest(`there is no ${param} in the request`);
  if (typeof value !== 'string') throw badRequest('wrong file identifier/HTTP URL specified');
  const known = state.store.file(value);
  if (known) return known;
  if (/^https?:\/\//.test(value)) {
    const fileName = decodeURIComponent(new URL(value).pathname.split('/').pop() || 'file');
    return state.store.registerFile({ kind, fileName, fileSize: 1024, bytes: Buffer.alloc(1024) });
  }
  throw badRequest('wrong file identifier/HTTP URL specified');
}

function editable(state: MethodState, params: Params, kind: 'edit' | 'markup'): Message | true {
  if (params.inline_message_id !== undefined) return true;
  const chat = chatOf(state, params);
  const messageId = int(params.message_id);
  if (messageId === undefined) throw badRequest('message identifier is not specified');
  const message = state.store.message(chat.id, messageId);
  if (!message) throw badRequest('message to edit not found');
  if (!message.from?.is_bot || message.from.id !== state.store.botInfo.id)
    throw badRequest("message can't be edited");
  if (kind === 'edit' && message.text === undefined)
    throw badRequest('there is no text in the message to edit');
  return message;
}

/** The message as it is before an edit: editing without reply_markup removes the inline keyboard. */
function withoutMarkup(message: Message): Message {
  const copy = { ...message };
  delete copy.reply_markup;
  delete copy.edit_date;
  return copy;
}

function saveEdit(state: MethodState, before: Message, after: Message): Message {
  const same = (m: Message) => JSON.stringify([m.text, m.caption, m.reply_markup ?? null]);
  if (same(before) === same(after)) {
    throw badRequest(
      'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    );
  }
  return state.store.saveMessage({ ...after, edit_date: unixNow() });
}

/** The supported Bot API methods by their canonical names. */
export function createMethods(state: MethodState): Record<string, MethodHandler> {
  const { store } = state;
  return {
    getMe: () => store.botInfo,

    async getUpdates(params, { signal }) {
      if (state.webhook.url) throw webhookConflict();
      const limit = Math.min(100, Math.max(1, int(params.limit) ?? 100));
      const timeout = Math.max(0, int(params.timeout) ?? 0);
      if (Array.isArray(params.allowed_updates)) store.allowedUpdates = params.allowed_updates.map(String);
      state.polls.settleAll('superseded');
      store.confirm(int(params.offset));
      const ready = store.deliverable(limit);
      if (ready.length > 0 || timeout === 0 || state.isStopping()) return ready;
      const outcome = await state.polls.wait(timeout * 1000, signal);
      if (state.webhook.url) throw webhookConflict();
      if (outcome === 'superseded') {
        throw new BotApiError(
          409,
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        );
      }
      return outcome === 'released' || outcome === 'aborted' ? [] : store.deliverable(limit);
    },

    setWebhook(params) {
      const url = typeof params.url === 'string' ? params.url : '';
      if (url !== '' && !/^https?:\/\/[^/]+/.test(url)) {
        throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
      }
      const secret = params.secret_token;
      if (secret !== undefined && (typeof secret !== 'string' || !/^[A-Za-z0-9_-]{1,256}$/.test(secret))) {
        throw badRequest('secret token contains unallowed characters');
      }
      if (params.drop_pending_updates === true) store.queue.splice(0);
      if (Array.isArray(params.allowed_updates)) store.allowedUpdates = params.allowed_updates.map(String);
      state.webhook = {
        url,
        has_custom_certificate: false,
        pending_update_count: 0,
        ...(url !== ''
          ? { max_connections: int(params.max_connections) ?? 40, ip_address: '127.0.0.1' }
          : {}),
        ...(url !== '' && typeof secret === 'string' ? { secret_token: secret } : {}),
      };
      if (url !== '') state.polls.settleAll('superseded');
      return true;
    },

    deleteWebhook(params) {
      if (params.drop_pending_updates === true) store.queue.splice(0);
      state.webhook = { url: '', has_custom_certificate: false, pending_update_count: 0 };
      return true;
    },

    getWebhookInfo() {
      const info: Partial<MethodState['webhook']> = { ...state.webhook };
      delete info.secret_token;
      return { ...info, pending_update_count: store.queue.length, allowed_updates: store.allowedUpdates };
    },

    sendMessage(params) {
      const text = typeof params.text === 'string' ? render(params.text, params.parse_mode) : '';
      if (text.trim() === '') throw badRequest('message text is empty');
      if (text.length > 4096) throw badRequest('message is too long');
      return store.saveMessage({ ...baseMessage(state, params), text });
    },

    editMessageText(params) {
      const message = editable(state, params, 'edit');
      const text = typeof params.text === 'string' ? render(params.text, params.parse_mode) : '';
      if (text.trim() === '') throw badRequest('message text is empty');
      if (message === true) return true;
      const rest = withoutMarkup(message);
      return saveEdit(state, message, { ...rest, text, ...inlineMarkup(params.reply_markup) } as Message);
    },

    editMessageReplyMarkup(params) {
      const message = editable(state, params, 'markup');
      if (message === true) return true;
      const rest = withoutMarkup(message);
      return saveEdit(state, message, { ...rest, ...inlineMarkup(params.reply_markup) } as Message);
    },

    deleteMessage(params) {
      const chat = chatOf(state, params);
      const messageId = int(params.message_id);
      if (messageId === undefined || !store.forgetMessage(chat.id, messageId)) {
        throw badRequest('message to delete not found');
      }
      return true;
    },

    answerCallbackQuery(params) {
      const id = String(params.callback_query_id ?? '');
      if (!store.openCallbackQueries.delete(id)) {
        throw badRequest('query is too old and response timeout expired or query ID is invalid');
      }
      return true;
    },

    sendDocument(params, { files }) {
      const message = baseMessage(state, params);
      const file = inputFile(state, params, files, 'document', 'documents');
      const document = {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        file_name: file.fileName,
        mime_type: file.mimeType,
        file_size: file.fileSize,
      };
      return store.saveMessage({ ...message, document, ...caption(params) } as Message);
    },

    sendPhoto(params, { files }) {
      const message = baseMessage(state, params);
      const photo = store.photoSizes(inputFile(state, params, files, 'photo', 'photos'));
      return store.saveMessage({ ...message, photo, ...caption(params) } as Message);
    },

    sendChatAction(params) {
      chatOf(state, params);
      if (typeof params.action !== 'string' || !CHAT_ACTIONS.has(params.action)) {
        throw badRequest('wrong parameter action in request');
      }
      return true;
    },

    setMyCommands(params) {
      if (!Array.isArray(params.commands)) throw badRequest('parameter "commands" is required');
      if (params.commands.length > 100) throw badRequest('too many commands specified');
      for (const command of params.commands as Partial<BotCommand>[]) {
        if (!/^[a-z0-9_]{1,32}$/.test(command.command ?? '')) throw badRequest('BOT_COMMAND_INVALID');
        if (!command.description || command.description.length > 256)
          throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
      }
      state.commands.set(commandsKey(params), params.commands as BotCommand[]);
      return true;
    },

    getMyCommands: (params) => state.commands.get(commandsKey(params)) ?? [],

    deleteMyCommands(params) {
      state.commands.delete(commandsKey(params));
      return true;
    },

    getFile(params) {
      const file: StoredFile | undefined = store.file(String(params.file_id ?? ''));
      if (!file) throw badRequest('invalid file_id');
      if (file.fileSize > MAX_DOWNLOAD_BYTES) throw badRequest('file is too big');
      return {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        file_size: file.fileSize,
        file_path: store.assignPath(file),
      };
    },
  };
}

const webhookConflict = (): BotApiError =>
  new BotApiError(
    409,
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
  );

const commandsKey = (params: Params): string =>
  `${JSON.stringify(params.scope ?? { type: 'default' })}|${String(params.language_code ?? '')}`;
