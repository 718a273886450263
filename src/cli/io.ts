import type { TextOptions } from './text.ts';

/** What a command may touch of the outside world; main.ts gives the real one, tests a recording one. */
export interface Io {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads all of standard input. */
  readStdin(): Promise<string>;
  /** Whether standard input is a terminal a person can answer questions on. */
  stdinIsTTY: boolean;
  text: TextOptions;
}
