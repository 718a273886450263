/**
 * Slow and broken connections, which Node's HTTP server handles before any route runs: a request whose headers or
 * body do not arrive whole within the request timeout (a client that sends headers and then dribbles its body holds
 * a connection and a parser for as long as it likes otherwise), and requests too malformed to parse. They are
 * answered in numbcheck's error format, then the connection is closed.
 */
import type { Socket } from 'node:net';
import type { ErrorBody } from '../api/index.ts';
import { NumbError } from '../errors.ts';

/** How long a whole request (headers and body) may take to arrive, unless AppOptions say otherwise. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * How often Node checks connections against the request timeout. Its default, 30 s, lets a 30 s timeout run to 60 s
 * and makes a short one meaningless; a tenth of the timeout (at most a second) keeps the overshoot small at the cost
 * of one pass over the open connections.
 */
export function connectionsCheckingInterval(requestTimeoutMs: number): number {
  return Math.max(10, Math.min(1000, Math.floor(requestTimeoutMs / 10)));
}

interface Refusal {
  reason: string;
  error: NumbError;
}

/** What Node refused, as an error; the client sent no usable headers, so its language is unknown: English. */
function refusalFor(error: NodeJS.ErrnoException, requestTimeoutMs: number): Refusal {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT': {
      const seconds = requestTimeoutMs / 1000;
      const refusal = new NumbError('NUMB_REQUEST_TIMEOUT', 'error.NUMB_REQUEST_TIMEOUT.slow', { seconds });
      return { reason: 'Request Timeout', error: refusal };
    }
    case 'HPE_HEADER_OVERFLOW':
      return {
        reason: 'Request Header Fields Too Large',
        error: new NumbError('NUMB_HEADERS_TOO_LARGE', 'error.NUMB_HEADERS_TOO_LARGE.limit'),
      };
    default:
      return {
        reason: 'Bad Request',
        error: new NumbError('NUMB_BAD_REQUEST', 'error.NUMB_BAD_REQUEST.http'),
      };
  }
}

/** Fastify's `clientErrorHandler`: the reply written straight to the socket, as Node leaves it to us. */
export function clientErrorHandler(
  requestTimeoutMs: number,
): (error: NodeJS.ErrnoException, socket: Socket) => void {
  return (error, socket) => {
    // The client has gone; nothing can be told to it.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const { reason, error: refusal } = refusalFor(error, requestTimeoutMs);
    const status = refusal.status;
    const body: ErrorBody = { error: { code: refusal.code, message: refusal.message, path: [] } };
    const json = JSON.stringify(body);
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${reason}\r\n` +
          'Content-Type: application/json; charset=utf-8\r\n' +
          `Content-Length: ${Buffer.byteLength(json)}\r\n` +
          'Cache-Control: no-store\r\n' +
          'Content-Language: en\r\n' +
          'Connection: close\r\n\r\n' +
          json,
      );
    }
    socket.destroy(error);
  };
}
