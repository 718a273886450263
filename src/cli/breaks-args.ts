import { parseArgs } from 'node:util';
import { describeValue, type NumbError, type Words, words } from '../errors.ts';
import { unexpected, usage as usageOf } from './cli-errors.ts';

/** What `numbcheck breaks` was asked to do. */
export interface BreaksCommand {
  command: 'breaks';
  /** Minutes between micro-breaks, when given (--micro). */
  microEveryMinutes: number | undefined;
  /** Minutes between movement breaks, when given (--movement). */
  movementEveryMinutes: number | undefined;
  strict: boolean;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  micro: { type: 'string' },
  movement: { type: 'string' },
  strict: { type: 'boolean' },
} as const;

function usage(problem: Words): NumbError {
  return usageOf(problem, 'breaks');
}

function minutes(raw: string | undefined, option: string, min: number, max: number): number {
  const value = raw !== undefined && /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) {
    const expected = words('error.expected.wholeNumberOf', { unit: words('error.unit.minutes'), min, max });
    throw usage(words('error.expects', { field: option, expected, got: describeValue(raw) }));
  }
  return value;
}

/** Reads `numbcheck breaks …` (without the word `breaks`). */
export function parseBreaksCommandLine(
  argv: readonly string[],
): BreaksCommand | { command: 'help'; topic: 'breaks' } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let help = false;
  let strict = false;
  let micro: number | undefined;
  let movement: number | undefined;
  for (const token of tokens) {
    if (token.kind === 'positional') throw usage(unexpected(token.value));
    if (token.kind === 'option-terminator') continue;
    if (token.name === 'help') help = true;
    else if (token.name === 'strict') {
      if (token.value !== undefined)
        throw usage(
          words('error.NUMB_BAD_USAGE.takesNoValue', { option: token.rawName, value: token.value }),
        );
      strict = true;
    } else if (token.name === 'micro') micro = minutes(token.value, token.rawName, 1, 240);
    else if (token.name === 'movement') movement = minutes(token.value, token.rawName, 5, 480);
    else
      throw usage(
        words('error.NUMB_BAD_USAGE.noSuchOption', { command: 'numbcheck breaks', option: token.rawName }),
      );
  }
  if (help) return { command: 'help', topic: 'breaks' };
  return { command: 'breaks', microEveryMinutes: micro, movementEveryMinutes: movement, strict };
}
