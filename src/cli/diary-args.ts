import { parseArgs } from 'node:util';
import { allOf, type NumbError, type Words, words } from '../errors.ts';
import { unexpected, usage as usageOf } from './cli-errors.ts';

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
  /** --pdf FILE: the doctor report written as a PDF. */
  pdf?: string;
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
  pdf: { type: 'string' },
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
  report: ['from', 'to', 'json', 'pdf'],
  export: ['format', 'out'],
  import: [],
  'delete-all': ['yes'],
};

/** Options that may be given more than once, or as a comma-separated list. */
const LISTS = new Set<OptionName>(['fingers', 'arm', 'activity', 'symptom', 'intervention']);

function usage(problem: Words): NumbError {
  return usageOf(problem, 'diary');
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
    if (!isOptionName(name))
      throw usage(words('error.NUMB_BAD_USAGE.unknownOption', { option: token.rawName }));
    seen.add(name);
    if (name === 'help') {
      help = true;
      continue;
    }
    if (OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined)
        throw usage(
          words('error.NUMB_BAD_USAGE.takesNoValue', { option: token.rawName, value: token.value }),
        );
      if (name === 'palm' || name === 'back' || name === 'repeat' || name === 'json' || name === 'yes')
        options[name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--'))) {
      throw usage(words('error.NUMB_BAD_USAGE.needsValue', { option: token.rawName }));
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
      name === 'out' ||
      name === 'pdf'
    ) {
      if (options[name] !== undefined)
        throw usage(words('error.NUMB_BAD_USAGE.givenTwice', { option: `--${name}` }));
      options[name] = value;
    }
  }
  const [action, ...args] = positionals;
  if (help || action === undefined) return { command: 'help', topic: 'diary' };
  if (!isAction(action))
    throw usage(
      words('error.NUMB_BAD_USAGE.unknownDiary', { command: action, commands: allOf(DIARY_ACTIONS) }),
    );
  for (const name of seen) {
    if (name !== 'data' && name !== 'server' && name !== 'help' && !ACCEPTS[action].includes(name)) {
      const command = `numbcheck diary ${action}`;
      throw usage(words('error.NUMB_BAD_USAGE.noSuchOption', { command, option: `--${name}` }));
    }
  }
  const wanted =
    action === 'exposure' || action === 'assessment' || action === 'bctq' || action === 'import' ? 1 : 0;
  if (args.length < wanted) {
    const needs =
      action === 'exposure' ? 'error.NUMB_BAD_USAGE.needsKind' : 'error.NUMB_BAD_USAGE.needsFileName';
    throw usage(words(needs, { command: `numbcheck diary ${action}` }));
  }
  if (args.length > wanted) throw usage(unexpected(args[wanted]));
  if (options.data === '') throw usage(words('error.NUMB_BAD_USAGE.needsFolder', { option: '--data' }));
  if (options.data !== undefined && options.server !== undefined) {
    throw usage(words('error.NUMB_BAD_USAGE.dataOrServer'));
  }
  if (options.server !== undefined && !/^https?:\/\/[^/\s]+/.test(options.server)) {
    throw usage(words('error.NUMB_BAD_USAGE.server', { got: options.server }));
  }
  return { command: 'diary', action, args, options };
}
