/** Running autocannon (a dev dependency) as its own process, and reading its JSON report, for the HTTP benchmarks. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const AUTOCANNON = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number of autocannon's report, by its keys (`'latency', 'p99'`). */
export function numberAt(report: unknown, ...keys: string[]): number {
  let current = report;
  for (const key of keys) current = isRecord(current) ? current[key] : undefined;
  if (typeof current !== 'number') throw new Error(`autocannon's output has no ${keys.join('.')}`);
  return current;
}

/**
 * Loads `url` with `connections` connections for `seconds` seconds (more autocannon options in `args`) and returns
 * its JSON report. A separate process, so that the load generator does not share the bench's event loop.
 */
export async function runAutocannon(
  url: string,
  connections: number,
  seconds: number,
  args: readonly string[] = [],
): Promise<unknown> {
  const child = spawn(
    process.execPath,
    [AUTOCANNON, '--json', '--no-progress', '-c', String(connections), '-d', String(seconds), ...args, url],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`autocannon exited with ${code}`);
  return JSON.parse(output);
}
