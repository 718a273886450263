import { NumbError } from '../errors.ts';
import { LANGUAGES, type Language, pickLanguage } from '../messages/index.ts';

function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/**
 * Takes the global `--lang en|ru` (or `--lang=ru`) out of the arguments, wherever it stands before `--`, so that every
 * command accepts it. A value numbcheck does not speak is a usage error that names the ones it does.
 */
export function takeLanguageOption(argv: readonly string[]): { lang: Language | undefined; rest: string[] } {
  const rest: string[] = [];
  let lang: Language | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const inline = arg.startsWith('--lang=');
    const value = inline ? arg.slice('--lang='.length) : argv[index + 1];
    if (!inline && value !== undefined && !value.startsWith('-')) index++;
    if (!isLanguage(value)) {
      const got = value === undefined || (!inline && value.startsWith('-')) ? 'nothing' : `'${value}'`;
      throw new NumbError(
        'NUMB_BAD_USAGE',
        `option '--lang' expects one of ${LANGUAGES.join(', ')} (English, Russian), got ${got}\nRun 'numbcheck --help' for usage.`,
      );
    }
    lang = value;
  }
  return { lang, rest };
}

/**
 * The language of the terminal's messages, as POSIX reads it: the first of LC_ALL, LC_MESSAGES and LANG that is set
 * decides (`ru_RU.UTF-8` is Russian; `C` and `POSIX` are English), else English.
 */
export function terminalLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale === undefined ? 'en' : pickLanguage([locale]);
}
