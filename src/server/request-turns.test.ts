import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { RequestTurns } from './request-turns.ts';
import { useApp } from './testkit.ts';

/** Holds the event loop as a synchronous SQLite read of a large page does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

describe('request turns', () => {
  it('start requests one at a time, first come first served, and drop those whose client is gone', async () => {
    const turns = new RequestTurns();
    const order: string[] = [];
    const take = (name: string, gone = false) =>
      turns.take(() => gone).then((started) => order.push(`${name}:${started}`));
    await Promise.all([take('a'), take('b', true), take('c'), take('d')]);
    assert.deepEqual(order, ['a:true', 'b:false', 'c:true', 'd:true']);
    assert.equal(turns.waiting, 0);
  });

  describe('on a real server', () => {
    const server = useApp({}, (app) => {
      app.get('/api/v1/slow', async () => {
        busy(10);
        return { done: true };
      });
    });
    it('answers the health check ahead of slow requests that came first', async () => {
      const { hostname, port } = new URL(server.base);
      const answered: string[] = [];
      // Raw sockets, all connected before any request is written, so that every request reaches the server at once.
      const sockets = await Promise.all(
        Array.from({ length: 41 }, async () => {
          const socket = connect({ host: hostname, port: Number(port) });
          await once(socket, 'connect');
          return socket;
        }),
      );
      // One answered request on each first, so that the server has taken every connection in and reads them all.
      await Promise.all(
        sockets.map(async (socket) => {
          socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
          await once(socket, 'data');
        }),
      );
      const replies = sockets.map((socket, i) => {
        const name = i === 40 ? 'healthz' : `slow-${i}`;
        socket.once('data', () => {
          answered.push(name);
          socket.destroy();
        });
        return once(socket, 'close');
      });
      sockets.forEach((socket, i) => {
        const path = i === 40 ? '/healthz' : `/api/v1/slow?i=${i}`;
        socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      });
      await Promise.all(replies);
      const place = answered.indexOf('healthz');
      assert.ok(place >= 0 && place < 20, `/healthz was answered after ${place} of the 40 slow requests`);
    });
  });
});
