import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { pdfSuiteOptions, readPdf, SAMPLE_PERIOD, sampleReportDocument } from '../print/pdf-testkit.ts';
import { useTempDir } from '../suite-testkit.ts';
import { cliEnv, type Run, runCli } from './testkit.ts';

/** Runs the real CLI, with standard input a pipe and no DATABASE_URL. */
function numbcheck(args: string[]): Promise<Run> {
  return runCli(args, {
    env: cliEnv({ NUMBCHECK_DEBUG: '', TZ: 'UTC' }, ['DATABASE_URL', 'NUMBCHECK_DATA_DIR']),
  });
}

function ok(run: Run): Run {
  assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr}`);
  return run;
}

const PERIOD = ['--from', SAMPLE_PERIOD.from, '--to', SAMPLE_PERIOD.to];

describe(
  'numbcheck diary report --pdf (the real CLI, read back with poppler)',
  await pdfSuiteOptions(),
  () => {
    const root = useTempDir('numbcheck-diary-pdf-');
    let data = '';
    const pngs = join('test-artifacts', 'pdf');

    before(async () => {
      data = join(root(), 'data');
      const sample = join(root(), 'sample.json');
      await writeFile(sample, JSON.stringify(sampleReportDocument()));
      ok(await numbcheck(['diary', 'import', sample, '--data', data]));
      await mkdir(pngs, { recursive: true });
    });

    it('writes the doctor report as pages a viewer draws, with its headings, figures, episodes and disclaimer', async () => {
      const file = join(root(), 'report.pdf');
      const run = ok(await numbcheck(['diary', 'report', '--data', data, ...PERIOD, '--pdf', file]));
      assert.equal(run.stdout, `Doctor report written to ${file}.\n`);
      const pdf = await readPdf(file, pngs, 'diary-report-en');
      assert.ok(pdf.pages >= 2, `the sample report fills more than a page: ${pdf.pages}`);
      assert.match(pdf.text, new RegExp(`Page ${pdf.pages} of ${pdf.pages}`));
      for (const text of [
        'numbcheck diary report',
        'Report for my doctor',
        'Summary',
        'Diary from 1 Oct 2026 to 30 Nov 2026: 60 episodes; logged 30 runs.',
        'Changes worth a doctor’s look',
        'Episodes per week',
        '60 episodes in 10 weeks.',
        'Episodes in this period (60)',
        '2 Oct 2026, 09:29',
        '30 Nov 2026, 16:45',
        'Latest assessment',
        'Carpal tunnel syndrome',
        'symptom severity 3.00, function 3.13',
        'Information, not a diagnosis',
      ]) {
        assert.ok(pdf.text.includes(text), `the PDF says "${text}"`);
      }
    });

    it('writes it in Russian with --lang ru, in a font that has Cyrillic', async () => {
      const file = join(root(), 'отчёт.pdf');
      const run = ok(
        await numbcheck(['--lang', 'ru', 'diary', 'report', '--data', data, ...PERIOD, '--pdf', file]),
      );
      assert.equal(run.stdout, `Отчёт для врача сохранён в ${file}.\n`);
      const pdf = await readPdf(file, pngs, 'diary-report-ru');
      assert.ok(pdf.pages >= 2);
      assert.match(pdf.text, new RegExp(`Страница ${pdf.pages} из ${pdf.pages}`));
      for (const text of [
        'Отчёт для врача',
        'Сводка',
        'Дневник с 1 окт. 2026 г. по 30 нояб. 2026 г.: 60 эпизодов',
        'Эпизоды в неделю',
        'Эпизоды за этот период (60)',
        '2 окт. 2026 г., 09:29',
        'Последняя оценка',
        'тяжесть симптомов — 3,00',
        'Это информация, а не диагноз',
      ]) {
        assert.ok(pdf.text.includes(text), `the PDF says "${text}"`);
      }
    });

    it('refuses --pdf without a file, and a path it cannot write, with exit 2 and nothing else written', async () => {
      const missing = await numbcheck(['diary', 'report', '--data', data, '--pdf']);
      assert.equal(missing.code, 2);
      assert.equal(missing.stdout, '');
      assert.match(
        missing.stderr,
        /^numbcheck: option '--pdf' needs a value\nRun 'numbcheck diary --help' for usage\.\n$/,
      );

      const russian = await numbcheck(['--lang', 'ru', 'diary', 'report', '--data', data, '--pdf']);
      assert.equal(russian.code, 2);
      assert.match(russian.stderr, /--pdf/);
      assert.doesNotMatch(russian.stderr, /needs a value/);

      const both = await numbcheck([
        'diary',
        'report',
        '--data',
        data,
        '--json',
        '--pdf',
        join(root(), 'both.pdf'),
      ]);
      assert.equal(both.code, 2);
      assert.equal(both.stdout, '');
      assert.match(
        both.stderr,
        /^numbcheck: --json and --pdf do not go together: --json writes the report here, --pdf to a file\n/,
      );
      const blank = await numbcheck(['diary', 'report', '--data', data, '--pdf=']);
      assert.equal(blank.code, 2);
      assert.match(blank.stderr, /^numbcheck: option '--pdf' needs a value\n/);
      assert.equal(existsSync(join(root(), 'both.pdf')), false);

      const noFolder = join(root(), 'no-such-folder', 'report.pdf');
      const notThere = await numbcheck(['diary', 'report', '--data', data, ...PERIOD, '--pdf', noFolder]);
      assert.equal(notThere.code, 2);
      assert.equal(notThere.stdout, '');
      assert.equal(notThere.stderr, `numbcheck: cannot write ${noFolder}: there is no such file\n`);
      assert.equal(existsSync(join(root(), 'no-such-folder')), false);

      const folder = join(root(), 'reports');
      await mkdir(folder);
      const isFolder = await numbcheck(['diary', 'report', '--data', data, ...PERIOD, '--pdf', folder]);
      assert.equal(isFolder.code, 2);
      assert.equal(isFolder.stdout, '');
      assert.equal(isFolder.stderr, `numbcheck: cannot write ${folder}: it is a folder, not a file\n`);
      assert.deepEqual(await readdir(folder), []);
      assert.deepEqual(
        (await readdir(root())).filter((name) => name.endsWith('.tmp')),
        [],
        'no half-written file is left behind',
      );

      // The diary is untouched: the report still has every episode.
      const report = ok(await numbcheck(['diary', 'report', '--data', data, ...PERIOD, '--json']));
      assert.equal(JSON.parse(report.stdout).counts.episodes, 60);
    });
  },
);
