/**
 * Slow and broken connections, which Node's HTTP server handles before any route runs: a request whose headers or
 * body do not arrive whole within the request timeout (a client that sends headers and then dribbles its body holds
 * a connection and a parser for as long as it likes otherwise), and requests too malformed to parse. They are
 * answered in numbcheck's error format, then the connection is closed.
 */
import type { Socket } from 'node:net';
import type { ErrorBody } from '../api/index.ts';
import type { ErrorCode } from '../errors.ts';

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

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${value.toLocaleString('en')} second${value === 1 ? '' : 's'}`;
}

interface Refusal {
  status: number;
  reason: string;
  code: ErrorCode;
  message: string;
}

function refusalFor(error: NodeJS.ErrnoException, requestTimeoutMs: number): Refusal {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        reason: 'Request Timeout',
        code: 'NUMB_REQUEST_TIMEOUT',
        message:
          `the request expects its headers and body within ${seconds(requestTimeoutMs)}, got less in that time: ` +
          'send the whole request again (a slow or stalled connection is closed)',
      };
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        reason: 'Request Header Fields Too Large',
        code: 'NUMB_BAD_REQUEST',
        message: 'the request headers expect at most 16 KiB, got more',
      };
    default:
      return {
        status: 400,
        reason: 'Bad Request',
        code: 'NUMB_BAD_REQUEST',
        message: 'the request expects HTTP/1.1 as RFC 9112 writes it, got something that does not parse',
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
    const { status, reason, code, message } = refusalFor(error, requestTimeoutMs);
    const body: ErrorBody = { error: { code, message, path: [] } };
    const json = JSON.stringify(body);
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${reason}\r\n` +
          'Content-Type: application/json; charset=utf-8\r\n' +
          `Content-Length: ${Buffer.byteLength(json)}\r\n` +
          'Cache-Control: no-store\r\n' +
          'Connection: close\r\n\r\n' +
          json,
      );
    }
    socket.destroy(error);
  };
}
