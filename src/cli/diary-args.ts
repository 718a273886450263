import { parseArgs } from 'node:util';
import { NumbError } from '../errors.ts';

/** What `numbcheck diary …` was asked to do. */
export type DiaryAction =
  | 'add'
  | 'exposure'
  | 'assessment'
  | 'bctq'
  | 'list'
  | 'stats'
  | 'report'
  | 'export'
  | 'import'
  | 'delete-all';

export const DIARY_ACTIONS: readonly DiaryAction[] = [
  'add',
  'exposure',
  'assessment',
  'bctq',
  'list',
  'stats',
  'report',
  'export',
  'import',
  'delete-all',
];

/** The options of `numbcheck diary`, as typed (values are checked by the action). */
export interface DiaryOptions {
  data?: string;
  /** --server URL: the diary of your account on a numbcheck server, with the token in NUMBCHECK_TOKEN. */
  server?: string;
  when?: string;
  minutes?: string;
  hand?: string;
  fingers: string[];
  palm: boolean;
  back: boolean;
  arm: string[];
  activity: string[];
  severity?: string;
  symptom: string[];
  intervention: string[];
  note?: string;
  exposure?: string;
  episodes?: string;
  repeat: boolean;
  from?: string;
  to?: string;
  json: boolean;
  format?: string;
  out?: string;
  yes: boolean;
}

export interface DiaryCommand {
  command: 'diary';
  action: DiaryAction;
  /** The positional arguments after the action: the exposure kind, or the file to read. */
  args: string[];
  options: DiaryOptions;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  data: { type: 'string' },
  server: { type: 'string' },
  when: { type: 'string' },
  minutes: { type: 'string' },
  hand: { type: 'string' },
  fingers: { type: 'string' },
  palm: { type: 'boolean' },
  back: { type: 'boolean' },
  arm: { type: 'string' },
  activity: { type: 'string' },
  severity: { type: 'string' },
  symptom: { type: 'string' },
  intervention: { type: 'string' },
  note: { type: 'string' },
  exposure: { type: 'string' },
  episodes: { type: 'string' },
  repeat: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  yes: { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

const ENTRY = ['when', 'minutes', 'note'] as const;
const EPISODE = [
  ...ENTRY,
  'hand',
  'fingers',
  'palm',
  'back',
  'arm',
  'activity',
  'severity',
  'symptom',
  'intervention',
  'exposure',
  'repeat',
  'json',
] as const;

/** Which options each action takes; `--data`, `--server` and `--help` are taken everywhere. */
const ACCEPTS: Record<DiaryAction, readonly OptionName[]> = {
  add: EPISODE,
  exposure: [...ENTRY, 'intervention', 'episodes', 'json'],
  assessment: ['json'],
  bctq: ['json'],
  list: ['from', 'to', 'json'],
  stats: ['json'],
  report: ['from', 'to', 'json'],
  export: ['format', 'out'],
  import: [],
  'delete-all': ['yes'],
};

/** Options that may be given more than once, or as a comma-separated list. */
const LISTS = new Set<OptionName>(['fingers', 'arm', 'activity', 'symptom', 'intervention']);

function usage(message: string): NumbError {
  return new NumbError('NUMB_BAD_USAGE', `${message}\nRun 'numbcheck diary --help' for usage.`);
}

function isAction(value: string | undefined): value is DiaryAction {
  return DIARY_ACTIONS.some((action) => action === value);
}

/** Reads the arguments after `numbcheck diary`. Throws a `NUMB_BAD_USAGE` NumbError for anything it does not know. */
export function parseDiaryCommandLine(
  argv: readonly string[],
): DiaryCommand | { command: 'help'; topic: 'diary' } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const options: DiaryOptions = {
    fingers: [],
    palm: false,
    back: false,
    arm: [],
    activity: [],
    symptom: [],
    intervention: [],
    repeat: false,
    json: false,
    yes: false,
  };
  const seen = new Set<OptionName>();
  let help = false;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const name = token.name;
    if (!isOptionName(name)) throw usage(`unknown option '${token.rawName}'`);
    seen.add(name);
    if (name === 'help') {
      help = true;
      continue;
    }
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined)
        throw usage(`option '${token.rawName}' takes no value, got '${token.value}'`);
      if (name === 'palm' || name === 'back' || name === 'repeat' || name === 'json' || name === 'yes')
        options[name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--'))) {
      throw usage(`option '${token.rawName}' needs a value`);
    }
    if (LISTS.has(name)) {
      const items = value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      if (
        name === 'fingers' ||
        name === 'arm' ||
        name === 'activity' ||
        name === 'symptom' ||
        name === 'intervention'
      ) {
        options[name].push(...items);
      }
      continue;
    }
    if (
      name === 'data' ||
      name === 'server' ||
      name === 'when' ||
      name === 'minutes' ||
      name === 'hand' ||
      name === 'severity' ||
      name === 'note' ||
      name === 'exposure' ||
      name === 'episodes' ||
      name === 'from' ||
      name === 'to' ||
      name === 'format' ||
      name === 'out'
    ) {
      if (options[name] !== undefined) throw usage(`option '--${name}' is given twice`);
      options[name] = value;
    }
  }
  const [action, ...args] = positionals;
  if (help || action === undefined) return { command: 'help', topic: 'diary' };
  if (!isAction(action))
    throw usage(`unknown diary command '${action}': the diary commands are ${DIARY_ACTIONS.join(', ')}`);
  for (const name of seen) {
    if (name !== 'data' && name !== 'server' && name !== 'help' && !ACCEPTS[action].includes(name)) {
      throw usage(`'numbcheck diary ${action}' has no option '--${name}'`);
    }
  }
  const wanted =
    action === 'exposure' || action === 'assessment' || action === 'bctq' || action === 'import' ? 1 : 0;
  if (args.length < wanted) {
    const what =
      action === 'exposure'
        ? 'a kind of period (run, working_day, night, …)'
        : 'a file name (- for standard input)';
    throw usage(`'numbcheck diary ${action}' needs ${what}`);
  }
  if (args.length > wanted) throw usage(`unexpected argument '${args[wanted]}'`);
  if (options.data === '') throw usage("option '--data' needs a folder");
  if (options.data !== undefined && options.server !== undefined) {
    throw usage(
      "'--data' (a diary on this machine) and '--server' (a diary on a server) cannot both be given",
    );
  }
  if (options.server !== undefined && !/^https?:\/\/[^/\s]+/.test(options.server)) {
    throw usage(
      `option '--server' needs the server's address, such as https://numbcheck.example.org, got '${options.server}'`,
    );
  }
  return { command: 'diary', action, args, options };
}
