/**
 * HTTP benchmark: requests per second and latency (p50, p99) of `POST /api/v1/assessments` against the trivial route
 * `GET /healthz` of the same server in the same run. The budget (DESIGN.md) is that the assessments route keeps at
 * least 60 % of the trivial route's rate. It is judged on a full answer set (a finished interview, what a client
 * sends at the end); the same story's answers as written (danger screen not yet answered) are measured too, to
 * separate the HTTP cost from the engine's, whose time per call for each body is printed as well.
 *
 * The machine has 2 cores, so the server (bench/http-server.ts) and the load generator (autocannon's CLI) run in
 * separate processes: one core each, instead of sharing one event loop. Each round runs both routes one after the
 * other, 10 connections for BENCH_SECONDS (default 10) seconds each, after a short warm-up; 3 rounds; the figures
 * are the medians. The server's CPU time per request is reported too: on a shared two-core machine it is steadier
 * than the rates, and it shows where the time goes. Run with `npm run bench`; results go into docs/benchmarks.md by hand, with this command.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type Answers, assess, nextQuestion, parseAnswers } from '../src/engine/index.ts';
import { knowledge } from '../src/knowledge/index.ts';
import { numberAt, runAutocannon } from './autocannon.ts';
import { median } from './statistics.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = 3;
const CONNECTIONS = 10;
const BUDGET = 0.6;
const CASE = 'D07';

const SERVER = fileURLToPath(new URL('./http-server.ts', import.meta.url));

/**
 * What the web app sends at the end of an interview: the answers of one development story, given to the questions
 * the interview asks, ticking none of the danger signs the story does not mention.
 */
function storyAnswers(caseId: string): Answers {
  const file = JSON.parse(readFileSync(new URL(`../examples/cases/${caseId}.json`, import.meta.url), 'utf8'));
  return parseAnswers(file.answers, knowledge);
}

function interviewAnswers(caseId: string): Answers {
  const story = storyAnswers(caseId);
  const answers: Answers = {};
  for (let q = nextQuestion(answers, knowledge); q; q = nextQuestion(answers, knowledge)) {
    answers[q.id] = story[q.id] ?? (q.dangerScreen ? [] : 'unknown');
  }
  return answers;
}

interface Target {
  name: string;
  path: string;
  args: string[];
  /** The answers posted, if any. */
  answers?: Answers;
}

interface Result {
  rps: number;
  p50: number;
  p99: number;
  /** The server's CPU time per request, in microseconds. */
  cpu: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Server {
  child: ChildProcess;
  port: number;
  /** The server's CPU time so far, in microseconds. */
  cpu(): Promise<number>;
}

async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, [SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
  if (!child.stdout || !child.stdin) throw new Error('no pipes to the server');
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (key: string): Promise<number> => {
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      const message: unknown = JSON.parse(line.value);
      const value = isRecord(message) ? message[key] : undefined;
      if (typeof value === 'number') return value;
    }
    throw new Error('the server exited');
  };
  const port = await next('port');
  const stdin = child.stdin;
  return {
    child,
    port,
    cpu: () => {
      stdin.write('cpu\n');
      return next('cpu');
    },
  };
}

async function autocannon(server: Server, target: Target, seconds: number): Promise<Result> {
  const url = `http://127.0.0.1:${server.port}${target.path}`;
  const cpuBefore = await server.cpu();
  const result = await runAutocannon(url, CONNECTIONS, seconds, target.args);
  const non2xx = isRecord(result) ? result.non2xx : undefined;
  const errors = isRecord(result) ? result.errors : undefined;
  if (non2xx !== 0 || errors !== 0)
    throw new Error(`${target.name}: ${non2xx} non-2xx answers, ${errors} errors`);
  const cpu = (await server.cpu()) - cpuBefore;
  return {
    cpu: cpu / numberAt(result, 'requests', 'total'),
    rps: numberAt(result, 'requests', 'average'),
    p50: numberAt(result, 'latency', 'p50'),
    p99: numberAt(result, 'latency', 'p99'),
  };
}

/** Microseconds per `assess()` call in this process, median of 5 rounds of 2,000 after a warm-up. */
function engineMicroseconds(answers: Answers): number {
  const round = (): number => {
    const start = performance.now();
    for (let i = 0; i < 2000; i++) assess(answers, knowledge);
    return ((performance.now() - start) / 2000) * 1000;
  };
  round();
  return median(Array.from({ length: 5 }, round));
}

function post(name: string, answers: Answers): Target {
  const body = JSON.stringify({ answers });
  return {
    name,
    path: '/api/v1/assessments',
    args: ['-m', 'POST', '-H', 'content-type=application/json', '-b', body],
    answers,
  };
}

const full = interviewAnswers(CASE);
const targets: Target[] = [
  { name: 'GET /healthz (trivial)', path: '/healthz', args: [] },
  post(
    `POST /api/v1/assessments, ${CASE} full (${Object.keys(full).length} answers, finished interview)`,
    full,
  ),
  post(
    `POST /api/v1/assessments, ${CASE} as written (partial, danger screen not answered)`,
    storyAnswers(CASE),
  ),
];

const server = await startServer();
try {
  const base = `http://127.0.0.1:${server.port}`;
  const check = await fetch(`${base}/api/v1/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: full }),
  });
  const assessment: unknown = await check.json();
  if (check.status !== 200 || !isRecord(assessment) || assessment.next !== null) {
    throw new Error(`the full answer set is not a finished interview: ${check.status}`);
  }
  for (const target of targets) await autocannon(server, target, 2); // warm-up: JIT and connections

  const results = new Map<string, Result[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of targets) results.get(target.name)?.push(await autocannon(server, target, SECONDS));
  }

  console.log(
    `node ${process.version}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per route, ` +
      'latency in whole milliseconds (autocannon)',
  );
  const trivial = median((results.get(targets[0]?.name ?? '') ?? []).map((r) => r.rps));
  for (const [i, target] of targets.entries()) {
    const rounds = results.get(target.name) ?? [];
    const rps = median(rounds.map((r) => r.rps));
    console.log(
      `${target.name}: ${Math.round(rps).toLocaleString('en')} req/s ` +
        `(rounds ${rounds.map((r) => Math.round(r.rps).toLocaleString('en')).join(', ')}), ` +
        `latency p50 ${median(rounds.map((r) => r.p50))} ms, p99 ${median(rounds.map((r) => r.p99))} ms, ` +
        `server CPU ${median(rounds.map((r) => r.cpu)).toFixed(0)} µs per request`,
    );
    if (target.answers) {
      const bytes = JSON.stringify(assess(target.answers, knowledge)).length;
      const ratio = rps / trivial;
      const verdict = i === 1 ? ` — budget ≥ ${BUDGET * 100} %: ${ratio >= BUDGET ? 'met' : 'NOT met'}` : '';
      console.log(
        `  ${(ratio * 100).toFixed(0)} % of the trivial route${verdict}; ` +
          `assess() ${engineMicroseconds(target.answers).toFixed(0)} µs per call in-process, response ${bytes.toLocaleString('en')} bytes`,
      );
    }
  }
} finally {
  server.child.kill('SIGTERM');
}
