import { type ErrorCode, NumbError } from '../errors.ts';

/** Where a value sits in the input, for example ["episodes", 3, "severity"]. */
export type Path = (string | number)[];

/** Numbers in messages as people write them: 15,728,640. */
export function count(n: number): string {
  return n.toLocaleString('en');
}

/** A string longer than this is quoted by its start and its length: a message never repeats megabytes of input. */
const QUOTED_LENGTH = 60;

/** A value as the person would recognise it in their input: strings quoted, lists and objects named. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
    return String(value);
  if (typeof value === 'string' && value.length > QUOTED_LENGTH) {
    return `${JSON.stringify(value.slice(0, QUOTED_LENGTH))}… (${count(value.length)} characters)`;
  }
  return JSON.stringify(value);
}

/** The error for a value that does not fit: `"episodes.3.severity" expects …, got 11`. */
export function bad(
  path: Path,
  expected: string,
  got: unknown,
  code: ErrorCode = 'NUMB_BAD_ENTRY',
): NumbError {
  return new NumbError(code, `"${path.join('.')}" expects ${expected}, got ${describe(got)}`, path);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that `value` is an object with no fields but `allowed`, so that a misspelt field is never ignored. */
export function fieldsOf(
  value: unknown,
  path: Path,
  allowed: readonly string[],
  what: string,
): Record<string, unknown> {
  if (!isRecord(value)) throw bad(path, what, value);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new NumbError(
        'NUMB_BAD_ENTRY',
        `"${[...path, key].join('.')}" is not a field of ${what}; the fields are ${allowed.join(', ')}`,
        [...path, key],
      );
    }
  }
  return value;
}

/**
 * The longest values the diary keeps. Lengths count UTF-16 code units, as JavaScript and a browser's `maxlength` do
 * (a character outside the Basic Multilingual Plane, an emoji, counts 2). Each limit is far above real use and bounds
 * what one entry can make the server store, parse and send back.
 */
export const LIMITS = {
  /** An entry id: a UUID is 36. */
  id: 64,
  /** An activity or intervention in the person's own words, snake_case. */
  wordId: 40,
  /** A note: about a page of text, for what the form's fields do not hold. */
  note: 2000,
  /**
   * Items in an episode's or period's list (activities, symptoms, interventions): the knowledge has 86 symptom
   * findings and about a dozen activities and interventions, so 100 leaves room without allowing a flood.
   */
  listItems: 100,
  /**
   * A text inside a saved assessment (a reason, a cause's name, a plan item). numbcheck's longest is 510 characters;
   * 10,000 leaves room for the knowledge of later versions, whose assessments import as they were made.
   */
  assessmentText: 10_000,
  /** A list inside a saved assessment (causes, plan items, sources): the knowledge's longest has 112 items. */
  assessmentListItems: 1000,
} as const;

/** The error for a text over its limit: `"note" expects at most 2,000 characters, got 15,728,640`. */
export function tooLong(
  path: Path,
  max: number,
  length: number,
  code: ErrorCode = 'NUMB_BAD_ENTRY',
): NumbError {
  return new NumbError(
    code,
    `"${path.join('.')}" expects at most ${count(max)} character${max === 1 ? '' : 's'}, got ${count(length)}`,
    path,
  );
}

/** The error for a list over its limit: `"activities" expects at most 100 items, got 5,000`. */
export function tooMany(
  path: Path,
  max: number,
  length: number,
  code: ErrorCode = 'NUMB_BAD_ENTRY',
): NumbError {
  return new NumbError(
    code,
    `"${path.join('.')}" expects at most ${count(max)} item${max === 1 ? '' : 's'}, got ${count(length)}`,
    path,
  );
}

// C0 control characters other than tab, line feed and carriage return have no place in a note, and PostgreSQL
// cannot store NUL at all; refusing them keeps the two stores identical.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this pattern finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /\p{Surrogate}/u;

function codePoint(text: string, index: number): string {
  return `U+${(text.charCodeAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Refuses text a store could not keep exactly: control characters (PostgreSQL cannot store NUL) and lone surrogates
 * (not Unicode, so not storable as UTF-8). SQLite would keep them; refusing them everywhere keeps the stores alike,
 * so a diary exported from one imports into the other.
 */
export function checkCharacters(value: string, path: Path, code: ErrorCode = 'NUMB_BAD_ENTRY'): void {
  const control = CONTROL.exec(value);
  if (control !== null) {
    throw new NumbError(
      code,
      `"${path.join('.')}" expects text without control characters (tab and new line are fine), got ` +
        `${codePoint(value, control.index)} at character ${count(control.index + 1)}`,
      path,
    );
  }
  if (!value.isWellFormed()) {
    const lone = LONE_SURROGATE.exec(value);
    const index = lone?.index ?? 0;
    throw new NumbError(
      code,
      `"${path.join('.')}" expects well-formed Unicode text, got a lone surrogate ${codePoint(value, index)} at ` +
        `character ${count(index + 1)}`,
      path,
    );
  }
}

/** Text of at most `max` characters that every store keeps exactly (see `checkCharacters`). */
export function checkText(
  value: string,
  path: Path,
  max: number,
  code: ErrorCode = 'NUMB_BAD_ENTRY',
): string {
  if (value.length > max) throw tooLong(path, max, value.length, code);
  checkCharacters(value, path, code);
  return value;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True for a string that can be an entry id; a store answers "not found" for anything else, whatever it holds. */
export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

/** An entry id: 1 to 64 letters, digits, `-` or `_` (a UUID fits). */
export function parseId(value: unknown, path: Path): string {
  if (typeof value === 'string' && value.length > LIMITS.id) throw tooLong(path, LIMITS.id, value.length);
  if (!isEntryId(value)) {
    throw bad(path, 'an id of 1 to 64 letters, digits, - or _', value);
  }
  return value;
}

export function parseInteger(value: unknown, path: Path, min: number, max: number, unit: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw bad(path, `a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max}`, value);
  }
  return value;
}

export function parseOptionalInteger(
  value: unknown,
  path: Path,
  min: number,
  max: number,
  unit: string,
): number | null {
  return value === undefined || value === null ? null : parseInteger(value, path, min, max, unit);
}

/** Free text of at most `max` characters: well-formed Unicode, no control characters but tab and new line. */
export function parseText(value: unknown, path: Path, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw bad(path, `text of at most ${count(max)} characters`, value);
  return checkText(value, path, max);
}

const WORD_ID = /^[a-z][a-z0-9_]{0,39}$/;

/** A snake_case word id such as `hand_expander`: lower-case letters, digits and `_`, at most 40 characters. */
export function isWordId(value: unknown): value is string {
  return typeof value === 'string' && WORD_ID.test(value);
}

/** A list of ids, each checked by `accept`; repeats are dropped, the first order kept. */
export function parseIdList(
  value: unknown,
  path: Path,
  accept: (item: unknown) => item is string,
  expected: string,
): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw bad(path, `a list of ${expected}`, value);
  if (value.length > LIMITS.listItems) throw tooMany(path, LIMITS.listItems, value.length);
  const items: string[] = [];
  value.forEach((item, i) => {
    if (!accept(item)) throw bad([...path, i], expected, item);
    if (!items.includes(item)) items.push(item);
  });
  return items;
}
