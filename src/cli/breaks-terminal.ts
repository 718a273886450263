import type { BreaksTerminal } from './commands/breaks.ts';

/**
 * The real terminal for `numbcheck breaks`: keys in raw mode when standard input is a terminal (so that Enter, s and
 * p work without a line), Ctrl-C as a key in raw mode and as SIGINT otherwise.
 */
export function processTerminal(): BreaksTerminal {
  return {
    interactive: process.stdout.isTTY === true,
    now: () => Date.now(),
    utcOffsetMinutes: (now) => -new Date(now).getTimezoneOffset(),
    onKey(handler) {
      const stdin = process.stdin;
      if (!stdin.isTTY) return () => {};
      const onData = (data: Buffer): void => handler(data.toString('utf8'));
      stdin.setRawMode(true);
      stdin.resume();
      stdin.on('data', onData);
      return () => {
        stdin.off('data', onData);
        stdin.setRawMode(false);
        stdin.pause();
      };
    },
    onInterrupt(handler) {
      process.once('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  };
}
