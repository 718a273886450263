/** For tests: what is made before the tests of a file or suite and undone after them. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';

/**
 * Runs `start` before the tests of the file or `describe` it is called in, and `stop` on what it made after them.
 * Returns a function that gives what `start` made, for the tests (it throws before `start` has run).
 */
export function duringSuite<T>(
  what: string,
  start: () => Promise<T>,
  stop: (made: T) => Promise<void>,
): () => T {
  let made: { value: T } | undefined;
  before(async () => {
    made = { value: await start() };
  });
  after(async () => {
    if (made !== undefined) await stop(made.value);
  });
  return () => {
    if (made === undefined) throw new Error(`${what} has not started yet`);
    return made.value;
  };
}

/**
 * A new temporary folder for the file or `describe` it is called in (its name starts with `prefix`), filled by
 * `fill`, and removed after the tests.
 */
export function useTempDir(prefix: string, fill?: (dir: string) => Promise<void>): () => string {
  return duringSuite(
    'the temporary folder',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      try {
        await fill?.(dir);
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
      return dir;
    },
    (dir) => rm(dir, { recursive: true, force: true }),
  );
}
