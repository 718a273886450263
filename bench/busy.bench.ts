/**
 * A busy server: `/healthz` latency while 2,000 connections read a large diary's episode list. The budget (DESIGN.md)
 * is a p99 of at most 100 ms: a load balancer's health check must keep answering however busy the diary routes are,
 * or it takes a working server out of service.
 *
 * The server (bench/busy-server.ts, a SQLite diary of 15,000 episodes) and the load generator (autocannon's CLI,
 * 2,000 connections on `GET /api/v1/episodes`) run as separate processes; this process only probes `/healthz`, one
 * request at a time on a connection of its own (opened before the load), every 10 ms, and times each answer. Each round runs the load for
 * BENCH_SECONDS (default 10) seconds after a warm-up; 3 rounds per listing; medians. The same probe on the idle server
 * gives the quiet figure of the same run. Run with `npm run bench`; results go into docs/benchmarks.md by hand, with
 * this command.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { numberAt, runAutocannon } from './autocannon.ts';
import { median } from './statistics.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BUSY_CONNECTIONS ?? 2000);
const ROUNDS = 3;
const PROBE_EVERY_MS = 10;
const BUDGET_MS = 100;

const SERVER = fileURLToPath(new URL('./busy-server.ts', import.meta.url));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function startServer(): Promise<{ child: ChildProcess; port: number; episodes: number }> {
  const child = spawn(process.execPath, [SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  if (!child.stdout) throw new Error('no pipe from the server');
  for await (const line of createInterface({ input: child.stdout })) {
    const message: unknown = JSON.parse(line);
    if (isRecord(message) && typeof message.port === 'number' && typeof message.episodes === 'number') {
      return { child, port: message.port, episodes: message.episodes };
    }
  }
  throw new Error('the server exited before listening');
}

/** One GET on the probe's own keep-alive connection; resolves with the milliseconds to the whole answer. */
function probeOnce(port: number, agent: Agent): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`/healthz answered ${res.statusCode}`));
        else resolve(performance.now() - start);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Probes /healthz until `done` resolves; the latencies in milliseconds. The probe's connection is opened before the
 * load starts and kept: a new connection made while 2,000 others connect at once waits in the kernel's SYN queue
 * for seconds (retransmissions at 1, 3, 7 s …), which measures the load generator's connection storm, not the server.
 */
async function probe(port: number, agent: Agent, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.then(() => {
    finished = true;
  });
  const latencies: number[] = [];
  while (!finished) {
    latencies.push(await probeOnce(port, agent));
    await sleep(PROBE_EVERY_MS);
  }
  return latencies;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(port: number, path: string, seconds: number): Promise<Load> {
  const result = await runAutocannon(`http://127.0.0.1:${port}${path}`, CONNECTIONS, seconds);
  return {
    rps: numberAt(result, 'requests', 'average'),
    p50: numberAt(result, 'latency', 'p50'),
    p99: numberAt(result, 'latency', 'p99'),
    non2xx: numberAt(result, 'non2xx'),
    errors: numberAt(result, 'errors'),
  };
}

const server = await startServer();
try {
  console.log(
    `busy server: ${server.episodes.toLocaleString('en')} episodes in SQLite, ${CONNECTIONS} connections, ` +
      `${SECONDS} s per round, ${ROUNDS} rounds (median)`,
  );
  const agent = new Agent({ keepAlive: true, maxSockets: 1, keepAliveMsecs: 1000 });
  const quiet = await probe(server.port, agent, sleep(3000));
  console.log(
    `/healthz, idle server: p50 ${percentile(quiet, 50).toFixed(1)} ms, p99 ${percentile(quiet, 99).toFixed(1)} ms`,
  );
  const listings = [
    { name: 'GET /api/v1/episodes (default page, 100)', path: '/api/v1/episodes?newestFirst=true' },
    {
      name: 'GET /api/v1/episodes?limit=500 (largest page)',
      path: '/api/v1/episodes?newestFirst=true&limit=500',
    },
  ];
  for (const listing of listings) {
    await load(server.port, listing.path, 2); // warm-up: JIT and connections
    const rounds: { health: number[]; load: Load }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await probeOnce(server.port, agent); // the probe's connection is open before the load starts
      const running = load(server.port, listing.path, SECONDS);
      const health = await probe(server.port, agent, running);
      rounds.push({ health, load: await running });
    }
    const p99s = rounds.map((r) => percentile(r.health, 99));
    console.log(`\n${listing.name}`);
    console.log(
      `  /healthz under load: p50 ${median(rounds.map((r) => percentile(r.health, 50))).toFixed(1)} ms, ` +
        `p99 ${median(p99s).toFixed(1)} ms (rounds: ${p99s.map((p) => p.toFixed(1)).join(', ')}), ` +
        `max ${Math.max(...rounds.flatMap((r) => r.health)).toFixed(1)} ms, ` +
        `${median(rounds.map((r) => r.health.length))} probes per round; budget p99 ≤ ${BUDGET_MS} ms: ` +
        `${median(p99s) <= BUDGET_MS ? 'met' : 'NOT met'}`,
    );
    console.log(
      `  the listing: ${Math.round(median(rounds.map((r) => r.load.rps))).toLocaleString('en')} requests/s, ` +
        `latency p50 ${median(rounds.map((r) => r.load.p50))} ms, p99 ${median(rounds.map((r) => r.load.p99))} ms, ` +
        `non-2xx ${rounds.map((r) => r.load.non2xx).join('/')}, errors ${rounds.map((r) => r.load.errors).join('/')}`,
    );
  }
} finally {
  server.child.kill('SIGTERM');
  await once(server.child, 'exit');
}
