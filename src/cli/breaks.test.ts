import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { NumbError } from '../errors.ts';
import { knowledge } from '../knowledge/index.ts';
import { parseCommandLine } from './args.ts';
import { parseBreaksCommandLine } from './breaks-args.ts';
import { type BreaksTerminal, breaksCommand } from './commands/breaks.ts';
import type { Io } from './io.ts';
import { cliEnv, runCli } from './testkit.ts';
import { PLAIN } from './text.ts';

const MIN = 60_000;

function recordingIo(): Io & { output: () => string } {
  let out = '';
  return {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      out += text;
    },
    readStdin: async () => '',
    stdinIsTTY: true,
    text: PLAIN,
    output: () => out,
  };
}

/** A fake terminal: keys and Ctrl-C are pressed by the test; time is the mock clock's. */
function fakeTerminal(): BreaksTerminal & { press: (key: string) => void; interrupt: () => void } {
  let keyHandler: (key: string) => void = () => {};
  let interruptHandler: () => void = () => {};
  return {
    interactive: true,
    now: () => Date.now(),
    utcOffsetMinutes: () => 0,
    onKey(handler) {
      keyHandler = handler;
      return () => {
        keyHandler = () => {};
      };
    },
    onInterrupt(handler) {
      interruptHandler = handler;
      return () => {
        interruptHandler = () => {};
      };
    },
    press: (key) => keyHandler(key),
    interrupt: () => interruptHandler(),
  };
}

describe('numbcheck breaks', () => {
  it('parses its options and refuses bad ones with a usage error', () => {
    assert.deepEqual(parseCommandLine(['breaks', '--micro', '20', '--movement', '45', '--strict']), {
      command: 'breaks',
      microEveryMinutes: 20,
      movementEveryMinutes: 45,
      strict: true,
    });
    assert.deepEqual(parseCommandLine(['breaks', '--help']), { command: 'help', topic: 'breaks' });
    assert.deepEqual(parseCommandLine(['help', 'breaks']), { command: 'help', topic: 'breaks' });
    for (const argv of [['--micro', 'x'], ['--movement', '1'], ['--colour'], ['now']]) {
      assert.throws(
        () => parseBreaksCommandLine(argv),
        (e: unknown) =>
          e instanceof NumbError &&
          e.code === 'NUMB_BAD_USAGE' &&
          e.message.includes('numbcheck breaks --help'),
      );
    }
  });

  it('runs a break on mock timers: the bell and steps at 25 min, done by itself, Ctrl-C prints the day (130)', async () => {
    mock.timers.enable({ apis: ['setInterval', 'Date'], now: Date.UTC(2026, 10, 30, 9, 0) });
    try {
      const io = recordingIo();
      const terminal = fakeTerminal();
      const result = breaksCommand(
        { command: 'breaks', microEveryMinutes: undefined, movementEveryMinutes: undefined, strict: false },
        io,
        knowledge,
        terminal,
      );
      for (let s = 0; s < 25 * 60 - 1; s++) mock.timers.tick(1000);
      assert.ok(!io.output().includes('\u0007'), 'no break before 25 min');
      mock.timers.tick(1000);
      // The bell, the break, the first exercise and its first step (after the countdown line is cleared).
      assert.ok(
        io
          .output()
          .includes(
            '\u0007\nMicro-break: 30 seconds\n\nHand and wrist moves (30 seconds)\n\r\u001b[K   1. Sit or stand',
          ),
        io.output(),
      );
      // The five steps of 6 s each run by themselves.
      for (let s = 0; s < 31; s++) mock.timers.tick(1000);
      assert.match(io.output(), /5\. Let your hands hang/);
      assert.match(io.output(), /Break done\. Well done\. Next: micro-break in 25 minutes\./);
      terminal.interrupt();
      assert.equal(await result, 130);
      assert.match(io.output(), /Stopped\. Today: 1 break taken, 0 skipped, 0 postponed\.\n$/);
    } finally {
      mock.timers.reset();
    }
  });

  it('skips and postpones with keys, and strict mode ignores them', async () => {
    mock.timers.enable({ apis: ['setInterval', 'Date'], now: Date.UTC(2026, 10, 30, 9, 0) });
    try {
      const io = recordingIo();
      const terminal = fakeTerminal();
      const result = breaksCommand(
        { command: 'breaks', microEveryMinutes: 1, movementEveryMinutes: undefined, strict: false },
        io,
        knowledge,
        terminal,
      );
      for (let s = 0; s < 60; s++) mock.timers.tick(1000);
      terminal.press('p');
      assert.match(io.output(), /Break postponed by 5 minutes\./);
      for (let s = 0; s < 5 * 60; s++) mock.timers.tick(1000);
      terminal.press('p');
      assert.doesNotMatch(io.output().split('postponed by')[1] ?? '', /postponed by/, 'only once');
      terminal.press('s');
      assert.match(io.output(), /Break skipped\./);
      terminal.press('\u0003');
      assert.equal(await result, 130);
      assert.match(io.output(), /Today: 0 breaks taken, 1 skipped, 1 postponed\./);

      const strictIo = recordingIo();
      const strictTerminal = fakeTerminal();
      const strict = breaksCommand(
        { command: 'breaks', microEveryMinutes: 1, movementEveryMinutes: undefined, strict: true },
        strictIo,
        knowledge,
        strictTerminal,
      );
      for (let s = 0; s < 62; s++) mock.timers.tick(1000);
      strictTerminal.press('s');
      strictTerminal.press('p');
      assert.doesNotMatch(strictIo.output(), /skipped\.|postponed by/);
      strictTerminal.interrupt();
      assert.equal(await strict, 130);
    } finally {
      mock.timers.reset();
    }
  });

  it('without a terminal prints the schedule and exits 0 (spawned), and --help works', async () => {
    const run = (args: string[]) => runCli(args, { env: cliEnv() });
    const schedule = await run(['breaks', '--micro', '20']);
    assert.equal(schedule.code, 0);
    assert.match(schedule.stdout, /Micro-break +every 20 minutes for 30 seconds: hand and wrist moves/);
    assert.match(schedule.stdout, / {2}in 20 minutes +Micro-break/);
    assert.doesNotMatch(schedule.stdout, /Started\./);
    const help = await run(['breaks', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /numbcheck breaks \[--micro MIN\] \[--movement MIN\] \[--strict\]/);
    assert.ok(MIN > 0);
  });
});
