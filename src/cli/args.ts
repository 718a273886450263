import { parseArgs } from 'node:util';
import { allOf, anyOf, describeValue, type ErrorValue, words } from '../errors.ts';
import { isLanguage, LANGUAGES, type Language } from '../text/index.ts';
import { BREAKS_HELP, type BreaksCommand, parseBreaksCommandLine } from './breaks-args.ts';
import { unexpected, usage } from './cli-errors.ts';
import { DIARY_HELP, type DiaryCommand, parseDiaryCommandLine } from './diary-args.ts';

/** What the person asked the command line to do. */
export type Command =
  | { command: 'help'; topic: HelpTopic }
  | { command: 'version' }
  | {
      command: 'assess';
      answersFile: string | undefined;
      json: boolean;
      text: string | undefined;
      /** --lang: the language of the words; without it, the one their letters show. */
      lang?: Language;
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
  lang: { type: 'string' },
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
  assess: ['answers', 'json', 'text', 'lang'],
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
  let lang: Language | undefined;
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
    if (name === 'lang') {
      const value = token.value;
      if (!isLanguage(value)) {
        const problem = words('error.expects', {
          field: '--lang',
          expected: words('error.expected.oneOf', { choices: anyOf(LANGUAGES) }),
          got: describeValue(value),
        });
        throw usage(problem, 'assess');
      }
      lang = value;
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
    if (lang !== undefined && text === undefined)
      throw usage(words('error.NUMB_BAD_USAGE.langWithText'), 'assess');
    return { command: 'assess', answersFile, json, text, ...(lang === undefined ? {} : { lang }) };
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

/** The help texts, one per topic. Exit codes are documented here because scripts rely on them. */
export function helpText(topic: HelpTopic): string {
  switch (topic) {
    case 'assess':
      return ASSESS_HELP;
    case 'knowledge':
      return KNOWLEDGE_HELP;
    case 'serve':
      return SERVE_HELP;
    case 'diary':
      return DIARY_HELP;
    case 'breaks':
      return BREAKS_HELP;
    case 'main':
      return MAIN_HELP;
  }
}

const EXIT_CODES = `Exit codes:
  0    success
  1    internal error: a bug in numbcheck, or a knowledge base that fails its
       checks (numbcheck knowledge check); please report it
  2    bad usage or bad input: an unknown command or option, a file that cannot
       be read, answers that are not valid JSON or do not fit their questions
  130  interrupted (Ctrl-C)`;

const MAIN_HELP = `numbcheck — why do my hands go numb, is it dangerous, and what do I do now?

numbcheck gives information, not a diagnosis. If you think you are having a
stroke or a heart attack, call your emergency number now (112 / 911 / 999).

Usage:
  numbcheck assess                       answer questions in the terminal
  numbcheck assess --answers FILE [--json]
                                         assess answers saved in a JSON file
                                         (- reads standard input)
  numbcheck assess --text "…" [--json] [--answers FILE] [--lang en|ru]
                                         describe it in your own words
  numbcheck knowledge [--json]           show what numbcheck knows
  numbcheck knowledge check              check the knowledge base
  numbcheck serve [--host H] [--port P] [--data DIR] [--accounts]
                                         serve the web app, the HTTP API and
                                         the diary (--accounts: one diary per
                                         person, signed in with a passkey)
  numbcheck diary add|list|stats|report|export|import|delete-all …
                                         keep a diary of episodes and see what
                                         helps (numbcheck diary --help)
  numbcheck breaks [--micro MIN] [--movement MIN] [--strict]
                                         a break coach in the terminal
  numbcheck help [COMMAND]               show help (also --help, -h)
  numbcheck --version                    show the numbcheck and knowledge versions

${EXIT_CODES}

Environment:
  NO_COLOR          set it to turn colours off (they are on only in a terminal)
  NUMBCHECK_DEBUG   set to 1 to print stack traces of internal errors
  HOST, PORT        where 'numbcheck serve' listens (the options win)
  NUMBCHECK_DATA_DIR  the diary's folder (default ~/.numbcheck)
  DATABASE_URL      keep the diary in PostgreSQL instead of a local file
`;

const ASSESS_HELP = `Usage:
  numbcheck assess
  numbcheck assess --answers FILE [--json]
  numbcheck assess --text "my left hand goes numb when I run" [--json] [--answers FILE] [--lang en|ru]

Without --answers, numbcheck asks its questions one at a time: the danger signs
first, then the questions that tell the likely causes apart. Use the arrow keys
and Enter; "Don't know" is always possible, and "← Back" changes the answer
before. An answer that means an emergency ends the interview at once.
Ctrl-C stops without saving anything.

Options:
  -a, --answers FILE   read the answers from a JSON file (- for standard input)
                       instead of asking; answers may be partial
  -t, --text "…"       describe it in your own words; numbcheck shows what it
                       understood, then (in a terminal, without --json or
                       --answers) asks only what is still needed, the danger
                       signs the words did not settle first. With --answers,
                       the file's answers win over the words
      --lang en|ru     the language of the words (English or Russian); without
                       it, words with Cyrillic letters are read as Russian
      --json           print the assessment as JSON (needs --answers or --text);
                       with --text it adds "understood": the findings and the
                       words that said them
  -h, --help           show this help

The answers file is an object keyed by question id (see 'numbcheck knowledge'):
  { "stroke_signs": [], "heart_signs": { "chest_pain": "absent" },
    "hand_map": { "right": { "palm": ["thumb", "index", "middle"] } },
    "age": 42, "pattern": "episodes" }

${EXIT_CODES}
`;

const KNOWLEDGE_HELP = `Usage:
  numbcheck knowledge [--json]
  numbcheck knowledge check

'numbcheck knowledge' lists the causes, findings, questions, triage rules, tests,
specialists, exercises and sources numbcheck uses; --json prints the whole
knowledge base as JSON.

'numbcheck knowledge check' checks the knowledge base (every cause reachable,
every finding used, every item sourced) and prints "OK" with the counts, or
each problem. A knowledge base that fails its checks is a bug in numbcheck,
not in what you typed, so it exits with 1.

${EXIT_CODES}
`;

const SERVE_HELP = `Usage:
  numbcheck serve [--host HOST] [--port PORT] [--data DIR] [--accounts]
                  [--allowed-host NAME]... [--trust-proxy]

Serves the numbcheck web app (built by 'npm run build') at / and the HTTP API
under /api/v1, with its OpenAPI document at /openapi.json and a docs page at
/docs, and keeps the diary as 'numbcheck diary' does (it says where at start).
It logs one line per request (method, path, status, time) and never the
answers. Ctrl-C (or SIGTERM) stops it after the requests in progress.

Without --accounts it is for the person at this machine: one diary, no
sign-in, and it listens on this machine only. It answers only to the names
localhost, 127.0.0.1 and [::1] (and the --allowed-host names), so a web page
elsewhere cannot reach the diary through a name of its own.

Options:
      --host HOST   the address to listen on (default 127.0.0.1, this machine
                    only); any other address needs --accounts
  -p, --port PORT   the port, 0 to 65535 (default 8080; 0 picks a free one)
      --data DIR    the folder of the diary file (DIR/diary.sqlite)
      --accounts    each person signs in with a passkey and has a diary of
                    their own; scripts use personal access tokens
      --allowed-host NAME
                    another name the server answers to, such as the domain
                    name of a proxy in front (once per name)
      --trust-proxy believe the X-Forwarded-For and -Proto headers of a TLS
                    proxy in front (see docs/deploy.md)
  -h, --help        show this help

Environment:
  HOST, PORT        used when --host or --port is not given
  NUMBCHECK_DATA_DIR  the diary's folder when --data is not given
                    (default ~/.numbcheck)
  DATABASE_URL      keep the diary in PostgreSQL instead (--data wins)

Exit codes:
  0    stopped by Ctrl-C or SIGTERM
  1    internal error: a bug in numbcheck; please report it
  2    bad usage: an unknown option, a port that is not a number from 0 to
       65535, an address the server cannot listen on (in use, not allowed),
       or a diary that cannot be opened
`;
