import {
  allOf,
  bad,
  type ErrorCode,
  type ErrorKey,
  type ErrorValue,
  fieldOf,
  NumbError,
  type Path,
  words,
} from '../errors.ts';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that `value` is an object with no fields but `allowed`, so that a misspelt field is never ignored. */
export function fieldsOf(
  value: unknown,
  path: Path,
  allowed: readonly string[],
  what: ErrorKey,
  code: ErrorCode = 'NUMB_BAD_ENTRY',
): Record<string, unknown> {
  if (!isRecord(value)) throw bad(code, path, words(what), value);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      const field = fieldOf([...path, key]);
      throw new NumbError(code, 'error.notAField', { field, what: words(what), fields: allOf(allowed) }, [
        ...path,
        key,
      ]);
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
  const expected = words('error.expected.atMostCharacters', { max });
  return new NumbError(
    code,
    'error.expects',
    { field: fieldOf(path), expected, got: words('error.got.count', { count: length }) },
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
  const expected = words('error.expected.atMostItems', { max });
  return new NumbError(
    code,
    'error.expects',
    { field: fieldOf(path), expected, got: words('error.got.count', { count: length }) },
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
    const got = words('error.got.controlCharacter', {
      codePoint: codePoint(value, control.index),
      position: control.index + 1,
    });
    throw new NumbError(
      code,
      'error.expects',
      { field: fieldOf(path), expected: words('error.expected.controlFree'), got },
      path,
    );
  }
  if (!value.isWellFormed()) {
    const lone = LONE_SURROGATE.exec(value);
    const index = lone?.index ?? 0;
    const got = words('error.got.loneSurrogate', { codePoint: codePoint(value, index), position: index + 1 });
    throw new NumbError(
      code,
      'error.expects',
      { field: fieldOf(path), expected: words('error.expected.wellFormed'), got },
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
    throw bad('NUMB_BAD_ENTRY', path, words('error.expected.entryId'), value);
  }
  return value;
}

/** A whole number from `min` to `max`, counted in `unit` (none for a score). */
export function parseInteger(value: unknown, path: Path, min: number, max: number, unit?: ErrorKey): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const expected =
      unit === undefined
        ? words('error.expected.wholeNumber', { min, max })
        : words('error.expected.wholeNumberOf', { unit: words(unit), min, max });
    throw bad('NUMB_BAD_ENTRY', path, expected, value);
  }
  return value;
}

export function parseOptionalInteger(
  value: unknown,
  path: Path,
  min: number,
  max: number,
  unit?: ErrorKey,
): number | null {
  return value === undefined || value === null ? null : parseInteger(value, path, min, max, unit);
}

/** Free text of at most `max` characters: well-formed Unicode, no control characters but tab and new line. */
export function parseText(value: unknown, path: Path, max: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string')
    throw bad('NUMB_BAD_ENTRY', path, words('error.expected.textOfAtMost', { max }), value);
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
  expected: ErrorValue,
): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw bad('NUMB_BAD_ENTRY', path, words('error.expected.listOf', { items: expected }), value);
  if (value.length > LIMITS.listItems) throw tooMany(path, LIMITS.listItems, value.length);
  const items: string[] = [];
  value.forEach((item, i) => {
    if (!accept(item)) throw bad('NUMB_BAD_ENTRY', [...path, i], expected, item);
    if (!items.includes(item)) items.push(item);
  });
  return items;
}
