/**
 * numbcheck's HTTP server: the JSON API under /api/v1, its OpenAPI document and docs page, a health check, and the
 * built web app at /. Assessments are stateless: answered from the knowledge and the request alone. The diary and, on a
 * hosted server, the accounts live in the store.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import packageJson from '../../package.json' with { type: 'json' };
import {
  type AssessmentRequest,
  AssessmentRequestSchema,
  assessmentRequestDocSchema,
  ErrorShared,
  HealthSchema,
  KnowledgeShared,
  type QuestionParams,
  QuestionParamsSchema,
  QuestionShared,
  SHARED_SCHEMAS,
  TextAssessmentSchema,
} from '../api/index.ts';
import { type Answers, assess, parseAnswers } from '../engine/index.ts';
import { bad, inAnswers, NumbError, words } from '../errors.ts';
import { knowledge as defaultKnowledge, type Knowledge } from '../knowledge/index.ts';
import { LANGUAGES } from '../messages/index.ts';
import type { DiaryStore } from '../store/index.ts';
import { mergeAnswers } from '../text/index.ts';
import { identifyRequests } from './auth/identity.ts';
import { registerCompression } from './compression.ts';
import { DOCS_CSS, renderDocsPage } from './docs-page.ts';
import { errorReply, notFoundReply, type RequestFacts } from './error-replies.ts';
import { chooseLanguages, knowledgeIn, languageOf } from './language.ts';
import { AccessLog, LOG_SERIALIZERS } from './logging.ts';
import { RATE_LIMITS, type RateLimitTable, registerRateLimits } from './rate-limits.ts';
import { allowedHostNames, guardRequests } from './request-guard.ts';
import { takeTurns } from './request-turns.ts';
import { accountRoutes } from './routes/account.ts';
import { diaryRoutes } from './routes/diary.ts';
import { fhirRoutes } from './routes/fhir.ts';
import { textRoutes, understand } from './routes/text.ts';
import {
  clientErrorHandler,
  connectionsCheckingInterval,
  DEFAULT_REQUEST_TIMEOUT_MS,
} from './slow-clients.ts';

/** Where a log line goes; a pino destination, for example a stream or `{ write(line) { … } }`. */
export interface LogDestination {
  write(line: string): void;
}

export interface AppOptions {
  /** The folder of the built web app (`npm run build`); default `<repo>/dist/web`. */
  webRoot?: string;
  /** Log one line per request (method, path, status, time; never a body). Default false; `numbcheck serve` turns it on. */
  logger?: boolean;
  /** Where the log goes when `logger` is on; default standard output. */
  logDestination?: LogDestination;
  /** The knowledge to assess with; default numbcheck's own. */
  knowledge?: Knowledge;
  /** Where the diary lives (`numbcheck serve` opens it); without one the diary routes answer 503. */
  store?: DiaryStore;
  /**
   * The host names the server answers to (`allowedHostNames`); a request naming any other host is refused, against
   * DNS rebinding. Default: the loopback names.
   */
  allowedHosts?: readonly string[];
  /**
   * Accounts (`numbcheck serve --accounts`): each person signs in with a passkey and has a diary of their own. Needs a
   * store. Default false: one person, the one at this machine, and no sign-in.
   */
  accounts?: boolean;
  /**
   * Believe the `X-Forwarded-For` and `X-Forwarded-Proto` of a TLS proxy in front (`--trust-proxy`), so that limits
   * count people rather than the proxy, and cookies are marked Secure. Default false.
   */
  trustProxy?: boolean;
  /** The clock of sessions, challenges and diary entries; default the system's. */
  now?: () => Date;
  /** How long a whole request may take to arrive, in milliseconds; slower ones get a 408. Default 30 s. */
  requestTimeoutMs?: number;
  /** Requests per client before a 429; default `RATE_LIMITS` (src/server/rate-limits.ts). */
  rateLimits?: RateLimitTable;
}

/** The largest request body accepted. A full answer set is under 1 KiB; this leaves room and bounds the work. */
export const BODY_LIMIT = 64 * 1024;

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * The Content-Security-Policy of every response: nothing inline, nothing from elsewhere. The web app and the docs
 * page are built for it (no inline script or style).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  // 'wasm-unsafe-eval' lets the browser diary's worker compile SQLite's WebAssembly (src/store/browser/), served from
  // 'self' like every script; it allows no eval() of JavaScript.
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  // The service worker (sw.js) that keeps the app for offline use, the browser diary's SQLite worker, and the web app
  // manifest that makes it installable.
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Browser features the app never uses, switched off for it and anything it could embed. */
const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), interest-cohort=()';

