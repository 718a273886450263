/**
 * For the CLI's tests: the real CLI run as a child process with the Node that runs the tests (standard input a pipe,
 * so never a terminal), and `numbcheck serve` started until it prints its URL.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** src/cli/main.ts, what `npm run numbcheck` runs. */
export const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
/** bin/numbcheck.js, what an installed `numbcheck` runs. */
export const BIN = fileURLToPath(new URL('../../bin/numbcheck.js', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The variables that choose the language numbcheck speaks when --lang is not given. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'];

/**
 * The environment of a spawned numbcheck: this process's, without the variables named in `drop`, with NO_COLOR=1,
 * the C locale (so that it speaks English whatever the machine's language), and then `set`.
 */
export function cliEnv(set: NodeJS.ProcessEnv = {}, drop: readonly string[] = []): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [...drop, ...LOCALE_VARIABLES]) delete env[name];
  return { ...env, NO_COLOR: '1', LANG: 'C.UTF-8', ...set };
}

export interface RunOptions {
  /** The whole environment of the child (see cliEnv); this process's when not given. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Written to standard input, which is then closed. */
  input?: string;
  /** The script to run: MAIN unless given. */
  script?: string;
}

/** Runs the real CLI to its end and collects its standard output, standard error and exit code. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.script ?? MAIN, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export interface Served {
  child: ChildProcessWithoutNullStreams;
  /** The URL the server printed, for example http://127.0.0.1:40123/ */
  url: string;
  stdout: () => string;
  stderr: () => string;
}

/** Starts `numbcheck serve …args` and waits (for as long as it takes) until it prints its URL. */
export async function startServe(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Served> {
  const child = spawn(process.execPath, [MAIN, 'serve', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /numbcheck is running at (http:\/\/\S+\/) \(Ctrl-C to stop\)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`numbcheck serve exited with ${code}: ${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr };
}

/** The exit code of the child, once it has exited (null when a signal ended it). */
export async function exitCodeOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const [code] = await once(child, 'exit');
  return typeof code === 'number' ? code : null;
}

/** Sends SIGTERM to the server and returns its exit code. */
export function stopServe(server: Served): Promise<number | null> {
  server.child.kill('SIGTERM');
  return exitCodeOf(server.child);
}

/** A short carpal tunnel story as an answers file: no danger signs, thumb to middle finger, waking at night. */
export const CARPAL_TUNNEL_FILE = {
  stroke_signs: [],
  heart_signs: [],
  other_danger_signs: [],
  risk_history: [],
  hand_map: { right: { palm: ['thumb', 'index', 'middle'] } },
  positions: ['night_waking'],
} as const;
