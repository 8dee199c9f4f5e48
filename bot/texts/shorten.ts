/** A text cut to `length` characters with «…» when longer (for buttons and previews). */
export const shorten = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