/** Hashed build assets never change under their name; everything else is checked on every load. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const WEB_APP_MISSING = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>numbcheck: web app not built</title>
</head>
<body>
<main>
<h1>The numbcheck web app is not built yet</h1>
<p>Run <code>npm run build</code>, then start the server again (<code>npm start</code> does both).</p>
<p>The HTTP API works without it: see <a href="/docs">/docs</a>.</p>
</main>
</body>
</html>
`;

async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function facts(request: FastifyRequest): RequestFacts {
  const contentLength = request.headers['content-length'];
  return {
    method: request.method,
    url: request.url,
    contentType: request.headers['content-type'],
    contentLength: typeof contentLength === 'string' ? contentLength : undefined,
    // A route may take a larger body than the default (POST /api/v1/import).
    bodyLimit: request.routeOptions.bodyLimit ?? BODY_LIMIT,
  };
}

/** The router refuses a request before any route runs, so the request has no route options to read. */
function routerError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const contentLength = request.headers['content-length'];
  const facts = {
    method: request.method,
    url: request.url,
    contentType: request.headers['content-type'],
    contentLength: typeof contentLength === 'string' ? contentLength : undefined,
    bodyLimit: BODY_LIMIT,
  };
  // No hook has run yet, so the language is chosen here, the same way.
  const language = languageOf(request);
  const { status, body } = errorReply(error, facts, language);
  reply.code(status).header('cache-control', 'no-store').header('content-language', language).send(body);
}

function errorResponses(...statuses: number[]): Record<number, typeof ErrorShared.ref> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorShared.ref]));
}

