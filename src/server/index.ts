/** The HTTP server: the JSON API, its OpenAPI document and docs page, and the built web app. */
export type { ErrorBody } from '../api/index.ts';
export {
  type AppOptions,
  BODY_LIMIT,
  buildApp,
  CONTENT_SECURITY_POLICY,
  type LogDestination,
} from './app.ts';
export { NO_RATE_LIMITS, RATE_LIMITS, type RateLimitTable } from './rate-limits.ts';
export { allowedHostNames, CLIENT_HEADER } from './request-guard.ts';
