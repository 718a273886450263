import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * `numbcheck breaks` on a real pseudo-terminal (util-linux `script`): it starts, and Ctrl-C stops it with exit 130,
 * today's breaks and no stack trace. No break comes due here: the schedule itself is tested on mock timers.
 */
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

it('Ctrl-C stops the terminal break coach with exit 130 and the day’s statistics', {
  skip: !hasScript,
}, async () => {
  const command = `stty cols 100 rows 50; exec '${process.execPath}' '${MAIN}' breaks`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' },
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const deadline = Date.now() + 15_000;
  while (!output.includes('Ctrl-C stops.')) {
    if (Date.now() > deadline) throw new Error(`numbcheck breaks did not start; output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.stdin.write('\u0003');
  assert.equal(await exited, 130);
  assert.match(output, /Stopped\. Today: 0 breaks taken, 0 skipped, 0 postponed\./);
  assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+/, 'no stack trace');
});
