import { randomBytes } from 'node:crypto';
import type { Chat, Message, MessageEntity, PhotoSize, Update, User, UserFromGetMe } from 'grammy/types';

/** Telegram refuses `getFile` for files above this size (the cloud Bot API download limit). */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

export const DEFAULT_USER: User = {
  id: 424_242_001,
  is_bot: false,
  first_name: 'Иван',
  last_name: 'Петров',
  username: 'ivan_petrov',
  language_code: 'ru',
};

/** Updates delivered when `allowed_updates` is absent or empty, as documented for getUpdates. */
const OPT_IN_UPDATES = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

/** An answer Telegram gives instead of a result: `{ ok: false, error_code, description, parameters? }`. */
export class BotApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(description);
  }
}

export const badRequest = (what: string): BotApiError => new BotApiError(400, `Bad Request: ${what}`);

export type FileKind = 'documents' | 'photos' | 'videos' | 'voice' | 'music' | 'animations' | 'stickers';

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  fileSize: number;
  kind: FileKind;
  fileName?: string;
  mimeType?: string;
  /** Served at `/file/bot<token>/<file_path>`; absent for files registered by size only. */
  bytes?: Buffer;
  /** Assigned on the first getFile, as Telegram does. */
  filePath?: string;
}

export interface RegisterFileInput {
  kind?: FileKind;
  bytes?: Buffer | Uint8Array | string;
  fileSize?: number;
  fileId?: string;
  fileUniqueId?: string;
  fileName?: string;
  mimeType?: string;
}

/** Where an incoming update comes from: a partial user is merged over {@link DEFAULT_USER}. */
export interface FromOptions {
  from?: Partial<User>;
  /** The chat or its id; the sender's private chat by default. */
  chat?: Chat | number;
  /** `false` builds the update without queueing it for getUpdates (e.g. to POST it to a webhook). */
  push?: boolean;
}

const FILE_ID_PREFIX: Record<FileKind, string> = {
  documents: 'BQACAgIAAxkBAAI',
  photos: 'AgACAgIAAxkBAAI',
  videos: 'BAACAgIAAxkBAAI',
  voice: 'AwACAgIAAxkBAAI',
  music: 'CQACAgIAAxkBAAI',
  animations: 'CgACAgIAAxkBAAI',
  stickers: 'CAACAgIAAxkBAAI',
};

const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  xml: 'application/xml',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sig: 'application/pgp-signature',
};

const extOf = (name = ''): string => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
export const mimeOf = (name: string | undefined): string | undefined => MIME_BY_EXT[extOf(name)];
export const unixNow = (): number => Math.floor(Date.now() / 1000);
export const updateTypeOf = (update: Update): string =>
  Object.keys(update).find((key) => key !== 'update_id') ?? 'unknown';

/** Leading and inner `/commands` get a `bot_command` entity, offsets in UTF-16 code units like Telegram's. */
export function commandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  for (const match of text.matchAll(/(?<=^|\s)\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?=\s|$)/g)) {
    entities.push({ type: 'bot_command', offset: match.index, length: match[0].length });
  }
  return entities;
}

/** Everything the fake Telegram remembers: chats, messages, files and the queue of pending updates. */
export class BotApiStore {
  readonly queue: Update[] = [];
  allowedUpdates: string[] = [];
  private nextUpdateId = 100_000_001;
  private nextFile = 1;
  private nextCallback = 1;
  private readonly lastMessageId = new Map<number, number>();
  private readonly messages = new Map<string, Message>();
  private readonly chats = new Map<number, Chat>();
  private readonly users = new Map<number, User>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  /** Callback queries the bot has not answered yet. */
  readonly openCallbackQueries = new Set<string>();

  constructor(
    readonly botInfo: UserFromGetMe,
    private readonly onUpdate: () => void,
  ) {}

