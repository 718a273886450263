/**
 * How many requests one client may make: a general limit on every route, and stricter ones where a request is
 * expensive (an import parses up to 16 MiB) or guesses at something (signing in). A client over a limit gets a 429
 * in numbcheck's error format with `Retry-After`.
 *
 * The counts are kept in memory, per process (@fastify/rate-limit's local store): enough for one server; behind a
 * load balancer each instance counts on its own, so a client gets up to the limit times the number of instances.
 * A shared store (Redis) would make them one. Each counter table holds at most `TRACKED_CLIENTS` clients, the least
 * recent dropped first, so memory stays bounded whatever the number of addresses.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NumbError } from '../errors.ts';
import { identityOf } from './auth/identity.ts';

/** At most `max` requests per client in any window of `windowMs` milliseconds. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface RateLimitTable {
  /** Every route without a limit of its own. */
  default: RateLimit;
  /** The web app's files: its page and every file of the build. */
  files: RateLimit;
  /** `POST /api/v1/import`. */
  import: RateLimit;
  /** Signing in and the other `POST /api/v1/auth/…` routes. */
  signIn: RateLimit;
}

const MINUTE = 60_000;

export const RATE_LIMITS: RateLimitTable = {
  // The web app makes a few requests per screen, and a page load about ten; 600 a minute (10 a second, sustained
  // for a minute) is far beyond a person using it, and stops one client from taking the server for itself.
  default: { max: 600, windowMs: MINUTE },
  // A first visit fetches the page and then, for the offline copy, every file of the build (about fifty); files are
  // sent as they lie on disk, precompressed. 3,000 a minute lets sixty people behind one address (a clinic's) open
  // the app for the first time in the same minute, and still stops one client from flooding the server.
  files: { max: 3000, windowMs: MINUTE },
  // An import is a rare act (moving a diary, restoring a copy); ten in 15 minutes leaves room for a few corrected
  // retries, and bounds the parsing of 16 MiB bodies one client can ask for.
  import: { max: 10, windowMs: 15 * MINUTE },
  // OWASP's guidance against password guessing: a handful of attempts, then a wait. Ten in 15 minutes.
  signIn: { max: 10, windowMs: 15 * MINUTE },
};

const NO_LIMIT: RateLimit = { max: 1_000_000_000, windowMs: MINUTE };

/**
 * No limits, for load generators and fuzzing, where one address stands for many clients and a 429 would stop the
 * requests reaching what is measured.
 */
export const NO_RATE_LIMITS: RateLimitTable = {
  default: NO_LIMIT,
  files: NO_LIMIT,
  import: NO_LIMIT,
  signIn: NO_LIMIT,
};

/** The web app's routes: its page, and the static files of the build (@fastify/static's wildcard route). */
const WEB_APP_FILES = new Set(['/', '/*']);

/** Routes whose own limit replaces the default one. */
function limitOf(method: string | string[], url: string): keyof RateLimitTable | undefined {
  const methods = Array.isArray(method) ? method : [method];
  if (WEB_APP_FILES.has(url)) return 'files';
  if (!methods.includes('POST')) return undefined;
  if (url === '/api/v1/import') return 'import';
  if (url.startsWith('/api/v1/auth/')) return 'signIn';
  return undefined;
}

/** Routes never limited: a load balancer polls the health check, and it must answer however busy the server is. */
const UNLIMITED = new Set(['/healthz']);

const TRACKED_CLIENTS = 10_000;

/**
 * Whom a request counts against: the signed-in account (wherever its requests come from, and so that people behind
 * one clinic's address do not share one limit), else the client's address (behind a proxy trusted with
 * --trust-proxy, the address it forwards).
 */
export function rateLimitKey(request: FastifyRequest): string {
  const identity = identityOf(request);
  return identity.kind === 'account' ? `account ${identity.account.id}` : `address ${request.ip}`;
}

function tooMany(limit: RateLimit, retryAfterMs: number): NumbError {
  const values = {
    max: limit.max,
    window: Math.ceil(limit.windowMs / 1000),
    retry: Math.ceil(retryAfterMs / 1000),
  };
  return new NumbError('NUMB_TOO_MANY_REQUESTS', 'error.NUMB_TOO_MANY_REQUESTS.wait', values);
}

/** Registers the limits on `app`; call it before the routes, which it limits as they are added. */
export async function registerRateLimits(app: FastifyInstance, table: RateLimitTable): Promise<void> {
  // Runs before the plugin's own onRoute hook (added next), which reads `config.rateLimit`.
  app.addHook('onRoute', (route) => {
    if (UNLIMITED.has(route.url)) {
      route.config = { ...route.config, rateLimit: false };
      return;
    }
    const name = limitOf(route.method, route.url);
    if (name === undefined) return;
    const limit = table[name];
    route.config = {
      ...route.config,
      rateLimit: {
        max: limit.max,
        timeWindow: limit.windowMs,
        errorResponseBuilder: (_request, context) => tooMany(limit, context.ttl),
      },
    };
  });
  await app.register(rateLimit, {
    global: true,
    max: table.default.max,
    timeWindow: table.default.windowMs,
    keyGenerator: rateLimitKey,
    cache: TRACKED_CLIENTS,
    errorResponseBuilder: (_request, context) => tooMany(table.default, context.ttl),
  });
}
