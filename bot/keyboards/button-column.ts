import { InlineKeyboard } from 'grammy';

/** One button a row, without the trailing empty row that `.row()` after each button would leave. */
export const buttonColumn = (buttons: readonly (readonly [label: string, data: string])[]) =>
  InlineKeyboard.from(buttons.map(([label, data]) => [InlineKeyboard.text(label, data)]));