  nextMessageId(chatId: number): number {
    const id = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, id);
    return id;
  }

  saveMessage<M extends Message>(message: M): M {
    this.messages.set(`${message.chat.id}:${message.message_id}`, message);
    return message;
  }

  message(chatId: number, messageId: number): Message | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  forgetMessage(chatId: number, messageId: number): boolean {
    return this.messages.delete(`${chatId}:${messageId}`);
  }

  lastBotMessage(chatId: number): Message | undefined {
    return [...this.messages.values()].reverse().find((m) => m.chat.id === chatId && m.from?.is_bot);
  }

  /** A chat seen in an update, or a plausible one synthesised from the id (negative ids are groups). */
  chat(chatId: number): Chat {
    const known = this.chats.get(chatId);
    if (known) return known;
    if (chatId > 0) {
      const user = this.users.get(chatId);
      return {
        id: chatId,
        type: 'private',
        first_name: user?.first_name ?? 'User',
        username: user?.username,
      };
    }
    return String(chatId).startsWith('-100')
      ? { id: chatId, type: 'supergroup', title: `Group ${-chatId}` }
      : { id: chatId, type: 'group', title: `Group ${-chatId}` };
  }

  registerFile(input: RegisterFileInput): StoredFile {
    const kind = input.kind ?? 'documents';
    const bytes =
      typeof input.bytes === 'string' ? Buffer.from(input.bytes) : input.bytes && Buffer.from(input.bytes);
    const file: StoredFile = {
      fileId:
        input.fileId ?? `${FILE_ID_PREFIX[kind]}${this.nextFile}${randomBytes(24).toString('base64url')}`,
      fileUniqueId: input.fileUniqueId ?? `AgAD${randomBytes(9).toString('base64url')}`,
      fileSize: input.fileSize ?? bytes?.length ?? 0,
      kind,
      fileName: input.fileName,
      mimeType: input.mimeType ?? mimeOf(input.fileName) ?? (kind === 'photos' ? 'image/jpeg' : undefined),
      bytes,
    };
    this.nextFile += 1;
    this.files.set(file.fileId, file);
    return file;
  }

  file(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  fileByPath(path: string): StoredFile | undefined {
    return this.filesByPath.get(path);
  }

  assignPath(file: StoredFile): string {
    if (!file.filePath) {
      const ext = extOf(file.fileName) || (file.kind === 'photos' ? 'jpg' : '');
      file.filePath = `${file.kind}/file_${this.filesByPath.size}${ext ? `.${ext}` : ''}`;
      this.filesByPath.set(file.filePath, file);
    }
    return file.filePath;
  }

  /** Queues an update for getUpdates (assigning the next update_id unless given) and wakes waiting polls. */
  push(update: Omit<Update, 'update_id'> & { update_id?: number }): Update {
    const full = { ...update, update_id: update.update_id ?? this.nextUpdateId } as Update;
    this.nextUpdateId = Math.max(this.nextUpdateId, full.update_id + 1);
    this.queue.push(full);
    this.onUpdate();
    return full;
  }

  /** getUpdates' `offset`: confirms updates below a positive offset; a negative one keeps the last -offset. */
  confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    const keepFrom =
      offset > 0
        ? this.queue.findIndex((u) => u.update_id >= offset)
        : Math.max(0, this.queue.length + offset);
    this.queue.splice(0, keepFrom === -1 ? this.queue.length : keepFrom);
  }

  /** The next `limit` updates of allowed types; updates of other types are dropped as Telegram never queues them. */
  deliverable(limit: number): Update[] {
    const allowed = this.allowedUpdates.length > 0 ? new Set(this.allowedUpdates) : undefined;
    const isAllowed = (u: Update) =>
      allowed ? allowed.has(updateTypeOf(u)) : !OPT_IN_UPDATES.has(updateTypeOf(u));
    const kept = this.queue.filter(isAllowed);
    this.queue.splice(0, this.queue.length, ...kept);
    return kept.slice(0, limit);
  }

  // --- incoming updates, as a user's Telegram client would cause them ---

  private sender(options: FromOptions): { from: User; chat: Chat } {
    const from: User = { ...DEFAULT_USER, ...options.from };
    this.users.set(from.id, from);
    const chat: Chat =
      typeof options.chat === 'object'
        ? options.chat
        : options.chat !== undefined && options.chat !== from.id
          ? this.chat(options.chat)
          : {
              id: from.id,
              type: 'private',
              first_name: from.first_name,
              last_name: from.last_name,
              username: from.username,
            };
    this.chats.set(chat.id, chat);
    return { from, chat };
  }

  private incoming(options: FromOptions, content: Partial<Message>): Update {
    const { from, chat } = this.sender(options);
    const message = this.saveMessage({
      message_id: this.nextMessageId(chat.id),
      from,
      chat,
      date: unixNow(),
      ...content,
    } as Message);
    const update = { message } as Update;
    return options.push === false ? { ...update, update_id: this.nextUpdateId++ } : this.push(update);
  }

  userSends(text: string, options: FromOptions = {}): Update {
    const entities = commandEntities(text);
    return this.incoming(options, { text, ...(entities.length > 0 ? { entities } : {}) });
  }

  userSendsDocument(input: RegisterFileInput & FromOptions & { caption?: string }): Update {
    const file = this.registerFile({
      ...input,
      kind: 'documents',
      fileName: input.fileName ?? 'document.pdf',
    });
    return this.incoming(input, {
      document: {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        file_name: file.fileName,
        mime_type: file.mimeType,
        file_size: file.fileSize,
      },
      ...(input.caption !== undefined ? { caption: input.caption } : {}),
    });
  }

  userSendsPhoto(
    input: RegisterFileInput & FromOptions & { caption?: string; width?: number; height?: number },
  ): Update {
    const photo = this.photoSizes(this.registerFile({ ...input, kind: 'photos' }), input.width, input.height);
    return this.incoming(input, {
      photo,
      ...(input.caption !== undefined ? { caption: input.caption } : {}),
    });
  }

  /** A thumbnail plus the full-size photo, smallest first, like Telegram's PhotoSize arrays. */
  photoSizes(file: StoredFile, width = 1280, height = 960): PhotoSize[] {
    const scale = 90 / Math.max(width, height);
    const thumb = this.registerFile({
      kind: 'photos',
      bytes: file.bytes?.subarray(0, Math.min(file.bytes.length, 1024)),
      fileSize: Math.min(file.fileSize, 1024),
    });
    return [
      {
        file_id: thumb.fileId,
        file_unique_id: thumb.fileUniqueId,
        width: Math.round(width * scale),
        height: Math.round(height * scale),
        file_size: thumb.fileSize,
      },
      { file_id: file.fileId, file_unique_id: file.fileUniqueId, width, height, file_size: file.fileSize },
    ];
  }

  /** A click on an inline button of `messageId` (the bot's latest message in the chat by default). */
  userClicks(data: string, options: FromOptions & { messageId?: number } = {}): Update {
    const { from, chat } = this.sender(options);
    const message =
      (options.messageId !== undefined
        ? this.message(chat.id, options.messageId)
        : this.lastBotMessage(chat.id)) ??
      ({
        message_id: options.messageId ?? 1,
        from: this.botInfo,
        chat,
        date: unixNow(),
        text: '…',
      } as Message);
    const id = `${BigInt(this.botInfo.id) * 1_000_000n + BigInt(this.nextCallback++)}`;
    this.openCallbackQueries.add(id);
    const chatInstance = `${chat.id < 0 ? '-' : ''}${4_000_000_000_000_000n + BigInt(Math.abs(chat.id))}`;
    const update = { callback_query: { id, from, message, chat_instance: chatInstance, data } } as Update;
    return options.push === false ? { ...update, update_id: this.nextUpdateId++ } : this.push(update);
  }
}
