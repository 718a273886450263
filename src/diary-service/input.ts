/**
 * What the diary's operations read from a request besides the body's entries: times, offsets and periods from the
 * query string, and the check that a body is an object at all. Every problem is a 400 that names the parameter.
 */
import { type Period, parseInstant, parsePeriod } from '../diary/index.ts';
import { anyOf, bad, describeValue, type ErrorKey, fieldOf, NumbError, words } from '../errors.ts';

const DAY_MS = 86_400_000;
/** The doctor report covers the last 90 days unless asked otherwise: about the span a GP looks back over. */
export const DEFAULT_SUMMARY_DAYS = 90;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as an object, or a 400 saying what the body should be. */
export function bodyObject(body: unknown, what: ErrorKey): Record<string, unknown> {
  if (isRecord(body)) return body;
  const values = {
    field: words('error.field.body'),
    expected: words('error.expected.bodyOf', { what: words(what) }),
    got: describeValue(body),
  };
  throw new NumbError('NUMB_BAD_REQUEST', 'error.expects', values);
}

/** Runs a diary parser on a query value; its entry error becomes a request error with the same words. */
function asRequest<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof NumbError)
      throw new NumbError('NUMB_BAD_REQUEST', error.words.key, error.words.values, error.path);
    throw error;
  }
}

export function parseTimeParameter(value: string, name: string): string {
  return asRequest(() => parseInstant(value, [name]).instant);
}

/** A UTC offset in minutes from the query string, or undefined when not given. */
export function parseOffsetParameter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const offset = /^-?\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(offset >= -720 && offset <= 840)) {
    throw bad('NUMB_BAD_REQUEST', ['utcOffsetMinutes'], words('error.expected.utcOffset'), value);
  }
  return offset;
}

/** The period of a summary: `to` defaults to now, `from` to 90 days before `to`. */
export function parseSummaryPeriod(from: string | undefined, to: string | undefined, now: Date): Period {
  const end = to === undefined ? now.toISOString() : parseTimeParameter(to, 'to');
  const start =
    from === undefined
      ? new Date(Date.parse(end) - DEFAULT_SUMMARY_DAYS * DAY_MS).toISOString()
      : parseTimeParameter(from, 'from');
  return asRequest(() => parsePeriod({ from: start, to: end }));
}

/** An optional `utcOffsetMinutes` in a body. */
export function bodyOffset(body: Record<string, unknown>): number | undefined {
  const value = body.utcOffsetMinutes;
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -720 || value > 840) {
    throw bad('NUMB_BAD_REQUEST', ['utcOffsetMinutes'], words('error.expected.utcOffset'), value);
  }
  return value;
}

/** A 404 for an entry id the diary does not have. */
export function notFound(kind: ErrorKey, id: string): NumbError {
  const values = { kind: words(kind), id: JSON.stringify(id) };
  return new NumbError('NUMB_ENTRY_NOT_FOUND', 'error.NUMB_ENTRY_NOT_FOUND.id', values, ['id']);
}

/**
 * The input of a PUT: the body, with the id of the address, and the saved time and offset when the body leaves
 * `startedAt` out (an edit never moves an entry in time unless asked to).
 */
export function replacement(
  input: Record<string, unknown>,
  id: string,
  existing: { startedAt: string; utcOffsetMinutes: number },
): Record<string, unknown> {
  if (input.id !== undefined && input.id !== id) {
    throw bad(
      'NUMB_BAD_REQUEST',
      ['id'],
      words('error.expected.sameId', { id: JSON.stringify(id) }),
      input.id,
    );
  }
  const filled: Record<string, unknown> = { ...input, id };
  if (filled.startedAt === undefined) {
    filled.startedAt = existing.startedAt;
    if (filled.utcOffsetMinutes === undefined) filled.utcOffsetMinutes = existing.utcOffsetMinutes;
  } else if (filled.utcOffsetMinutes === undefined) {
    const written = typeof filled.startedAt === 'string' && /[+-]\d{2}:\d{2}$/.test(filled.startedAt);
    if (!written) filled.utcOffsetMinutes = 0;
  }
  return filled;
}

/** The body, refusing fields the route does not take, so that a misspelt field is never ignored. */
export function onlyFields(
  body: Record<string, unknown>,
  allowed: readonly string[],
): Record<string, unknown> {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) {
      const values = {
        field: fieldOf([key]),
        whole: words('error.field.body'),
        fields: anyOf(allowed.map((a) => JSON.stringify(a))),
      };
      throw new NumbError('NUMB_BAD_REQUEST', 'error.notExpected', values, [key]);
    }
  }
  return body;
}
