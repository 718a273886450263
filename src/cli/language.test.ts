import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NumbError } from '../errors.ts';
import { useTempDir } from '../suite-testkit.ts';
import { takeLanguageOption, terminalLanguage } from './language.ts';
import { CARPAL_TUNNEL_FILE, cliEnv, type Run, runCli } from './testkit.ts';

/** Runs the real CLI with the locale variables given (and no others). */
function numbcheck(args: string[], locale: NodeJS.ProcessEnv = {}, cwd?: string): Promise<Run> {
  const env = cliEnv(locale);
  if (locale.LANG === undefined) delete env.LANG;
  // The time zone names no country, so that the emergency number follows the language's region.
  return runCli(args, { env: { ...env, TZ: 'UTC' }, ...(cwd === undefined ? {} : { cwd }) });
}

const CYRILLIC = /[а-яё]/i;

const FACE_DROOP = { stroke_signs: ['face_droop'] };

describe('the language numbcheck speaks in the terminal', () => {
  const dir = useTempDir('numbcheck-language-', async (made) => {
    await writeFile(join(made, 'carpal.json'), JSON.stringify(CARPAL_TUNNEL_FILE));
    await writeFile(join(made, 'face.json'), JSON.stringify(FACE_DROOP));
  });

  it('takes --lang from anywhere before --, and reads LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.deepEqual(takeLanguageOption(['diary', 'list', '--lang', 'ru', '--json']), {
      lang: 'ru',
      rest: ['diary', 'list', '--json'],
    });
    assert.deepEqual(takeLanguageOption(['--lang=en', 'breaks']), { lang: 'en', rest: ['breaks'] });
    assert.deepEqual(takeLanguageOption(['assess', '--', '--lang', 'ru']).lang, undefined);
    assert.equal(terminalLanguage({ LANG: 'ru_RU.UTF-8' }), 'ru');
    assert.equal(terminalLanguage({ LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'en_GB.UTF-8' }), 'ru');
    // C and POSIX are English, and LC_ALL set to them wins over a Russian LANG, as it does for every program.
    assert.equal(terminalLanguage({ LC_ALL: 'C', LANG: 'ru_RU.UTF-8' }), 'en');
    assert.equal(terminalLanguage({ LANG: 'POSIX' }), 'en');
    assert.equal(terminalLanguage({ LC_ALL: '', LANG: 'ru_RU.UTF-8' }), 'ru');
    assert.equal(terminalLanguage({ LANG: 'de_DE.UTF-8' }), 'en');
    assert.equal(terminalLanguage({}), 'en');
  });

  it('refuses a language it does not speak, naming the ones it does', async () => {
    assert.throws(
      () => takeLanguageOption(['--lang']),
      (error: unknown) =>
        error instanceof NumbError && /--lang expects one of en or ru, got nothing/.test(error.message),
    );
    for (const args of [
      ['--lang', 'de', 'assess', '--answers', 'x.json'],
      ['help', '--lang=de'],
    ]) {
      const run = await numbcheck(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /^numbcheck: --lang expects one of en or ru, got "de"\n/);
      assert.equal(run.stdout, '');
    }
  });

  it('tells a misuse of the command line in the language it asked for', async () => {
    const run = await numbcheck(['--lang', 'ru', 'assess', '--bogus'], { LANG: 'C' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^numbcheck: неизвестный параметр «--bogus»/);
  });

  it('prints the help in Russian with --lang ru or LANG=ru_RU.UTF-8, and in English with LANG=C', async () => {
    for (const [args, locale] of [
      [['--lang', 'ru', '--help'], { LANG: 'C' }],
      [['help'], { LANG: 'ru_RU.UTF-8' }],
    ] as const) {
      const run = await numbcheck([...args], locale);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /numbcheck — почему немеют руки, опасно ли это и что делать сейчас\?/);
      assert.match(run.stdout, /Коды выхода:/);
      assert.match(run.stdout, /Любая команда понимает --lang en\|ru/);
      assert.doesNotMatch(run.stdout, /Usage:|Exit codes:/);
    }
    const diary = await numbcheck(['diary', '--help', '--lang', 'ru']);
    assert.match(diary.stdout, /Где хранится дневник:/);
    const english = await numbcheck(['--help'], { LANG: 'C' });
    assert.match(english.stdout, /^numbcheck — why do my hands go numb/);
    assert.doesNotMatch(english.stdout, CYRILLIC);
    const posix = await numbcheck(['--help'], { LC_ALL: 'POSIX', LANG: 'ru_RU.UTF-8' });
    assert.equal(posix.stdout, english.stdout);
  });

  it('writes the assessment report in Russian, and --lang en wins over a Russian LANG', async () => {
    const args = ['assess', '--answers', 'carpal.json'];
    const byOption = await numbcheck(['--lang', 'ru', ...args], { LANG: 'C' }, dir());
    const byLocale = await numbcheck(args, { LANG: 'ru_RU.UTF-8' }, dir());
    assert.equal(byOption.code, 0, byOption.stderr);
    assert.equal(byLocale.stdout, byOption.stdout);
    const report = byOption.stdout;
    for (const phrase of [
      'Почему такой уровень',
      'Вероятные причины',
      'За:',
      'Опросники по кисти',
      'Схема кисти по Katz (правая рука)',
      'Что может назначить врач',
      'Источники',
      'numbcheck, база знаний',
    ]) {
      assert.ok(report.includes(phrase), phrase);
    }
    // Numbers are written the Russian way: a decimal comma in the weights.
    assert.match(report, /\(\+\d,\d\)/);
    assert.doesNotMatch(report, /Likely causes|Why this level|Pointing to it|Sources\n/);
    const english = await numbcheck(['--lang', 'en', ...args], { LANG: 'ru_RU.UTF-8' }, dir());
    assert.match(english.stdout, /Likely causes/);
    assert.doesNotMatch(english.stdout, /Вероятные причины/);
  });

  it('leads a Russian emergency report with the number to call in Russia', async () => {
    const run = await numbcheck(['assess', '--answers', 'face.json'], { LANG: 'ru_RU.UTF-8' }, dir());
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.match(lines[1] ?? '', /!!! ЭКСТРЕННО — /);
    assert.match(run.stdout, /Звоните 112 прямо сейчас \(Россия\) или 103 \(Россия, скорая помощь\)\./);
    assert.match(run.stdout, /Что делать сейчас/);
    assert.doesNotMatch(run.stdout, /Вероятные причины/, 'nothing that could delay the call');
  });

  it('reads --text in the language --lang names, and speaks it', async () => {
    const run = await numbcheck(['--lang', 'ru', 'assess', '--text', 'немеют пальцы правой руки по ночам']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Что понято из ваших слов:/);
    assert.match(run.stdout, /где {5}правая: /);
  });

  it('answers words written in Russian in Russian, whatever the terminal’s locale, unless --lang says otherwise', async () => {
    const words = ['assess', '--text', 'перекосило лицо, боли в груди нет'];
    const russian = await numbcheck(words, { LANG: 'en_GB.UTF-8' });
    assert.match(russian.stdout, /^Что понято из ваших слов:/);
    assert.match(russian.stdout, /ЭКСТРЕННО/);
    const english = await numbcheck(['--lang', 'en', ...words]);
    assert.match(english.stdout, /^Understood from your words:/);
  });
});