/** Builds the server, ready to `listen`. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const knowledge = options.knowledge ?? defaultKnowledge;
  const readableKnowledge = knowledgeIn(knowledge);
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: options.logger
      ? {
          level: 'info',
          serializers: LOG_SERIALIZERS,
          ...(options.logDestination ? { stream: options.logDestination } : {}),
        }
      : false,
    logController: new AccessLog(),
    bodyLimit: BODY_LIMIT,
    // The router's own refusals (bad percent-encoding, an over-long parameter) in numbcheck's error format.
    frameworkErrors: routerError,
    // A slow or stalled client cannot hold a connection open for ever (src/server/slow-clients.ts). Node enforces
    // the timeout on a request's body only when it is given to createServer: Fastify's own `requestTimeout` is set on
    // the server afterwards, where it covers the headers alone.
    requestTimeout,
    http: {
      requestTimeout,
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: connectionsCheckingInterval(requestTimeout),
    },
    clientErrorHandler: clientErrorHandler(requestTimeout),
    trustProxy: options.trustProxy ?? false,
    ajv: {
      customOptions: {
        // The schemas are the contract: no silent removal of unknown fields and no coercion of wrong types.
        removeAdditional: false,
        coerceTypes: false,
        // The failing value and its schema, for messages that say what was expected and what came.
        verbose: true,
      },
    },
  });

  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  // Responses are written with JSON.stringify, not fast-json-stringify: for the 16 KB assessment it measured faster
  // (no per-character escaping in JavaScript), and it cannot drop a field the schema forgot. The response schemas
  // document the API; the tests check real responses against the published OpenAPI document.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
  // Before the guards, so that their refusals are written in the request's language.
  chooseLanguages(app);
  guardRequests(app, options.allowedHosts ?? allowedHostNames('127.0.0.1'));
  takeTurns(app);
  await app.register(cookie);
  if (options.accounts && !options.store)
    throw new Error('a server with accounts needs a store to keep them in');
  const now = options.now ?? (() => new Date());
  // Before the rate limits, which count a signed-in person by their account.
  identifyRequests(app, { accounts: options.accounts && options.store ? options.store.accounts : null, now });
  await registerRateLimits(app, options.rateLimits ?? RATE_LIMITS);
  await registerCompression(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'numbcheck HTTP API',
        version: packageJson.version,
        description:
          'Assess hand and arm numbness: a triage level with its reasons, the likely causes with why, what a ' +
          `doctor may check, and a self-care plan. ${knowledge.notice}\n\n` +
          'Errors are `{ "error": { code, message, path } }`; each code has one HTTP status (the table below). ' +
          'Messages are written in English or Russian: `?lang=en|ru` (or the `lang` field of a JSON body) if given, ' +
          'else the best of the Accept-Language header by its q-values, else English. Every API reply names its ' +
          'language in Content-Language; codes and paths are the same in every language.',
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });

  // JSON is the only body the API reads. Parsing here (not Fastify's default parser) lets a syntax error say where
  // it is. Values are only ever read with Object.entries and never merged into other objects, so a "__proto__" key
  // is just an unknown question id.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(
        new NumbError('NUMB_BAD_JSON', 'error.expects', {
          field: words('error.field.body'),
          expected: words('error.expected.jsonBody'),
          got: words('error.got.nothing'),
        }),
        undefined,
      );
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      done(new NumbError('NUMB_BAD_JSON', 'error.NUMB_BAD_JSON.syntax', { detail }), undefined);
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const { status, body, internal } = errorReply(error, facts(request), request.language);
    if (internal) request.log.error({ err: error }, 'internal error');
    return reply.code(status).header('cache-control', 'no-store').send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const { status, body } = notFoundReply(facts(request), request.language);
    return reply.code(status).header('cache-control', 'no-store').send(body);
  });

  // The API ---------------------------------------------------------------------------------------------------

  const documentedRequest = assessmentRequestDocSchema(knowledge);
  app.post<{ Body: AssessmentRequest }>(
    '/api/v1/assessments',
    {
      schema: {
        operationId: 'assess',
        summary: 'Assess a set of answers, a person’s own words, or both',
        description:
          'Answers may be partial: `next` names the question that would help most now and `unscreened` the danger ' +
          'signs not yet answered. Each answer is checked against its question; an error names the field, what it ' +
          'expects and what came. `text` (the person’s own words) is read as `POST /api/v1/parse` reads it and ' +
          'merged with `answers`, which win; the result then adds `understood`, the findings with their words. ' +
          'With text alone, `triage.level` is the level for what is known, and `unscreened` lists the danger ' +
          'signs the text did not settle: an interactive client must still ask them.',
        body: AssessmentRequestSchema,
        response: { 200: TextAssessmentSchema, ...errorResponses(400, 413, 415) },
      },
      config: {
        // The body is validated as `{ answers: object }` and then question by question by the engine; the OpenAPI
        // document shows every question's answer, generated from the knowledge.
        swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: documentedRequest }, url }),
      },
    },
    async (request, reply) => {
      const { text } = request.body;
      if (request.body.answers === undefined && text === undefined) {
        throw new NumbError('NUMB_BAD_REQUEST', 'error.expects', {
          field: words('error.field.body'),
          expected: words('error.expected.answersOrText'),
          got: words('error.got.neither'),
        });
      }
      let answers: Answers = {};
      try {
        if (request.body.answers !== undefined) answers = parseAnswers(request.body.answers, knowledge);
      } catch (error) {
        throw error instanceof NumbError ? inAnswers(error) : error;
      }
      const readable = readableKnowledge(request.language);
      const understood = text === undefined ? undefined : understand(text, readable, request.body.lang);
      if (understood !== undefined) answers = mergeAnswers(understood.answers, answers);
      // An assessment is health information: no cache may keep it.
      reply.header('cache-control', 'no-store');
      const assessment = assess(answers, readable);
      return understood === undefined ? assessment : { ...assessment, understood: understood.findings };
    },
  );

  await app.register(textRoutes, { knowledgeIn: readableKnowledge });
  await app.register(diaryRoutes, { store: options.store, knowledge, knowledgeIn: readableKnowledge, now });
  await app.register(accountRoutes, { enabled: options.accounts ?? false, store: options.store, now });
  await app.register(fhirRoutes, { knowledgeIn: readableKnowledge });

  // Made once per language: the knowledge is large and the same for every request in a language.
  const knowledgeJson = new Map(
    LANGUAGES.map((language) => [language, JSON.stringify(readableKnowledge(language))]),
  );
  app.get(
    '/api/v1/knowledge',
    {
      schema: {
        operationId: 'getKnowledge',
        summary: 'The knowledge base',
        description: 'Causes, findings, questions, triage rules, tests, specialists, exercises and sources.',
        response: { 200: KnowledgeShared.ref },
      },
    },
    async (request, reply) =>
      reply.type('application/json; charset=utf-8').send(knowledgeJson.get(request.language)),
  );

  app.get<{ Params: QuestionParams }>(
    '/api/v1/questions/:id',
    {
      schema: {
        operationId: 'getQuestion',
        summary: 'One question',
        description: `The question ids: ${knowledge.questions.map((q) => `\`${q.id}\``).join(', ')}.`,
        params: QuestionParamsSchema,
        response: { 200: QuestionShared.ref, ...errorResponses(404) },
      },
    },
    async (request) => {
      const question = readableKnowledge(request.language).questions.find(
        ({ id }) => id === request.params.id,
      );
      if (question) return question;
      throw bad('NUMB_QUESTION_NOT_FOUND', ['id'], words('error.expected.questionId'), request.params.id);
    },
  );

  const health = { status: 'ok', knowledgeVersion: knowledge.version } as const;
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'health',
        summary: 'Health check',
        response: { 200: HealthSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return health;
    },
  );

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  let docsPage: string | undefined;
  app.get('/docs', { schema: { hide: true } }, async (_request, reply) => {
    docsPage ??= renderDocsPage(app.swagger());
    return reply.type('text/html; charset=utf-8').send(docsPage);
  });
  app.get('/docs/docs.css', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(DOCS_CSS),
  );

  // The web app -------------------------------------------------------------------------------------------------

  const webRootExists = await fileExists(webRoot);
  if (webRootExists) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: false,
      dotfiles: 'ignore',
      cacheControl: false,
      // The build writes a .br and a .gz copy of every text file; the one the request accepts is sent.
      preCompressed: true,
      setHeaders: (reply, path) => {
        reply.header('cache-control', isHashedAsset(webRoot, path) ? IMMUTABLE : 'no-cache');
      },
    });
  }
  const indexFile = join(webRoot, 'index.html');
  app.get('/', { schema: { hide: true } }, async (_request: FastifyRequest, reply: FastifyReply) => {
    if (webRootExists && (await fileExists(indexFile))) return reply.sendFile('index.html');
    return reply
      .code(503)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(WEB_APP_MISSING);
  });

  return app;
}

/** Vite puts content-hashed files under assets/. */
function isHashedAsset(webRoot: string, path: string): boolean {
  return path.startsWith(join(webRoot, 'assets/'));
}
