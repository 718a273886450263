/**
 * Every error numbcheck can raise, in one place: a code, the HTTP status it maps to, and the catalog key of what it
 * means. The words themselves are templates in the message catalogs (src/messages/<language>/errors.ts), so one error
 * can be told in every language numbcheck speaks: `error.message` is English (logs, library users), `messageOf`
 * writes it in another.
 */
import { formatList, type ListKind } from './format/index.ts';
import { type Language, localeOf, type MessageKey, translator } from './messages/index.ts';

export const ERRORS = {
  NUMB_BAD_ANSWER: { status: 400, summary: 'error.NUMB_BAD_ANSWER' },
  NUMB_UNKNOWN_QUESTION: { status: 400, summary: 'error.NUMB_UNKNOWN_QUESTION' },
  NUMB_QUESTION_NOT_FOUND: { status: 404, summary: 'error.NUMB_QUESTION_NOT_FOUND' },
  NUMB_BAD_JSON: { status: 400, summary: 'error.NUMB_BAD_JSON' },
  NUMB_BAD_REQUEST: { status: 400, summary: 'error.NUMB_BAD_REQUEST' },
  NUMB_BAD_USAGE: { status: 400, summary: 'error.NUMB_BAD_USAGE' },
  NUMB_BAD_ENTRY: { status: 400, summary: 'error.NUMB_BAD_ENTRY' },
  NUMB_BAD_IMPORT: { status: 400, summary: 'error.NUMB_BAD_IMPORT' },
  NUMB_ENTRY_NOT_FOUND: { status: 404, summary: 'error.NUMB_ENTRY_NOT_FOUND' },
  NUMB_ENTRY_EXISTS: { status: 409, summary: 'error.NUMB_ENTRY_EXISTS' },
  NUMB_UNKNOWN_HOST: { status: 421, summary: 'error.NUMB_UNKNOWN_HOST' },
  NUMB_FORBIDDEN_ORIGIN: { status: 403, summary: 'error.NUMB_FORBIDDEN_ORIGIN' },
  NUMB_FORBIDDEN_PATH: { status: 403, summary: 'error.NUMB_FORBIDDEN_PATH' },
  NUMB_SIGN_IN_REQUIRED: { status: 401, summary: 'error.NUMB_SIGN_IN_REQUIRED' },
  NUMB_SIGN_IN_FAILED: { status: 401, summary: 'error.NUMB_SIGN_IN_FAILED' },
  NUMB_SESSION_REQUIRED: { status: 403, summary: 'error.NUMB_SESSION_REQUIRED' },
  NUMB_ACCOUNTS_OFF: { status: 404, summary: 'error.NUMB_ACCOUNTS_OFF' },
  NUMB_LAST_PASSKEY: { status: 409, summary: 'error.NUMB_LAST_PASSKEY' },
  NUMB_STORE_UNAVAILABLE: { status: 503, summary: 'error.NUMB_STORE_UNAVAILABLE' },
  NUMB_STORAGE_FULL: { status: 507, summary: 'error.NUMB_STORAGE_FULL' },
  NUMB_FILE_NOT_FOUND: { status: 404, summary: 'error.NUMB_FILE_NOT_FOUND' },
  NUMB_CANNOT_WRITE: { status: 500, summary: 'error.NUMB_CANNOT_WRITE' },
  NUMB_NOT_FOUND: { status: 404, summary: 'error.NUMB_NOT_FOUND' },
  NUMB_REQUEST_TIMEOUT: { status: 408, summary: 'error.NUMB_REQUEST_TIMEOUT' },
  NUMB_PRECONDITION_FAILED: { status: 412, summary: 'error.NUMB_PRECONDITION_FAILED' },
  NUMB_BODY_TOO_LARGE: { status: 413, summary: 'error.NUMB_BODY_TOO_LARGE' },
  NUMB_URL_TOO_LONG: { status: 414, summary: 'error.NUMB_URL_TOO_LONG' },
  NUMB_UNSUPPORTED_MEDIA_TYPE: { status: 415, summary: 'error.NUMB_UNSUPPORTED_MEDIA_TYPE' },
  NUMB_RANGE_NOT_SATISFIABLE: { status: 416, summary: 'error.NUMB_RANGE_NOT_SATISFIABLE' },
  NUMB_TOO_MANY_REQUESTS: { status: 429, summary: 'error.NUMB_TOO_MANY_REQUESTS' },
  NUMB_HEADERS_TOO_LARGE: { status: 431, summary: 'error.NUMB_HEADERS_TOO_LARGE' },
  NUMB_INTERNAL: { status: 500, summary: 'error.NUMB_INTERNAL' },
  NUMB_CANNOT_LISTEN: { status: 500, summary: 'error.NUMB_CANNOT_LISTEN' },
} as const satisfies Record<string, { status: number; summary: MessageKey }>;

export type ErrorCode = keyof typeof ERRORS;

/** True for a code numbcheck declares, as a reply from a server may carry any string. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERRORS, code);
}

/** Where a value sits in the input, for example ["answers", "age"] or ["episodes", 3, "severity"]. */
export type Path = (string | number)[];

/** A key of the error catalog: a template (`error.expects`) or a word a template takes (`error.type.integer`). */
export type ErrorKey = Extract<MessageKey, `error.${string}`>;

