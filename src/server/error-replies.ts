/**
 * Turns anything a request can go wrong with into numbcheck's error body, `{ "error": { code, message, path } }`, with
 * a message that names the field, what was expected and what came. Fastify's own errors (bad JSON, an oversized body,
 * a wrong content type, a schema failure) get numbcheck codes from src/errors.ts; anything else is a bug, a 500.
 */
import type { ErrorBody } from '../api/index.ts';
import {
  anyOf,
  describeValue,
  type ErrorCode,
  type ErrorKey,
  type ErrorValue,
  type ErrorValues,
  fieldOf,
  messageOf,
  NumbError,
  type Path,
  words,
} from '../errors.ts';
import type { Language } from '../messages/index.ts';

export interface ErrorReply {
  status: number;
  body: ErrorBody;
  /** True when the error is numbcheck's fault (a 5xx) and belongs in the log. */
  internal: boolean;
}

/** What the error handler knows of the request, for messages that say what came. */
export interface RequestFacts {
  method: string;
  url: string;
  contentType: string | undefined;
  contentLength: string | undefined;
  bodyLimit: number;
}

/** The reply for an error, in `language`; the status is its code's unless Fastify chose another (`status`). */
function reply(error: NumbError, language: Language, status: number = error.status): ErrorReply {
  const body = { error: { code: error.code, message: messageOf(error, language), path: error.path } };
  return { status, body, internal: status >= 500 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function codeOf(error: unknown): string | undefined {
  return isRecord(error) && typeof error.code === 'string' ? error.code : undefined;
}

function statusOf(error: unknown): number | undefined {
  return isRecord(error) && typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

/** Where a validation issue is, by Fastify's validation context: the body, the query string, the address. */
const WHOLE: Readonly<Record<string, ErrorKey>> = {
  body: 'error.field.body',
  querystring: 'error.field.query',
  params: 'error.field.address',
  headers: 'error.field.headers',
};

const TYPE_NAMES: Readonly<Record<string, ErrorKey>> = {
  object: 'error.type.object',
  array: 'error.type.array',
  string: 'error.type.string',
  number: 'error.type.number',
  integer: 'error.type.integer',
  boolean: 'error.type.boolean',
  null: 'error.type.null',
};

function pathOf(instancePath: string): Path {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

function tokens(values: unknown): string[] {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)) : [JSON.stringify(values)];
}

function expects(path: Path, whole: ErrorKey, expected: ErrorValue, got: ErrorValue): NumbError {
  return new NumbError(
    'NUMB_BAD_REQUEST',
    'error.expects',
    { field: fieldOf(path, whole), expected, got },
    path,
  );
}

/**
 * One schema validation issue (Ajv's, with `verbose` on so that it carries the value and its schema) as an error.
 * Only the first issue is reported: Ajv stops there (allErrors is off, against denial of service).
 */
export function validationError(issue: unknown, context: string): NumbError {
  const whole = WHOLE[context] ?? 'error.field.input';
  if (!isRecord(issue)) return new NumbError('NUMB_BAD_REQUEST', 'error.NUMB_BAD_REQUEST');
  const path = pathOf(typeof issue.instancePath === 'string' ? issue.instancePath : '');
  const params = isRecord(issue.params) ? issue.params : {};
  const parentSchema = isRecord(issue.parentSchema) ? issue.parentSchema : {};
  const got = describeValue(issue.data);
  switch (issue.keyword) {
    case 'type': {
      const key = TYPE_NAMES[String(params.type)];
      const type: ErrorValue = key === undefined ? String(params.type) : words(key);
      const expected =
        path.length === 0 && context === 'body'
          ? words('error.expected.answersBody')
          : typeof parentSchema.description === 'string'
            ? words('error.type.described', { type, description: parentSchema.description })
            : type;
      return expects(path, whole, expected, got);
    }
    case 'required': {
      const missing = [...path, String(params.missingProperty)];
      return new NumbError('NUMB_BAD_REQUEST', 'error.required', { field: fieldOf(missing, whole) }, missing);
    }
    case 'additionalProperties': {
      const extra = [...path, String(params.additionalProperty)];
      const allowed = isRecord(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
      const values: ErrorValues = {
        field: fieldOf(extra, whole),
        whole: fieldOf(path, whole),
        fields: anyOf(tokens(allowed)),
      };
      const key = allowed.length === 0 ? 'error.notExpected.none' : 'error.notExpected';
      return new NumbError('NUMB_BAD_REQUEST', key, values, extra);
    }
    case 'enum':
      return expects(
        path,
        whole,
        words('error.expected.oneOf', { choices: anyOf(tokens(params.allowedValues)) }),
        got,
      );
    case 'const':
      return expects(path, whole, anyOf(tokens(params.allowedValue)), got);
    case 'maxLength':
    case 'minLength': {
      const length = typeof issue.data === 'string' ? [...issue.data].length : undefined;
      const limit = Number(params.limit);
      const expected =
        issue.keyword === 'maxLength'
          ? words('error.expected.atMostCharacters', { max: limit })
          : words('error.expected.atLeastCharacters', { min: limit });
      const came =
        length === undefined
          ? got
          : length === 0
            ? words('error.got.emptyText')
            : words('error.got.characters', { length });
      return expects(path, whole, expected, came);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const expected = words('error.expected.compared', {
        comparison: String(params.comparison),
        limit: Number(params.limit),
      });
      return expects(path, whole, expected, got);
    }
    default: {
      // Ajv's own words for a rule numbcheck's schemas seldom use; they quote no input.
      const problem = typeof issue.message === 'string' ? issue.message : 'does not fit the documented shape';
      return new NumbError(
        'NUMB_BAD_REQUEST',
        'error.schema',
        { field: fieldOf(path, whole), problem, got },
        path,
      );
    }
  }
}

/** Fastify's limit on one parameter of a path (its default); longer ones are refused by the router. */
export const MAX_PARAM_LENGTH = 100;

/** The codes of refusals by @fastify/static (through `send`), which come with a status and no code. */
const FILE_REFUSALS: Readonly<Record<number, { code: ErrorCode; key: ErrorKey }>> = {
  403: { code: 'NUMB_FORBIDDEN_PATH', key: 'error.NUMB_FORBIDDEN_PATH.path' },
  412: { code: 'NUMB_PRECONDITION_FAILED', key: 'error.NUMB_PRECONDITION_FAILED.file' },
  416: { code: 'NUMB_RANGE_NOT_SATISFIABLE', key: 'error.NUMB_RANGE_NOT_SATISFIABLE.file' },
};

function addressOf(request: RequestFacts): string {
  return request.url.split('?')[0] ?? request.url;
}

/** The error any failure of a request stands for, as a NumbError; the status Fastify chose, if it is not the code's. */
function numbErrorOf(error: unknown, request: RequestFacts): { error: NumbError; status?: number } {
  if (error instanceof NumbError) return { error };
  if (isRecord(error) && Array.isArray(error.validation)) {
    const context = typeof error.validationContext === 'string' ? error.validationContext : 'request';
    return { error: validationError(error.validation[0], context) };
  }
  switch (codeOf(error)) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      const bytes = Number(request.contentLength);
      const got =
        Number.isFinite(bytes) && request.contentLength !== undefined
          ? words('error.got.bytes', { bytes })
          : words('error.got.more');
      const expected = words('error.expected.atMostBytes', {
        bytes: request.bodyLimit,
        kib: request.bodyLimit / 1024,
      });
      const field = words('error.field.body');
      return { error: new NumbError('NUMB_BODY_TOO_LARGE', 'error.expects', { field, expected, got }) };
    }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const values = {
        field: words('error.field.body'),
        expected: words('error.expected.json'),
        got: describeValue(request.contentType),
      };
      const path = ['headers', 'content-type'];
      return { error: new NumbError('NUMB_UNSUPPORTED_MEDIA_TYPE', 'error.expects', values, path) };
    }
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { error: new NumbError('NUMB_BAD_JSON', 'error.NUMB_BAD_JSON.body') };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { error: new NumbError('NUMB_BAD_REQUEST', 'error.NUMB_BAD_REQUEST.contentLength') };
    case 'FST_ERR_BAD_URL': {
      const values = {
        field: words('error.field.address'),
        expected: words('error.expected.percentEncoded'),
        got: describeValue(request.url),
      };
      return { error: new NumbError('NUMB_BAD_REQUEST', 'error.expects', values, ['url']) };
    }
    case 'FST_ERR_MAX_PARAM_LENGTH': {
      const values = { max: MAX_PARAM_LENGTH, url: describeValue(request.url) };
      return { error: new NumbError('NUMB_URL_TOO_LONG', 'error.NUMB_URL_TOO_LONG.param', values, ['url']) };
    }
  }
  if (error instanceof SyntaxError) {
    return { error: new NumbError('NUMB_BAD_JSON', 'error.NUMB_BAD_JSON.syntax', { detail: error.message }) };
  }
  const status = statusOf(error);
  const refusal = status === undefined ? undefined : FILE_REFUSALS[status];
  if (refusal) return { error: new NumbError(refusal.code, refusal.key, { path: addressOf(request) }) };
  // Any other client error Fastify raises keeps its status; its message is Fastify's own and quotes no input.
  if (status !== undefined && status >= 400 && status < 500) {
    const values = {
      method: request.method,
      url: request.url,
      detail: error instanceof Error ? error.message : words('error.NUMB_BAD_REQUEST'),
    };
    return { error: new NumbError('NUMB_BAD_REQUEST', 'error.NUMB_BAD_REQUEST.framework', values), status };
  }
  return { error: new NumbError('NUMB_INTERNAL', 'error.NUMB_INTERNAL.bug') };
}

/** The reply for any error a request ended with, in the request's language. */
export function errorReply(error: unknown, request: RequestFacts, language: Language): ErrorReply {
  const found = numbErrorOf(error, request);
  return reply(found.error, language, found.status);
}

/** The reply for an address with no route. */
export function notFoundReply(request: RequestFacts, language: Language): ErrorReply {
  const values = { method: request.method, path: addressOf(request) };
  return reply(new NumbError('NUMB_NOT_FOUND', 'error.NUMB_NOT_FOUND.route', values), language);
}
