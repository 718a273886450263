import { type ErrorCode, NumbError } from '../errors.ts';

/** Where a value sits in the input, for example ["episodes", 3, "severity"]. */
export type Path = (string | number)[];

/** A value as the person would recognise it in their input: strings quoted, lists and objects named. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
    return String(value);
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

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An entry id: 1 to 64 letters, digits, `-` or `_` (a UUID fits). */
export function parseId(value: unknown, path: Path): string {
  if (typeof value !== 'string' || !ID.test(value)) {
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

// C0 control characters other than tab, line feed and carriage return have no place in a note, and PostgreSQL
// cannot store NUL at all; refusing them keeps the two stores identical.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this pattern finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Free text of at most `max` characters: well-formed Unicode, no control characters but tab and new line. */
export function parseText(value: unknown, path: Path, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string' || value.length > max || CONTROL.test(value) || !value.isWellFormed()) {
    throw bad(path, `text of at most ${max} characters without control characters`, value);
  }
  return value;
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
  const items: string[] = [];
  value.forEach((item, i) => {
    if (!accept(item)) throw bad([...path, i], expected, item);
    if (!items.includes(item)) items.push(item);
  });
  return items;
}