/**
 * A value for a placeholder of an error's template. A string is a machine token and is shown as it is (an id, a path,
 * the JSON of a bad value, a header); a number is written in the language's way; words come from the catalog in the
 * same language; a list of tokens is joined as the language joins a choice ("a, b or c") or a whole ("a, b and c").
 */
export type ErrorValue = string | number | Words | TokenList;

export type ErrorValues = Readonly<Record<string, ErrorValue>>;

/** Words of the catalog with their own values: `{ key: 'error.type.integer' }`. */
export interface Words {
  readonly key: ErrorKey;
  readonly values?: ErrorValues;
}

/** Machine tokens joined as a list of the language. */
export interface TokenList {
  readonly list: readonly string[];
  readonly kind: ListKind;
}

/** Words of the catalog, for a value of another error's template. */
export function words(key: ErrorKey, values?: ErrorValues): Words {
  return values === undefined ? { key } : { key, values };
}

/** Tokens offered as a choice: "present, absent or unknown". */
export function anyOf(tokens: readonly string[]): TokenList {
  return { list: tokens, kind: 'or' };
}

/** Tokens named together: "palm, back and arm". */
export function allOf(tokens: readonly string[]): TokenList {
  return { list: tokens, kind: 'and' };
}

function isWords(value: ErrorValue): value is Words {
  return typeof value === 'object' && 'key' in value;
}

/** Writes words of the error catalog, and the words inside their values, in `language`. */
export function renderWords(message: Words, language: Language): string {
  const t = translator(language);
  const locale = localeOf(language);
  const render = (current: Words): string => {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(current.values ?? {})) {
      if (typeof value === 'string' || typeof value === 'number') values[name] = value;
      else if (isWords(value)) values[name] = render(value);
      else values[name] = formatList(value.list, value.kind, { locale });
    }
    return t(current.key, values);
  };
  return render(message);
}

/** An error a person can act on. `path` locates the bad value inside the input, for example ["age"]. */
export class NumbError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly path: Path;
  /** The template and its values, to tell the error in any language (`messageOf`). */
  readonly words: Words;

  /** `key` is the template: the code's own (`error.NUMB_…`, `error.NUMB_….variant`) or a shared one (`error.expects`). */
  constructor(code: ErrorCode, key: ErrorKey, values: ErrorValues = {}, path: Path = []) {
    const message = words(key, values);
    super(renderWords(message, 'en'));
    this.name = 'NumbError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.path = path;
    this.words = message;
  }
}

/** An error's message in `language`; anything that is not a NumbError keeps its own (English) message. */
export function messageOf(error: unknown, language: Language): string {
  if (error instanceof NumbError) return renderWords(error.words, language);
  return error instanceof Error ? error.message : String(error);
}

/** What a code means, in `language`: for the API's documentation and a reply with nothing more to say. */
export function summaryOf(code: ErrorCode, language: Language): string {
  return translator(language)(ERRORS[code].summary);
}

/** A field named by its path (`"answers.age"`), or `whole` for the input itself (the body, the file). */
export function fieldOf(path: Path, whole: ErrorKey = 'error.field.input'): Words {
  return path.length === 0 ? words(whole) : words('error.field', { path: path.join('.') });
}

/** A string longer than this is quoted by its start and its length: a message never repeats megabytes of input. */
const QUOTED_LENGTH = 60;

/** A value as the person would recognise it in their input: strings and numbers as JSON, lists and objects named. */
export function describeValue(value: unknown): ErrorValue {
  if (value === undefined) return words('error.got.nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return words('error.got.list');
  if (typeof value === 'object') return words('error.got.object');
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
    return String(value);
  if (typeof value === 'string' && value.length > QUOTED_LENGTH) {
    return words('error.got.longText', {
      start: JSON.stringify(value.slice(0, QUOTED_LENGTH)),
      length: value.length,
    });
  }
  return JSON.stringify(value);
}

/**
 * The one error for a value that does not fit: `"episodes.3.severity" expects a whole number from 0 to 10, got 11`.
 * `expected` is words of the catalog (or a list of tokens); `got` is the value as it came.
 */
export function bad(code: ErrorCode, path: Path, expected: ErrorValue, got: unknown): NumbError {
  return new NumbError(
    code,
    'error.expects',
    { field: fieldOf(path), expected, got: describeValue(got) },
    path,
  );
}

/**
 * The same error placed inside a larger input: the path gains `prefix`, and the message names the field by its whole
 * path, or is said of the place `prefix` names when it names no field of its own.
 */
export function within(error: NumbError, prefix: Path): NumbError {
  const inner = error.words.values ?? {};
  const path = [...prefix, ...error.path];
  if ('field' in inner)
    return new NumbError(error.code, error.words.key, { ...inner, field: fieldOf(path) }, path);
  return new NumbError(error.code, 'error.inFile', { where: fieldOf(prefix), problem: error.words }, path);
}

/** An answer error from `parseAnswers`, with its path and message placed inside the request's `answers`. */
export function inAnswers(error: NumbError): NumbError {
  if (error.code === 'NUMB_UNKNOWN_QUESTION') {
    const path = ['answers', ...error.path];
    return new NumbError(error.code, 'error.NUMB_UNKNOWN_QUESTION.api', { field: fieldOf(path) }, path);
  }
  return within(error, ['answers']);
}

/** The same error said of a place in a file: `answers.json line 3: …`. */
export function inFile(error: NumbError, where: ErrorValue): NumbError {
  return new NumbError(error.code, 'error.inFile', { where, problem: error.words }, error.path);
}
