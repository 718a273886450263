/**
 * What the diary routes read from a request besides the body's entries: times, offsets and periods from the
 * query string, and the check that a body is an object at all. Every problem is a 400 that names the parameter.
 */
import type { SwaggerTransform } from '@fastify/swagger';
import { type Period, parseInstant, parsePeriod } from '../../diary/index.ts';
import { NumbError } from '../../errors.ts';
import { describeValue } from '../error-replies.ts';

const DAY_MS = 86_400_000;
/** The doctor report covers the last 90 days unless asked otherwise: about the span a GP looks back over. */
export const DEFAULT_SUMMARY_DAYS = 90;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as an object, or a 400 saying what the body should be. */
export function bodyObject(body: unknown, what: string): Record<string, unknown> {
  if (isRecord(body)) return body;
  throw new NumbError(
    'NUMB_BAD_REQUEST',
    `the body expects a JSON object (${what}), got ${describeValue(body)}`,
  );
}

/** Runs a diary parser on a query value; its entry error becomes a request error with the same words. */
function asRequest<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof NumbError) throw new NumbError('NUMB_BAD_REQUEST', error.message, error.path);
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
    throw new NumbError(
      'NUMB_BAD_REQUEST',
      `"utcOffsetMinutes" expects a UTC offset in whole minutes from -720 to 840, got ${describeValue(value)}`,
      ['utcOffsetMinutes'],
    );
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
    throw new NumbError(
      'NUMB_BAD_REQUEST',
      `"utcOffsetMinutes" expects a UTC offset in whole minutes from -720 to 840, got ${describeValue(value)}`,
      ['utcOffsetMinutes'],
    );
  }
  return value;
}

/** A 404 for an entry id the diary does not have. */
export function notFound(kind: string, id: string): NumbError {
  return new NumbError('NUMB_ENTRY_NOT_FOUND', `the diary has no ${kind} with the id ${describeValue(id)}`, [
    'id',
  ]);
}

/** A body that is validated by a diary parser in the handler; the OpenAPI document shows `documented`. */
export function checkedInHandler(documented: unknown): { swaggerTransform: SwaggerTransform } {
  return {
    swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: documented }, url }),
  };
}

/** Any JSON value: the handler's parser checks it and says what is wrong. */
export const ANY_BODY = {};

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
    throw new NumbError(
      'NUMB_BAD_REQUEST',
      `"id" expects the id in the address (${JSON.stringify(id)}) or nothing, got ${JSON.stringify(input.id)}`,
      ['id'],
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
      throw new NumbError(
        'NUMB_BAD_REQUEST',
        `"${key}" is not expected: the body takes only ${allowed.map((a) => `"${a}"`).join(', ')}`,
        [key],
      );
    }
  }
  return body;
}
