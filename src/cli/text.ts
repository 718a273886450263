import { styleText } from 'node:util';
import type { Place } from '../emergency/index.ts';
import { type Language, localeOf, type Translate, translator } from '../messages/index.ts';

/** How the terminal output may look. */
export interface TextOptions {
  /** Whether ANSI colours and bold may be used; colour never carries meaning on its own. */
  color: boolean;
  /** Columns to fit the text in. */
  width: number;
  /** Where the terminal is, for the emergency number to give first; unknown (all of 112, 911 and 999) if left out. */
  place?: Place;
  /** The language of the words: the one `--lang` or the terminal's locale chose; English if left out. */
  language?: Language;
}

export const PLAIN: TextOptions = { color: false, width: 80 };

/** The words of the terminal's language: its messages, and the Intl locale src/format writes its numbers in. */
export interface Words {
  t: Translate;
  locale: string;
  /** For the pure layers that take a language rather than a translator (the diary's and prevention's labels). */
  language: Language;
}

/** The words for `options`' language. */
export function wordsOf(options: Pick<TextOptions, 'language'>): Words {
  const language = options.language ?? 'en';
  return { t: translator(language), locale: localeOf(language), language };
}

type Format = Parameters<typeof styleText>[0];

/** Styles `text` when colours are on. The caller decides; the stream is not consulted, so output is predictable. */
export function paint(options: TextOptions, format: Format, text: string): string {
  return options.color ? styleText(format, text, { validateStream: false }) : text;
}

/**
 * Breaks `text` into lines of at most `width` columns. `indent` starts every line but the first, which starts with
 * `firstIndent` (by default the same). A word longer than a line, such as a URL, gets a line of its own.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = lines.length === 0 ? firstIndent : indent;
    let empty = true;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (!empty && line.length + 1 + word.length > width) {
        lines.push(line);
        line = indent + word;
      } else {
        line = empty ? line + word : `${line} ${word}`;
      }
      empty = false;
    }
    lines.push(empty ? line.trimEnd() : line);
  }
  return lines;
}

/** A list of words joined for reading: "a", "a and b", "a, b and c"; `last` is the language's "and" or "or". */
export function joinWords(words: readonly string[], last: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
