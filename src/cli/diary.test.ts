import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { useTempDir } from '../suite-testkit.ts';
import { parseDiaryCommandLine } from './diary-args.ts';
import { cliEnv, type Run, runCli } from './testkit.ts';

/** Runs the real CLI, with standard input a pipe (never a terminal) and no DATABASE_URL. */
function numbcheck(args: string[], input = ''): Promise<Run> {
  return runCli(args, {
    input,
    env: cliEnv({ NUMBCHECK_DEBUG: '', TZ: 'Europe/Berlin' }, ['DATABASE_URL', 'NUMBCHECK_DATA_DIR']),
  });
}

function ok(run: Run): Run {
  assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr}`);
  return run;
}

function json(run: Run): unknown {
  return JSON.parse(ok(run).stdout);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown, key: string): Record<string, unknown>[] {
  assert.ok(isRecord(value));
  const list = value[key];
  assert.ok(Array.isArray(list));
  return list.filter(isRecord);
}

describe('numbcheck diary (the real CLI)', () => {
  const root = useTempDir('numbcheck-diary-cli-');
  let data = '';
  before(() => {
    data = join(root(), 'data');
  });

  it('refuses bad input with exit 2 before creating anything', async () => {
    const run = await numbcheck(['diary', 'add', '--data', data, '--severity', '11']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'numbcheck: --severity expects a whole number from 0 to 10, got 11\n');
    assert.equal(existsSync(data), false, 'nothing written, not even the data folder');
    const cases: [string[], RegExp][] = [
      [['--severity', 'bad'], /--severity expects a whole number from 0 to 10, got "bad"/],
      [
        ['--hand', 'left', '--fingers', 'pinky'],
        /--fingers expects thumb, index, middle, ring, little, thumb_side or little_side, got "pinky"/,
      ],
      [['--fingers', 'thumb'], /--fingers, --arm, --palm and --back need --hand left, right or both/],
      [['--symptom', 'chest'], /--symptom expects a symptom id .* got "chest"/],
      [['--when', '2026-02-30T10:00'], /--when expects a date and time .* got "2026-02-30T10:00"/],
      [['--minutes', '-3'], /--minutes expects a whole number of minutes from 0 to 43200, got -3/],
      [['--colour', 'red'], /unknown option '--colour'/],
      [['--format', 'csv'], /'numbcheck diary add' has no option '--format'/],
    ];
    for (const [extra, message] of cases) {
      const bad = await numbcheck(['diary', 'add', '--data', data, ...extra]);
      assert.equal(bad.code, 2, extra.join(' '));
      assert.match(bad.stderr, message);
      assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
    }
    assert.equal(existsSync(data), false);
  });

  it('logs an episode and lists it', async () => {
    const add = ok(
      await numbcheck([
        'diary',
        'add',
        '--data',
        data,
        '--when',
        '2026-11-30T07:15',
        '--minutes',
        '12',
        '--hand',
        'right',
        '--fingers',
        'thumb,index',
        '--fingers',
        'middle',
        '--activity',
        'keyboard',
        '--severity',
        '4',
        '--intervention',
        'breaks',
        '--note',
        'after a long day, "typing"',
      ]),
    );
    assert.match(
      add.stdout,
      /^Saved episode [0-9a-f-]{36} \(30 Nov 2026, 07:15, right: thumb, index, middle \(palm\)\)\.\n$/,
    );
    const listed = listOf(json(await numbcheck(['diary', 'list', '--data', data, '--json'])), 'episodes');
    assert.equal(listed.length, 1);
    assert.equal(
      listed[0]?.startedAt,
      '2026-11-30T06:15:00.000Z',
      'local time in Berlin is UTC+1 in November',
    );
    assert.equal(listed[0]?.utcOffsetMinutes, 60);
    assert.deepEqual(listed[0]?.handMap, { right: { palm: ['thumb', 'index', 'middle'] } });
    const text = ok(await numbcheck(['diary', 'list', '--data', data]));
    assert.match(
      text.stdout,
      /30 Nov 2026, 07:15 · right: thumb, index, middle \(palm\) · 12 minutes ·\s+severity 4 of 10/,
    );
    assert.match(text.stdout, /Diary: .*diary\.sqlite/);
  });

  it('shows the emergency screen, not "saved", for chest pressure, and still keeps the episode', async () => {
    const run = ok(
      await numbcheck([
        'diary',
        'add',
        '--data',
        data,
        '--symptom',
        'chest_pain',
        '--when',
        '2026-11-30T09:00',
      ]),
    );
    assert.match(run.stdout.split('\n')[1] ?? '', /EMERGENCY — Call an ambulance now/);
    assert.doesNotMatch(run.stdout, /Saved episode/);
    // The number for where the terminal is: these tests run in Europe/Berlin.
    assert.match(run.stdout, /Call 112 now \(Germany\)/);
    assert.match(run.stdout, /not sure it is a heart attack/);
    assert.match(run.stdout, /Your episode was saved \(/);
    const listed = listOf(json(await numbcheck(['diary', 'list', '--data', data, '--json'])), 'episodes');
    assert.ok(listed.some((e) => JSON.stringify(e.symptoms) === '["chest_pain"]'));
  });

  it('adds a calm line when what was logged needs a doctor', async () => {
    const run = ok(
      await numbcheck([
        'diary',
        'add',
        '--data',
        data,
        '--symptom',
        'hand_weakness',
        '--hand',
        'left',
        '--when',
        '2026-11-30T10:00',
      ]),
    );
    assert.match(run.stdout, /^Saved episode /);
    assert.match(run.stdout, /worth a doctor's attention — Book a doctor’s appointment\.\s+A\s+weak grip/);
  });

  it('logs exposure periods, repeats the latest episode, and shows stats', async () => {
    for (let day = 1; day <= 4; day++) {
      ok(
        await numbcheck([
          'diary',
          'exposure',
          'run',
          '--data',
          data,
          '--when',
          `2026-11-0${day}T07:00`,
          '--intervention',
          'hand_expander',
          '--episodes',
          '0',
        ]),
      );
    }
    const bad = await numbcheck(['diary', 'exposure', 'swim', '--data', data]);
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /the kind of period expects one of run, ride, workout, working_day, night, break or other, got "swim"/,
    );
    const again = ok(await numbcheck(['diary', 'add', '--data', data, '--repeat', '--severity', '2']));
    assert.match(
      again.stdout,
      /worth a doctor's attention/,
      'the repeated episode (hand weakness) passes the danger check too',
    );
    const stats = json(await numbcheck(['diary', 'stats', '--data', data, '--json']));
    assert.ok(isRecord(stats));
    const comparisons = listOf(stats, 'comparisons');
    assert.equal(comparisons[0]?.status, 'not_enough_data');
    assert.match(
      String(comparisons[0]?.text),
      /^Not enough data yet to compare runs with and without the hand expander: 4 runs with and 0 without/,
    );
    const text = ok(await numbcheck(['diary', 'stats', '--data', data]));
    assert.match(text.stdout, /^Worth a doctor's look/m);
    assert.match(text.stdout, /^Patterns\n {2}• 4 episodes\./m);
    assert.match(text.stdout, /do not show what caused them/);
  });

  it('exports JSON that imports into an empty diary exactly, and CSV for a spreadsheet', async () => {
    const exported = ok(await numbcheck(['diary', 'export', '--data', data]));
    const file = join(root(), 'export.json');
    await writeFile(file, exported.stdout);
    const other = join(root(), 'other');
    const imported = ok(await numbcheck(['diary', 'import', file, '--data', other]));
    assert.match(
      imported.stdout,
      /^Imported from .*export\.json: 4 episodes, 4 periods, 0 assessments and 0 BCTQ entries\.\n$/,
    );
    assert.equal(ok(await numbcheck(['diary', 'export', '--data', other])).stdout, exported.stdout);
    const twice = ok(await numbcheck(['diary', 'import', '-', '--data', other], exported.stdout));
    assert.match(
      twice.stdout,
      /Skipped 4 episodes, 4 periods, 0 assessments and 0 BCTQ entries already in the diary/,
    );
    const csvFile = join(root(), 'diary.csv');
    ok(await numbcheck(['diary', 'export', '--data', data, '--format', 'csv', '--out', csvFile]));
    const csv = await readFile(csvFile, 'utf8');
    assert.match(csv, /^kind,id,time_utc,utc_offset,local_time,/);
    assert.equal(csv.split('\r\n').length, 4 + 4 + 2);
  });

  it('points at the line and field of a bad import, and writes nothing', async () => {
    const file = join(root(), 'bad.json');
    await writeFile(
      file,
      '{\n  "format": "numbcheck-diary",\n  "version": 1,\n  "episodes": [\n    { "id": "a", "startedAt": "2026-11-01T10:00Z", "utcOffsetMinutes": 0 },\n    { "id": "b", "startedAt": "2026-11-02T10:00Z", "utcOffsetMinutes": 0, "severity": 12 }\n  ]\n}\n',
    );
    const empty = join(root(), 'never');
    const run = await numbcheck(['diary', 'import', file, '--data', empty]);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /bad\.json line 6: "episodes\.1\.severity" expects a whole number from 0 to 10, got 12/,
    );
    assert.equal(existsSync(empty), false, 'the file was checked before the diary was opened');
    const into = ok(await numbcheck(['diary', 'list', '--data', data, '--json']));
    const before = listOf(JSON.parse(into.stdout), 'episodes').length;
    assert.equal((await numbcheck(['diary', 'import', file, '--data', data])).code, 2);
    assert.equal(
      listOf(json(await numbcheck(['diary', 'list', '--data', data, '--json'])), 'episodes').length,
      before,
    );
    const notJson = join(root(), 'not.json');
    await writeFile(notJson, '{ "format": ');
    const malformed = await numbcheck(['diary', 'import', notJson, '--data', data]);
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /not\.json line 1/);
  });

  it('saves assessments and BCTQ answers to the diary', async () => {
    const answers = join(root(), 'answers.json');
    await writeFile(
      answers,
      JSON.stringify({
        stroke_signs: [],
        heart_signs: [],
        other_danger_signs: [],
        hand_map: { right: { palm: ['thumb', 'index', 'middle'] } },
      }),
    );
    const saved = ok(await numbcheck(['diary', 'assessment', answers, '--data', data]));
    assert.match(saved.stdout, /^Saved assessment [0-9a-f-]{36}: /);
    const bctq = join(root(), 'bctq.json');
    await writeFile(bctq, JSON.stringify({ numbness: 3, tingling: 9 }));
    const bad = await numbcheck(['diary', 'bctq', bctq, '--data', data]);
    assert.equal(bad.code, 2);
    assert.match(
      bad.stderr,
      /bctq\.json line 1: "answers": BCTQ `tingling` .* expects a whole number from 1 .* got 9/,
    );
    await writeFile(bctq, JSON.stringify({ numbness: 3, tingling: 4 }));
    assert.match(
      ok(await numbcheck(['diary', 'bctq', bctq, '--data', data])).stdout,
      /^Saved BCTQ .*symptom severity not scored/,
    );
    const stats = ok(await numbcheck(['diary', 'stats', '--data', data]));
    assert.match(stats.stdout, /Latest assessment, \d{1,2} [A-Z][a-z]{2,3} \d{4}: /);
  });

  it('deletes everything only when confirmed', async () => {
    const refused = await numbcheck(['diary', 'delete-all', '--data', data]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /cannot be undone: run it in a terminal to confirm, or add --yes/);
    const deleted = ok(await numbcheck(['diary', 'delete-all', '--yes', '--data', data]));
    assert.match(deleted.stdout, /^Deleted \d+ episodes, 4 periods, 1 assessment and 1 BCTQ entry\.\n$/);
    assert.equal(
      ok(await numbcheck(['diary', 'delete-all', '--yes', '--data', data])).stdout,
      'The diary is already empty.\n',
    );
  });

  it('shows its help', async () => {
    const help = ok(await numbcheck(['diary', '--help']));
    assert.match(help.stdout, /numbcheck diary add/);
    assert.match(help.stdout, /NUMBCHECK_DATA_DIR/);
    assert.equal(ok(await numbcheck(['help', 'diary'])).stdout, help.stdout);
    assert.match(
      ok(await numbcheck(['--help'])).stdout,
      /numbcheck diary add\|list\|stats\|report\|export\|import\|delete-all/,
    );
  });
});

describe('numbcheck diary report and stats: what was tried', () => {
  const root = useTempDir('numbcheck-diary-report-');
  /** 8 episodes with the wrist splint at about 3 of 10 and 8 without at about 6, one with regular breaks. */
  const severities = [3, 2, 3, 4, 3, 2, 4, 3, 6, 5, 7, 6, 6, 5, 7, 6];
  const document = {
    format: 'numbcheck-diary',
    version: 1,
    episodes: severities.map((severity, i) => ({
      id: `e${i}`,
      startedAt: `2026-11-${String(i + 1).padStart(2, '0')}T07:00:00.000Z`,
      utcOffsetMinutes: 60,
      severity,
      interventions: [...(i < 8 ? ['splint'] : []), ...(i === 15 ? ['breaks'] : [])],
    })),
    exposures: [],
    assessments: [],
    bctq: [],
  };
  const period = ['--from', '2026-11-01', '--to', '2026-12-01'];

  it('reports each intervention ticked on episodes with its severity comparison, never a cause', async () => {
    const data = join(root(), 'data');
    ok(await numbcheck(['diary', 'import', '-', '--data', data], JSON.stringify(document)));
    const report = ok(await numbcheck(['diary', 'report', '--data', data, ...period]));
    const text = report.stdout.replace(/\n {4}/g, ' ');
    assert.match(
      report.stdout,
      /^Diary report for my doctor\n\nSummary\n {2}• Diary from 1 Nov 2026 to 30 Nov 2026: 16 episodes\./,
    );
    assert.match(
      text,
      /• Interventions tried: wrist splint \(on 8 of 16 episodes\), regular breaks \(on 1 of 16 episodes\)\./,
    );
    assert.match(
      text,
      /• Wrist splint — Episodes logged with the wrist splint were on average 3\.0 points less severe \(95% interval 2\.2 to 3\.8 points; average 3\.0 of 10 with, 6\.0 without\), 8 rated episodes with and 8 without\. This shows what happened together, not that the wrist splint caused it\./,
    );
    assert.match(
      text,
      /• Regular breaks — Not enough data yet: 2 more rated episodes with regular breaks, to compare severity \(at least 3 rated episodes of each are needed; so far 1 with, 15 without\)\./,
    );
    assert.match(text, /Episode counts alone can’t show whether episodes came less often/);
    assert.match(
      report.stdout.replace(/\s+/g, ' '),
      /Information, not a diagnosis; it shows what happened together, not what caused it\./,
    );
    assert.doesNotMatch(text, /\b(because of|thanks to|helps|helped|reduced|works)\b/);
    for (const line of report.stdout.split('\n')) assert.ok(line.length <= 80, `within 80 columns: ${line}`);

    const summary = json(await numbcheck(['diary', 'report', '--data', data, ...period, '--json']));
    assert.ok(isRecord(summary) && isRecord(summary.interventions));
    const [splint] = listOf(summary.interventions, 'severity');
    assert.equal(splint?.intervention, 'splint');
    assert.equal(splint?.verdict, 'less_severe');
    assert.deepEqual(splint?.needed, { with: 0, without: 0 });

    const stats = ok(await numbcheck(['diary', 'stats', '--data', data]));
    assert.match(
      stats.stdout.replace(/\n {4}/g, ' '),
      /With and without\n {2}• Interventions tried: wrist splint/,
    );
    assert.doesNotMatch(stats.stdout, /Nothing to compare yet/);
  });

  it('checks the period before opening the diary', async () => {
    const data = join(root(), 'never');
    const bad = await numbcheck([
      'diary',
      'report',
      '--data',
      data,
      '--from',
      '2026-12-01',
      '--to',
      '2026-11-01',
    ]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--to must come after --from/);
    const wrong = await numbcheck(['diary', 'report', '--data', data, '--from', 'last week']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--from expects a date and time/);
    assert.equal(existsSync(data), false);
  });
});

describe('parseDiaryCommandLine', () => {
  it('reads repeated and comma-separated lists', () => {
    const command = parseDiaryCommandLine([
      'add',
      '--activity',
      'running,cold',
      '--activity',
      'stress',
      '--data',
      '/x',
    ]);
    assert.ok(command.command === 'diary');
    assert.deepEqual(command.options.activity, ['running', 'cold', 'stress']);
    assert.equal(command.options.data, '/x');
  });

  it('asks for what an action needs', () => {
    assert.throws(() => parseDiaryCommandLine(['import']), /needs a file name/);
    assert.throws(() => parseDiaryCommandLine(['list', 'extra']), /unexpected argument 'extra'/);
    assert.throws(() => parseDiaryCommandLine(['frobnicate']), /unknown diary command 'frobnicate'/);
    assert.throws(() => parseDiaryCommandLine(['add', '--note']), /option '--note' needs a value/);
    assert.throws(() => parseDiaryCommandLine(['add', '--when', 'a', '--when', 'b']), /given twice/);
    assert.deepEqual(parseDiaryCommandLine([]), { command: 'help', topic: 'diary' });
  });
});
