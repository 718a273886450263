/**
 * Turns anything a request can go wrong with into numbcheck's error body, `{ "error": { code, message, path } }`, with
 * a message that names the field, what was expected and what came. Fastify's own errors (bad JSON, an oversized body,
 * a wrong content type, a schema failure) get numbcheck codes from src/errors.ts; anything else is a bug, a 500.
 */
import type { ErrorBody } from '../api/index.ts';
import { ERRORS, type ErrorCode, NumbError } from '../errors.ts';

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

type Path = (string | number)[];

function reply(
  code: ErrorCode,
  message: string,
  path: Path = [],
  status: number = ERRORS[code].status,
): ErrorReply {
  return { status, body: { error: { code, message, path } }, internal: status >= 500 };
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

/** A value as a message shows it: strings and numbers as JSON, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function fieldName(path: Path, context: string): string {
  if (path.length === 0) return context === 'body' ? 'the body' : `the ${context}`;
  return `"${path.join('.')}"`;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

function pathOf(instancePath: string): Path {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

function quoted(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : JSON.stringify(values);
}

/**
 * One schema validation issue (Ajv's, with `verbose` on so that it carries the value and its schema) as a message.
 * Only the first issue is reported: Ajv stops there (allErrors is off, against denial of service).
 */
export function describeValidationIssue(issue: unknown, context: string): { message: string; path: Path } {
  if (!isRecord(issue)) return { message: `the ${context} does not fit the documented shape`, path: [] };
  const path = pathOf(typeof issue.instancePath === 'string' ? issue.instancePath : '');
  const params = isRecord(issue.params) ? issue.params : {};
  const parentSchema = isRecord(issue.parentSchema) ? issue.parentSchema : {};
  const got = describeValue(issue.data);
  const field = fieldName(path, context);
  switch (issue.keyword) {
    case 'type': {
      const expected = TYPE_NAMES[String(params.type)] ?? String(params.type);
      const hint =
        path.length === 0 && context === 'body'
          ? 'a JSON object { "answers": { question id: answer, … } }'
          : typeof parentSchema.description === 'string'
            ? `${expected} (${parentSchema.description})`
            : expected;
      return { message: `${field} expects ${hint}, got ${got}`, path };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        message: `${fieldName([...path, missing], context)} is required, got nothing`,
        path: [...path, missing],
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = isRecord(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
      const takes = allowed.length === 0 ? 'no fields' : `only ${quoted(allowed)}`;
      return {
        message: `${fieldName([...path, extra], context)} is not expected: ${field} takes ${takes}`,
        path: [...path, extra],
      };
    }
    case 'enum':
      return { message: `${field} expects one of ${quoted(params.allowedValues)}, got ${got}`, path };
    case 'const':
      return { message: `${field} expects ${quoted(params.allowedValue)}, got ${got}`, path };
    case 'maxLength':
    case 'minLength': {
      const length = typeof issue.data === 'string' ? [...issue.data].length : undefined;
      const limit = Number(params.limit);
      const bound = issue.keyword === 'maxLength' ? 'at most' : 'at least';
      const came =
        length === undefined
          ? got
          : length === 0
            ? 'an empty string'
            : `${length.toLocaleString('en')} characters`;
      return {
        message: `${field} expects ${bound} ${limit.toLocaleString('en')} character${limit === 1 ? '' : 's'}, got ${came}`,
        path,
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { message: `${field} expects a number ${params.comparison} ${params.limit}, got ${got}`, path };
    default: {
      const problem = typeof issue.message === 'string' ? issue.message : 'does not fit the documented shape';
      return { message: `${field} ${problem}, got ${got}`, path };
    }
  }
}

/** Fastify's limit on one parameter of a path (its default); longer ones are refused by the router. */
export const MAX_PARAM_LENGTH = 100;

function kib(bytes: number): string {
  return `${(bytes / 1024).toLocaleString('en')} KiB`;
}

/** The reply for any error a request ended with. */
export function errorReply(error: unknown, request: RequestFacts): ErrorReply {
  if (error instanceof NumbError) return reply(error.code, error.message, error.path);

  const code = codeOf(error);
  if (isRecord(error) && Array.isArray(error.validation)) {
    const context = typeof error.validationContext === 'string' ? error.validationContext : 'request';
    const { message, path } = describeValidationIssue(error.validation[0], context);
    return reply('NUMB_BAD_REQUEST', message, path);
  }
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      const got = request.contentLength === undefined ? 'more' : `${request.contentLength} bytes`;
      return reply(
        'NUMB_BODY_TOO_LARGE',
        `the body expects at most ${request.bodyLimit} bytes (${kib(request.bodyLimit)}), got ${got}`,
      );
    }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return reply(
        'NUMB_UNSUPPORTED_MEDIA_TYPE',
        `the body expects Content-Type application/json, got ${describeValue(request.contentType)}`,
        ['headers', 'content-type'],
      );
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return reply('NUMB_BAD_JSON', 'the body expects valid JSON, an object { "answers": { … } }');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return reply('NUMB_BAD_REQUEST', 'the body expects as many bytes as its Content-Length header says');
    case 'FST_ERR_BAD_URL':
      return reply(
        'NUMB_BAD_REQUEST',
        `the address expects percent-encoded UTF-8 (as encodeURIComponent writes it), got ${describeValue(request.url)}`,
        ['url'],
      );
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return reply(
        'NUMB_BAD_REQUEST',
        `a part of the address expects at most ${MAX_PARAM_LENGTH} characters (an entry id has at most 64), got ` +
          `${describeValue(request.url)}`,
        ['url'],
        414,
      );
  }
  if (error instanceof SyntaxError)
    return reply('NUMB_BAD_JSON', `the body is not valid JSON: ${error.message}`);
  // Any other client error Fastify raises keeps its status; its message is Fastify's own and quotes no input.
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'the request does not fit the documented shape';
    return reply('NUMB_BAD_REQUEST', `${request.method} ${request.url}: ${message}`, [], status);
  }
  return reply(
    'NUMB_INTERNAL',
    'something went wrong inside numbcheck; this is a bug, not a problem with the request: please report it',
  );
}

/** An answer error from `parseAnswers`, with its path and message placed inside the request's `answers`. */
export function inAnswers(error: NumbError): NumbError {
  const path = ['answers', ...error.path];
  if (error.code === 'NUMB_UNKNOWN_QUESTION') {
    return new NumbError(
      error.code,
      `"${path.join('.')}" is not a numbcheck question; GET /api/v1/knowledge lists the question ids`,
      path,
    );
  }
  const field = `"${error.path.join('.')}"`;
  const message = error.message.startsWith(field)
    ? `"${path.join('.')}"${error.message.slice(field.length)}`
    : error.message;
  return new NumbError(error.code, message, path);
}

/** The reply for an address with no route. */
export function notFoundReply(request: RequestFacts): ErrorReply {
  const path = request.url.split('?')[0] ?? request.url;
  return reply(
    'NUMB_NOT_FOUND',
    `there is nothing at ${request.method} ${path}: the API is under /api/v1 and described at /openapi.json`,
  );
}
