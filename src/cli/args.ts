import { parseArgs } from 'node:util';
import { allOf, describeValue, type ErrorValue, words } from '../errors.ts';
import type { Language, Translate } from '../messages/index.ts';
import { type BreaksCommand, parseBreaksCommandLine } from './breaks-args.ts';
import { unexpected, usage } from './cli-errors.ts';
import { type DiaryCommand, parseDiaryCommandLine } from './diary-args.ts';
import { takeLanguageOption } from './language.ts';

/**
 * What the person asked the command line to do, and `lang`, the language of `--lang` when given: numbcheck speaks it,
 * and reads `assess --text` in it (without it, the text's letters show its language).
 */
export type Command = ParsedCommand & { lang?: Language };

type ParsedCommand =
  | { command: 'help'; topic: HelpTopic }
  | { command: 'version' }
  | {
      command: 'assess';
      answersFile: string | undefined;
      json: boolean;
      text: string | undefined;
    }
  | { command: 'knowledge'; check: boolean; json: boolean }
  | ({ command: 'serve' } & ServeCommandOptions)
  | DiaryCommand
  | BreaksCommand;

/** What `numbcheck serve` was asked for; the optional fields are there only when given. */
export interface ServeCommandOptions {
  host: string | undefined;
  port: number | undefined;
  data?: string;
  /** --accounts: every person signs in, and has a diary of their own. */
  accounts?: true;
  /** --allowed-host, once per name: more names the server answers to. */
  allowedHosts?: string[];
  /** --trust-proxy: a TLS proxy in front says the client's address and protocol. */
  trustProxy?: true;
}

export type HelpTopic = 'main' | 'assess' | 'knowledge' | 'serve' | 'diary' | 'breaks';

const COMMANDS = ['assess', 'knowledge', 'serve'] as const;
type CommandName = (typeof COMMANDS)[number];

function isCommandName(name: string | undefined): name is CommandName {
  return COMMANDS.some((command) => command === name);
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  answers: { type: 'string', short: 'a' },
  text: { type: 'string', short: 't' },
  json: { type: 'boolean' },
  host: { type: 'string' },
  port: { type: 'string', short: 'p' },
  data: { type: 'string' },
  accounts: { type: 'boolean' },
  'allowed-host': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/** Which options each command accepts; `--help` and `--version` are accepted everywhere. */
const ACCEPTS: Record<CommandName, readonly OptionName[]> = {
  assess: ['answers', 'json', 'text'],
  knowledge: ['json'],
  serve: ['host', 'port', 'data', 'accounts', 'allowed-host', 'trust-proxy'],
};

/** Every command, for the messages that list them. */
const ALL_COMMANDS = [...COMMANDS, 'diary', 'breaks'];

/**
 * Reads a TCP port number: a whole number from 0 to 65535 (0 lets the system pick a free port). `source` names where
 * it came from in the message, for example "--port" or "the PORT environment variable".
 */
export function parsePort(text: string, source: ErrorValue): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    const problem = words('error.expects', {
      field: source,
      expected: words('error.NUMB_BAD_USAGE.port'),
      got: JSON.stringify(text),
    });
    throw usage(problem, 'serve');
  }
  return port;
}

/**
 * Reads the command line (without the node and script paths). Throws a `NUMB_BAD_USAGE` NumbError, whose message
 * names the problem and where to find help, for anything it does not understand.
 */
export function parseCommandLine(argv: readonly string[]): Command {
  // --lang belongs to every command, so it is taken out before any command reads its own options.
  const { lang, rest } = takeLanguageOption(argv);
  const command = parseCommand(rest);
  return lang === undefined ? command : { ...command, lang };
}

