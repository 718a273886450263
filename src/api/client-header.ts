/**
 * The header a client without a JSON body (a DELETE, "repeat") sends to show it is not a cross-site form: a change
 * with neither is refused (src/server/request-guard.ts). A file of its own, so that the web app's client takes it
 * without the schemas.
 */
export const CLIENT_HEADER = 'x-numbcheck-client';
