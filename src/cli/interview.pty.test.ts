import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The interview in a real pseudo-terminal: util-linux `script` runs the CLI on a pty and relays our keystrokes to
 * it, so inquirer sees a terminal just as a person's would. Skipped where `script` is missing.
 */
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

const KEY = { down: '\u001b[B', up: '\u001b[A', enter: '\r', space: ' ', ctrlC: '\u0003' } as const;

function quote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

class Terminal {
  private output = '';
  private readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;

  constructor(args: string[], env: NodeJS.ProcessEnv = { LANG: 'C.UTF-8' }) {
    const command = `stty cols 100 rows 50; exec ${[process.execPath, MAIN, ...args].map(quote).join(' ')}`;
    const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...rest, NO_COLOR: '1', TERM: 'xterm', ...env },
    });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.output += chunk;
    });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      this.output += chunk;
    });
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** What the terminal showed, without escape sequences. */
  get screen(): string {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal escape sequences
    return this.output.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
  }

  /** Waits until the text has appeared `count` times in total. */
  async waitFor(text: string, count = 1, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.screen.split(text).length - 1 < count) {
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${JSON.stringify(text)} (×${count}); screen:\n${this.screen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.child.stdin.write(key);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  kill(): void {
    this.child.kill();
  }
}

describe('numbcheck assess in a terminal', {
  skip: hasScript ? false : 'util-linux script is not installed',
}, () => {
  it('ends at once on the emergency screen when the face droops', async (t) => {
    const term = new Terminal(['assess']);
    t.after(() => term.kill());
    await term.waitFor('Tick which apply');
    await term.press(KEY.enter);
    await term.waitFor('Tick each one that applies');
    // Face drooping is the first item.
    await term.press(KEY.space, KEY.enter);
    await term.waitFor('EMERGENCY');
    assert.equal(await term.exited, 0);
    const screen = term.screen;
    assert.match(screen, /!!! EMERGENCY — /);
    assert.match(screen, /What to do now/);
    assert.doesNotMatch(screen, /Safety check 2 of/, 'no further question is asked');
    assert.doesNotMatch(screen, /Likely causes/);
  });

  it('goes back to change an answer with the arrow keys', async (t) => {
    const term = new Terminal(['assess']);
    t.after(() => term.kill());
    await term.waitFor('Tick which apply');
    // "None of these" for the stroke signs.
    await term.press(KEY.down, KEY.enter);
    await term.waitFor('Safety check 2 of');
    await term.waitFor('Tick which apply', 2);
    // "← Back" is the last choice: up from the first one wraps round to it.
    await term.press(KEY.up, KEY.enter);
    await term.waitFor('Safety check 1 of', 2);
    await term.waitFor('Tick which apply', 3);
    // The cursor starts on the previous answer ("None of these"): up once to "Tick which apply".
    await term.press(KEY.up, KEY.enter);
    await term.waitFor('Tick each one that applies');
    await term.press(KEY.down, KEY.space, KEY.enter);
    await term.waitFor('EMERGENCY');
    assert.equal(await term.exited, 0);
  });

  it('asks in Russian with --lang ru, and in the language of LANG without it', async (t) => {
    for (const [args, env] of [
      [['--lang', 'ru', 'assess'], { LANG: 'C.UTF-8' }],
      [['assess'], { LANG: 'ru_RU.UTF-8' }],
    ] as const) {
      const term = new Terminal([...args], env);
      t.after(() => term.kill());
      await term.waitFor('Отметить подходящие');
      assert.match(term.screen, /numbcheck — почему немеют руки\?/);
      assert.match(term.screen, /Проверка безопасности 1 из/);
      assert.match(term.screen, /Ничего из этого/);
      assert.match(term.screen, /Не знаю/);
      await term.press(KEY.enter);
      await term.waitFor('Отметьте всё, что подходит');
      await term.press(KEY.space, KEY.enter);
      await term.waitFor('ЭКСТРЕННО');
      assert.equal(await term.exited, 0);
      assert.match(term.screen, /!!! ЭКСТРЕННО — /);
      assert.match(term.screen, /Что делать сейчас/);
      assert.doesNotMatch(term.screen, /Tick which apply|Safety check/);
    }
  });

  it('exits with 130 and no stack trace on Ctrl-C', async (t) => {
    const term = new Terminal(['assess']);
    t.after(() => term.kill());
    await term.waitFor('Tick which apply');
    await term.press(KEY.ctrlC);
    assert.equal(await term.exited, 130);
    assert.match(term.screen, /Stopped/);
    assert.doesNotMatch(term.screen, /\n\s+at /);
  });
});