function parseCommand(argv: readonly string[]): ParsedCommand {
  // The diary has options of its own (src/cli/diary-args.ts).
  if (argv[0] === 'diary') return parseDiaryCommandLine(argv.slice(1));
  // So has the terminal break coach (src/cli/breaks-args.ts).
  if (argv[0] === 'breaks') return parseBreaksCommandLine(argv.slice(1));
  // Non-strict parsing with tokens lets the messages say exactly what was wrong, in numbcheck's words.
  const { tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const positionals: string[] = [];
  const seen = new Set<OptionName>();
  let answersFile: string | undefined;
  let text: string | undefined;
  let host: string | undefined;
  let port: number | undefined;
  let data: string | undefined;
  const allowedHosts: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const name = token.name;
    if (!isOptionName(name))
      throw usage(
        words('error.NUMB_BAD_USAGE.unknownOption', { option: token.rawName }),
        topicOf(positionals[0]),
      );
    if (OPTIONS[name].type === 'boolean' && token.value !== undefined) {
      const problem = words('error.NUMB_BAD_USAGE.takesNoValue', {
        option: token.rawName,
        value: token.value,
      });
      throw usage(problem, topicOf(positionals[0]));
    }
    if (name === 'answers') {
      const value = token.value;
      if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) {
        throw usage(words('error.NUMB_BAD_USAGE.needsFile', { option: token.rawName }), 'assess');
      }
      answersFile = value;
    }
    if (name === 'text') {
      const value = token.value;
      if (value === undefined || value.trim() === '' || (!token.inlineValue && value.startsWith('--'))) {
        throw usage(words('error.NUMB_BAD_USAGE.needsWords', { option: token.rawName }), 'assess');
      }
      text = value;
    }
    if (name === 'host' || name === 'port') {
      const value = token.value;
      if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) {
        const problem = words('error.NUMB_BAD_USAGE.needsValueLike', {
          option: token.rawName,
          example: EXAMPLES[name],
        });
        throw usage(problem, 'serve');
      }
      if (name === 'host') host = value;
      else port = parsePort(value, token.rawName);
    }
    if (name === 'data') {
      // The same option as `numbcheck diary --data` (src/cli/diary-args.ts).
      const value = token.value;
      if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) {
        throw usage(words('error.NUMB_BAD_USAGE.needsFolder', { option: '--data' }), 'serve');
      }
      data = value;
    }
    if (name === 'allowed-host') {
      const value = token.value;
      if (value === undefined || !/^[a-z0-9.-]+$|^\[?[0-9a-f:.]+\]?$/i.test(value)) {
        throw usage(words('error.NUMB_BAD_USAGE.allowedHost', { got: describeValue(value) }), 'serve');
      }
      allowedHosts.push(value);
    }
    seen.add(name);
  }

  const [first, ...rest] = positionals;
  if (first === 'help') {
    if (rest.length > 1) throw usage(unexpected(rest[1]));
    const topic = rest[0];
    if (topic === undefined) return { command: 'help', topic: 'main' };
    if (isCommandName(topic) || topic === 'diary' || topic === 'breaks') return { command: 'help', topic };
    throw usage(words('error.NUMB_BAD_USAGE.noHelpOn', { topic, commands: allOf(ALL_COMMANDS) }));
  }
  if (first === undefined) {
    for (const name of seen) {
      if (name !== 'help' && name !== 'version')
        throw usage(words('error.NUMB_BAD_USAGE.optionOfCommand', { name }));
    }
    if (seen.has('help')) return { command: 'help', topic: 'main' };
    if (seen.has('version')) return { command: 'version' };
    return { command: 'help', topic: 'main' };
  }
  if (!isCommandName(first)) {
    throw usage(
      words('error.NUMB_BAD_USAGE.unknownCommand', {
        command: first,
        commands: allOf([...ALL_COMMANDS, 'help']),
      }),
    );
  }
  if (seen.has('help')) return { command: 'help', topic: first };
  if (seen.has('version')) return { command: 'version' };
  for (const name of seen) {
    if (!ACCEPTS[first].includes(name)) {
      throw usage(
        words('error.NUMB_BAD_USAGE.noSuchOption', { command: `numbcheck ${first}`, option: `--${name}` }),
        first,
      );
    }
  }

  const json = seen.has('json');
  if (first === 'assess') {
    if (rest.length > 0) throw usage(unexpected(rest[0]), 'assess');
    if (json && answersFile === undefined && text === undefined) {
      throw usage(words('error.NUMB_BAD_USAGE.jsonNeedsInput'), 'assess');
    }
    return { command: 'assess', answersFile, json, text };
  }
  if (first === 'serve') {
    if (rest.length > 0) throw usage(unexpected(rest[0]), 'serve');
    return {
      command: 'serve',
      host,
      port,
      ...(data === undefined ? {} : { data }),
      ...(seen.has('accounts') ? { accounts: true } : {}),
      ...(allowedHosts.length > 0 ? { allowedHosts } : {}),
      ...(seen.has('trust-proxy') ? { trustProxy: true } : {}),
    };
  }
  const [sub, ...extra] = rest;
  if (sub !== undefined && sub !== 'check') {
    throw usage(words('error.NUMB_BAD_USAGE.unknownKnowledge', { command: sub }), 'knowledge');
  }
  if (extra.length > 0) throw usage(unexpected(extra[0]), 'knowledge');
  if (sub === 'check' && json) {
    throw usage(
      words('error.NUMB_BAD_USAGE.noSuchOption', { command: 'numbcheck knowledge check', option: '--json' }),
      'knowledge',
    );
  }
  return { command: 'knowledge', check: sub === 'check', json };
}

function topicOf(command: string | undefined): HelpTopic {
  return isCommandName(command) ? command : 'main';
}

const EXAMPLES = { host: '--host 0.0.0.0 --accounts', port: '--port 8080' };

/** An answers file, as the assess help shows it: code, not words, so the same in every language. */
const ANSWERS_EXAMPLE = `  { "stroke_signs": [], "heart_signs": { "chest_pain": "absent" },
    "hand_map": { "right": { "palm": ["thumb", "index", "middle"] } },
    "age": 42, "pattern": "episodes" }`;

/** BCTQ answers, as the diary help shows them. */
const BCTQ_EXAMPLE = '{ "numbness": 3, … }';

/** The help texts, one per topic, in the person's language. Exit codes are documented here because scripts rely on them. */
export function helpText(topic: HelpTopic, t: Translate): string {
  const exitCodes = t('cli.help.exitCodes');
  switch (topic) {
    case 'assess':
      return t('cli.help.assess', { exitCodes, example: ANSWERS_EXAMPLE });
    case 'knowledge':
      return t('cli.help.knowledge', { exitCodes });
    case 'serve':
      return t('cli.help.serve');
    case 'diary':
      return t('cli.help.diary', { example: BCTQ_EXAMPLE });
    case 'breaks':
      return t('cli.help.breaks');
    case 'main':
      return t('cli.help.main', { exitCodes });
  }
}
