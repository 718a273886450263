import { parseArgs } from 'node:util';
import { NumbError } from '../errors.ts';

/** What the person asked the command line to do. */
export type Command =
  | { command: 'help'; topic: HelpTopic }
  | { command: 'version' }
  | { command: 'assess'; answersFile: string | undefined; json: boolean }
  | { command: 'knowledge'; check: boolean; json: boolean };

export type HelpTopic = 'main' | 'assess' | 'knowledge';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  answers: { type: 'string', short: 'a' },
  json: { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/** Which options each command accepts; `--help` and `--version` are accepted everywhere. */
const ACCEPTS: Record<'assess' | 'knowledge', readonly OptionName[]> = {
  assess: ['answers', 'json'],
  knowledge: ['json'],
};

function usage(message: string, topic: HelpTopic = 'main'): NumbError {
  const hint = topic === 'main' ? 'numbcheck --help' : `numbcheck ${topic} --help`;
  return new NumbError('NUMB_BAD_USAGE', `${message}\nRun '${hint}' for usage.`);
}

/**
 * Reads the command line (without the node and script paths). Throws a `NUMB_BAD_USAGE` NumbError, whose message
 * names the problem and where to find help, for anything it does not understand.
 */
export function parseCommandLine(argv: readonly string[]): Command {
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
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const name = token.name;
    if (!isOptionName(name)) throw usage(`unknown option '${token.rawName}'`, topicOf(positionals[0]));
    if (OPTIONS[name].type === 'boolean' && token.value !== undefined) {
      throw usage(`option '${token.rawName}' takes no value, got '${token.value}'`, topicOf(positionals[0]));
    }
    if (name === 'answers') {
      const value = token.value;
      if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) {
        throw usage(`option '${token.rawName}' needs a file name, or - for standard input`, 'assess');
      }
      answersFile = value;
    }
    seen.add(name);
  }

  const [first, ...rest] = positionals;
  if (first === 'help') {
    if (rest.length > 1) throw usage(`unexpected argument '${rest[1]}'`);
    const topic = rest[0];
    if (topic === undefined) return { command: 'help', topic: 'main' };
    if (topic === 'assess' || topic === 'knowledge') return { command: 'help', topic };
    throw usage(`there is no help on '${topic}': the commands are assess and knowledge`);
  }
  if (first === undefined) {
    for (const name of seen) {
      if (name !== 'help' && name !== 'version')
        throw usage(`option '--${name}' belongs to a command, for example 'numbcheck assess --${name}'`);
    }
    if (seen.has('help')) return { command: 'help', topic: 'main' };
    if (seen.has('version')) return { command: 'version' };
    return { command: 'help', topic: 'main' };
  }
  if (first !== 'assess' && first !== 'knowledge') {
    throw usage(`unknown command '${first}': the commands are assess, knowledge and help`);
  }
  if (seen.has('help')) return { command: 'help', topic: first };
  if (seen.has('version')) return { command: 'version' };
  for (const name of seen) {
    if (!ACCEPTS[first].includes(name)) throw usage(`'numbcheck ${first}' has no option '--${name}'`, first);
  }

  const json = seen.has('json');
  if (first === 'assess') {
    if (rest.length > 0) throw usage(`unexpected argument '${rest[0]}'`, 'assess');
    if (json && answersFile === undefined) {
      throw usage(
        '--json needs --answers FILE: the interactive interview prints a readable report',
        'assess',
      );
    }
    return { command: 'assess', answersFile, json };
  }
  const [sub, ...extra] = rest;
  if (sub !== undefined && sub !== 'check') {
    throw usage(`unknown knowledge command '${sub}': did you mean 'numbcheck knowledge check'?`, 'knowledge');
  }
  if (extra.length > 0) throw usage(`unexpected argument '${extra[0]}'`, 'knowledge');
  if (sub === 'check' && json) throw usage("'numbcheck knowledge check' has no option '--json'", 'knowledge');
  return { command: 'knowledge', check: sub === 'check', json };
}

function topicOf(command: string | undefined): HelpTopic {
  return command === 'assess' || command === 'knowledge' ? command : 'main';
}

/** The help texts, one per topic. Exit codes are documented here because scripts rely on them. */
export function helpText(topic: HelpTopic): string {
  switch (topic) {
    case 'assess':
      return ASSESS_HELP;
    case 'knowledge':
      return KNOWLEDGE_HELP;
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
  numbcheck knowledge [--json]           show what numbcheck knows
  numbcheck knowledge check              check the knowledge base
  numbcheck help [COMMAND]               show help (also --help, -h)
  numbcheck --version                    show the numbcheck and knowledge versions

${EXIT_CODES}

Environment:
  NO_COLOR          set it to turn colours off (they are on only in a terminal)
  NUMBCHECK_DEBUG   set to 1 to print stack traces of internal errors
`;

const ASSESS_HELP = `Usage:
  numbcheck assess
  numbcheck assess --answers FILE [--json]

Without --answers, numbcheck asks its questions one at a time: the danger signs
first, then the questions that tell the likely causes apart. Use the arrow keys
and Enter; "Don't know" is always possible, and "← Back" changes the answer
before. An answer that means an emergency ends the interview at once.
Ctrl-C stops without saving anything.

Options:
  -a, --answers FILE   read the answers from a JSON file (- for standard input)
                       instead of asking; answers may be partial
      --json           print the assessment as JSON (needs --answers)
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
