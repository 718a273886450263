import { text as readAll } from 'node:stream/consumers';
import packageJson from '../../package.json' with { type: 'json' };
import type { Place } from '../emergency/index.ts';
import { messageOf, NumbError } from '../errors.ts';
import { readableIn } from '../knowledge/index.ts';
import type { Language } from '../messages/index.ts';
import { detectLanguage } from '../text/index.ts';
import { type Command, helpText, parseCommandLine } from './args.ts';
import { assessCommand } from './commands/assess.ts';
import { knowledgeCommand } from './commands/knowledge.ts';
import type { Io } from './io.ts';
import { takeLanguageOption, terminalLanguage } from './language.ts';
import { wordsOf } from './text.ts';

const MAX_WIDTH = 80;

/** Where the terminal is: the system's time zone, and the locale of its messages (LC_ALL, LC_MESSAGES, LANG). */
function terminalPlace(): Place {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const languages = [LC_ALL, LC_MESSAGES, LANG].filter((value): value is string => Boolean(value));
  return { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, languages };
}

function processIo(): Io {
  const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
  const columns = process.stdout.isTTY ? process.stdout.columns : MAX_WIDTH;
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: () => readAll(process.stdin),
    stdinIsTTY: process.stdin.isTTY === true,
    text: {
      color,
      width: Math.max(40, Math.min(MAX_WIDTH, columns || MAX_WIDTH)),
      place: terminalPlace(),
    },
  };
}

/** Runs a command in the language of `io.text`, with the knowledge in that language (English where untranslated). */
async function run(command: Command, io: Io): Promise<number> {
  const { t } = wordsOf(io.text);
  const { knowledge } = readableIn(io.text.language ?? 'en');
  switch (command.command) {
    case 'help':
      io.out(helpText(command.topic, t));
      return 0;
    case 'version':
      io.out(`${t('cli.version', { version: packageJson.version, knowledge: knowledge.version })}\n`);
      return 0;
    case 'assess':
      return assessCommand(command, io, knowledge);
    case 'knowledge':
      return knowledgeCommand(command, io, knowledge);
    case 'diary': {
      const { diaryCommand } = await import('./commands/diary.ts');
      return diaryCommand(command, io, knowledge);
    }
    case 'breaks': {
      const { breaksCommand } = await import('./commands/breaks.ts');
      const { processTerminal } = await import('./breaks-terminal.ts');
      return breaksCommand(command, io, knowledge, processTerminal());
    }
    case 'serve': {
      // Loaded only when serving, so that the other commands do not pay for starting Fastify.
      const { serveCommand } = await import('./commands/serve.ts');
      return serveCommand(command, io);
    }
  }
}

/**
 * Turns any failure into a message and an exit code: 2 for what the user can fix (usage, files, answers), 130 for
 * Ctrl-C, 1 for numbcheck's own bugs, with the stack trace only when `debug` (NUMBCHECK_DEBUG=1) is on. The
 * message of an error the user can fix is written in `language`.
 */
export function fail(error: unknown, io: Io, debug: boolean): number {
  const { t, language } = wordsOf(io.text);
  // Inquirer rejects a prompt with ExitPromptError when the person presses Ctrl-C.
  if (error instanceof Error && error.name === 'ExitPromptError') {
    io.err(`\n${t('cli.stopped')}\n`);
    return 130;
  }
  if (error instanceof NumbError && error.code !== 'NUMB_INTERNAL') {
    io.err(`numbcheck: ${messageOf(error, language)}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`numbcheck: ${t('cli.internalError', { message })}\n`);
  if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  else io.err(`${t('cli.bug')}\n`);
  return 1;
}

/** Runs numbcheck with the given arguments (without node and the script) and returns its exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let spoken = io;
  try {
    const command = parseCommandLine(argv);
    // The one place the language is chosen: --lang, else the language of the person's own words when they gave
    // some (`assess --text`: answered as written), else the terminal's locale, else English.
    const language =
      command.lang ?? io.text.language ?? wordsLanguage(command) ?? terminalLanguage(process.env);
    spoken = { ...io, text: { ...io.text, language } };
    return await run(command, spoken);
  } catch (error) {
    // A command line that could not be read is still answered in the language it asked for, when it named one.
    if (spoken.text.language === undefined) {
      const language = requestedLanguage(argv) ?? terminalLanguage(process.env);
      spoken = { ...io, text: { ...io.text, language } };
    }
    return fail(error, spoken, process.env.NUMBCHECK_DEBUG === '1');
  }
}

/** The language of the words `assess --text` was given, to answer in it. */
function wordsLanguage(command: Command): Language | undefined {
  return command.command === 'assess' && command.text !== undefined
    ? detectLanguage(command.text)
    : undefined;
}

/** The language `--lang` names in `argv`, if it names one numbcheck speaks. */
function requestedLanguage(argv: readonly string[]): Language | undefined {
  try {
    return takeLanguageOption(argv).lang;
  } catch {
    return undefined;
  }
}

/** Runs numbcheck as this process: reads its arguments and sets its exit code. */
export async function runAsProcess(): Promise<void> {
  // `numbcheck knowledge | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}

// Run directly (`node src/cli/main.ts …`); bin/numbcheck.js calls runAsProcess itself.
if (import.meta.main) await runAsProcess();
