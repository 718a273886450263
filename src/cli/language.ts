import { anyOf, describeValue, words } from '../errors.ts';
import { isLanguage, LANGUAGES, type Language, pickLanguage } from '../messages/index.ts';
import { usage } from './cli-errors.ts';

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
      const given = value === undefined || (!inline && value.startsWith('-')) ? undefined : value;
      const problem = words('error.expects', {
        field: '--lang',
        expected: words('error.expected.oneOf', { choices: anyOf(LANGUAGES) }),
        got: describeValue(given),
      });
      throw usage(problem);
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
