import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { errorOf, useApp } from './testkit.ts';

/** The raw HTTP response a socket received before the server closed it, split into status, headers and body. */
interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

function parseRaw(raw: string): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  assert.ok(end > 0, `an HTTP response, got ${JSON.stringify(raw.slice(0, 200))}`);
  const [statusLine = '', ...lines] = raw.slice(0, end).split('\r\n');
  const headers = new Map(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: raw.slice(end + 4) };
}

/**
 * Sends the request head at once, then the body one byte at a time, one byte every `gapMs`, until the server closes
 * the connection (or the body is all sent); resolves with everything the server wrote.
 */
function dribble(base: string, head: string, body: string, gapMs: number): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let received = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset the connection after its reply; what it wrote is what counts.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve(received);
    });
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent < body.length && socket.writable) socket.write(body[sent++] ?? '');
      }, gapMs);
    });
  });
}

// The timeout option guards against a server that never answers: the assertions are about what it answers, not when.
describe('a slow client', { timeout: 20_000 }, () => {
  const server = useApp({ requestTimeoutMs: 300 });
  const body = JSON.stringify({ answers: { stroke_signs: [], heart_signs: [], other_danger_signs: [] } });
  const head =
    'POST /api/v1/assessments HTTP/1.1\r\n' +
    `Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;

  it('that sends headers and then dribbles its body gets a 408 in numbcheck’s error format', async () => {
    const raw = parseRaw(await dribble(server.base, head, body, 50));
    assert.equal(raw.status, 408);
    assert.match(raw.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(raw.headers.get('connection'), 'close');
    assert.equal(Number(raw.headers.get('content-length')), Buffer.byteLength(raw.body));
    const error = await errorOf(new Response(raw.body));
    assert.equal(error.code, 'NUMB_REQUEST_TIMEOUT');
    assert.match(error.message, /^the request expects its headers and body within 0\.3 seconds/);
  });

  it('that sends its headers slowly gets the same 408', async () => {
    const raw = parseRaw(
      await dribble(
        server.base,
        '',
        `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'a'.repeat(400)}\r\n\r\n`,
        20,
      ),
    );
    assert.equal(raw.status, 408);
    assert.equal((await errorOf(new Response(raw.body))).code, 'NUMB_REQUEST_TIMEOUT');
  });

  it('is not cut off when the whole request comes in time', async () => {
    const raw = parseRaw(
      await dribble(
        server.base,
        `${head.replace('HTTP/1.1\r\n', 'HTTP/1.1\r\nConnection: close\r\n')}${body}`,
        '',
        50,
      ),
    );
    assert.equal(raw.status, 200);
  });

  it('that sends something that is not HTTP gets a 400 in the same format', async () => {
    const raw = parseRaw(await dribble(server.base, 'HELLO THERE\r\n\r\n', '', 50));
    assert.equal(raw.status, 400);
    assert.equal((await errorOf(new Response(raw.body))).code, 'NUMB_BAD_REQUEST');
  });
});
