const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A filter matching strings that contain `text`, ignoring case; the text is taken literally, not as a pattern. */
export const containing = (text: string) => ({ $regex: escapeRegExp(text), $options: 'i' });
