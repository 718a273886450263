/**
 * The server under test for bench/http.bench.ts, in a process of its own: the app as `numbcheck serve` builds it,
 * without the request log (the bench measures the API, not the log's output). Prints its port as a JSON line;
 * answers each line "cpu" on standard input with its CPU time so far in microseconds; stops on SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { buildApp, NO_RATE_LIMITS } from '../src/server/index.ts';

// The load generator is one address standing for many clients: the rate limits would answer it with 429s.
const app = await buildApp({ webRoot: '/nonexistent/numbcheck-bench', rateLimits: NO_RATE_LIMITS });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const isAddressInfo = (value: unknown): value is AddressInfo =>
  typeof value === 'object' && value !== null && 'port' in value;
if (!isAddressInfo(address)) throw new Error('not listening on a TCP port');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'cpu') return;
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpu: user + system })}\n`);
});
process.once('SIGTERM', () => {
  process.stdin.destroy();
  void app.close();
});
