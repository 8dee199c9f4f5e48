/** Telegram refuses callback data longer than 64 bytes. */
const MAX_BYTES = 64;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A family of inline-button data `<prefix>:<arg>:<arg>…`. The data carry everything a click needs, so every button
 * keeps working after a restart of the bot.
 */
export interface CallbackFamily {
  readonly prefix: string;
  build(...args: (string | number)[]): string;
  /** Matches exactly this family's data; pass it to `bot.callbackQuery`. */
  readonly pattern: RegExp;
}

export function callbackFamily(prefix: string, arity = 0): CallbackFamily {
  const args = ':([^:]+)'.repeat(arity);
  return {
    prefix,
    build(...values) {
      if (values.length !== arity) throw new Error(`callback "${prefix}" takes ${arity} arguments`);
      const data = [prefix, ...values].join(':');
      if (Buffer.byteLength(data) > MAX_BYTES)
        throw new Error(`callback data over ${MAX_BYTES} bytes: ${prefix}`);
      return data;
    },
    pattern: new RegExp(`^${escapeRegExp(prefix)}${args}$`),
  };
}

/** The arguments of a matched family, in order (`ctx.match` of a callback query handler). */
export function callbackArgs(match: string | RegExpMatchArray | null | undefined): string[] {
  return typeof match === 'object' && match !== null ? match.slice(1) : [];
}

/** A page number argument; anything else is the first page. */
export function pageArg(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
