import type { start } from './en/start.ts';

/**
 * The start page's words: the `start` area of the catalogs, plain text with at most `{name}` placeholders and no ICU
 * plurals or choices, so that the start page writes them without FormatJS (`start-words.test.ts` keeps them plain).
 */
export type StartKey = keyof typeof start;
export type StartWords = Readonly<Record<StartKey, string>>;

/**
 * A plain message (the `start` and `places` areas) with its `{name}` placeholders filled: "Call {number}" gives
 * "Call 112".
 */
export function fillPlainMessage(
  message: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
