/**
 * What keeps a numbcheck server safe while the person browses other sites:
 *
 * - **Host check.** A page on another site can point its own name at 127.0.0.1 (DNS rebinding) and then talk to the
 *   server as if it were same-origin. Its requests still carry its own name in `Host`, so only the names of the
 *   address the server listens on, and the names configured with `--allowed-host`, are answered.
 * - **Origin check.** A page on another origin can make a browser send a "simple" POST without asking first. API
 *   requests that a browser marks as coming from elsewhere (`Origin`, `Sec-Fetch-Site`) are refused, reads included.
 * - **No simple requests.** A request that changes something must have a JSON body or the `X-Numbcheck-Client`
 *   header: neither can be sent across origins without a CORS pre-flight, which this server never grants.
 *
 * Scripts and the CLI send no `Origin` and no `Sec-Fetch-Site`, so they pass the origin check; they still need JSON or
 * the header for writes.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CLIENT_HEADER } from '../api/index.ts';
import { describeValue, NumbError, words } from '../errors.ts';

export { CLIENT_HEADER };

/** The names every server answers to: this machine's loopback names. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Sec-Fetch-Site` values of requests the app itself makes, or the person types in the address bar. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * The host names a server listening on `listenHost` answers to: the loopback names, the listening address itself
 * (unless it is a wildcard such as 0.0.0.0), and the `extra` names, all lower case. IPv6 addresses are written in
 * brackets, as they appear in a `Host` header.
 */
export function allowedHostNames(listenHost: string, extra: readonly string[] = []): string[] {
  const names = new Set(LOOPBACK_HOSTS);
  const wildcard = listenHost === '0.0.0.0' || listenHost === '::' || listenHost === '';
  if (!wildcard) names.add(bracketed(listenHost.toLowerCase()));
  for (const name of extra) names.add(bracketed(name.toLowerCase()));
  return [...names];
}

function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The name in a `Host` header (or an origin's authority), without its port, lower case. */
export function hostName(authority: string): string {
  const lower = authority.trim().toLowerCase();
  if (lower.startsWith('[')) {
    const end = lower.indexOf(']');
    return end === -1 ? lower : lower.slice(0, end + 1);
  }
  const colon = lower.indexOf(':');
  return colon === -1 ? lower : lower.slice(0, colon);
}

function originAuthority(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function isApi(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/**
 * Refuses an API request the browser says came from another site, and a write that could be a cross-site form. Pages
 * and static files are left alone: a link from another site to the app must open it.
 */
function checkOrigin(request: FastifyRequest): void {
  if (!isApi(request)) return;
  const origin = request.headers.origin;
  const fetchSite = request.headers['sec-fetch-site'];
  const host = request.headers.host ?? '';
  if (typeof origin === 'string') {
    // A page of this server sends its own scheme, name and port; `null` is a sandboxed or privacy-hidden origin.
    if (originAuthority(origin)?.toLowerCase() !== host.toLowerCase()) {
      const values = { origin: JSON.stringify(origin), host };
      throw new NumbError('NUMB_FORBIDDEN_ORIGIN', 'error.NUMB_FORBIDDEN_ORIGIN.origin', values, [
        'headers',
        'origin',
      ]);
    }
  }
  if (typeof fetchSite === 'string' && !OWN_FETCH_SITES.has(fetchSite)) {
    const path = ['headers', 'sec-fetch-site'];
    throw new NumbError(
      'NUMB_FORBIDDEN_ORIGIN',
      'error.NUMB_FORBIDDEN_ORIGIN.fetchSite',
      { site: fetchSite },
      path,
    );
  }
  if (STATE_CHANGING.has(request.method)) {
    // A cross-site form or no-cors fetch can send text/plain (even with an empty body) but never JSON.
    const contentType = request.headers['content-type'];
    if (contentType !== undefined && !/^application\/json\s*(;|$)/i.test(contentType)) {
      const values = {
        field: words('error.field.body'),
        expected: words('error.expected.json'),
        got: describeValue(contentType),
      };
      throw new NumbError('NUMB_UNSUPPORTED_MEDIA_TYPE', 'error.expects', values, [
        'headers',
        'content-type',
      ]);
    }
    if (contentType === undefined && request.headers[CLIENT_HEADER] === undefined) {
      const values = { method: request.method, path: request.url.split('?')[0] ?? '', header: CLIENT_HEADER };
      throw new NumbError('NUMB_FORBIDDEN_ORIGIN', 'error.NUMB_FORBIDDEN_ORIGIN.form', values, [
        'headers',
        CLIENT_HEADER,
      ]);
    }
  }
}

/**
 * Registers the checks as the app's first hook, before any route, static file or body is read. `allowedHosts` is the
 * list from `allowedHostNames`.
 */
export function guardRequests(app: FastifyInstance, allowedHosts: readonly string[]): void {
  const allowed = new Set(allowedHosts);
  const names = [...allowed].join(', ');
  app.addHook('onRequest', async (request) => {
    const host = request.headers.host;
    if (host === undefined || !allowed.has(hostName(host))) {
      const values = { names, host: JSON.stringify(host ?? '') };
      throw new NumbError('NUMB_UNKNOWN_HOST', 'error.NUMB_UNKNOWN_HOST.host', values, ['headers', 'host']);
    }
    checkOrigin(request);
  });
}
