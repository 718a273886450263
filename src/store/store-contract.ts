/**
 * The one test suite every diary store passes: `sqlite/sqlite-store.test.ts`, `postgres/postgres-store.test.ts` and
 * `browser/browser-store.browser.test.ts` (in Chromium) run it against their store. It is a module of tests, not a
 * test file: it registers `node:test` tests when called.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  ACTIVITIES,
  DIARY_FORMAT,
  DIARY_FORMAT_VERSION,
  type Diary,
  type Episode,
  INTERVENTIONS,
  newBctqRecord,
  newEpisode,
  newExposure,
  newSavedAssessment,
  parseDiaryDocument,
  sampleDiary,
  symptomIds,
  toDocument,
} from '../diary/index.ts';
import { ARM_REGIONS, HAND_REGIONS } from '../engine/index.ts';
import { NumbError } from '../errors.ts';
import { knowledge } from '../knowledge/index.ts';
import type { DiaryStore } from './store.ts';

/** What a store's test file gives the contract. */
export interface StoreHarness {
  /** Opens the store under test; every call opens the same database. */
  open(): Promise<DiaryStore>;
  /** Opens a new, empty database of the same kind. */
  openEmpty(): Promise<DiaryStore>;
  /** The arguments after the script for `durability-writer.ts` to open the same database, without the prefix. */
  writerArgs?: string[];
  /**
   * For a store no Node.js process can open (the browser's), the durability test's writer in its own way: adds episodes
   * of the owner `durability` with the ids `${prefix}-0`, `${prefix}-1`, … until `count` are acknowledged, kills the
   * writer in the middle of its writes, and returns the acknowledged ids. Used instead of `writerArgs`; `open` then
   * reads the same database.
   */
  killWriter?(prefix: string, count: number): Promise<string[]>;
  /** Removes everything the harness made. */
  cleanup(): Promise<void>;
}

const WRITER = fileURLToPath(new URL('./durability-writer.ts', import.meta.url));
/** How many acknowledged writes the durability test waits for before it kills the writer. */
const ACKNOWLEDGED_BEFORE_KILL = 150;

const at = (id: string, now: string) => ({ id, now, utcOffsetMinutes: 60 });

function episode(id: string, startedAt: string, fields: Record<string, unknown> = {}): Episode {
  return newEpisode({ startedAt, ...fields }, at(id, startedAt));
}

function code(expected: string): (error: unknown) => boolean {
  return (error: unknown) => {
    assert.ok(error instanceof NumbError, String(error));
    assert.equal(error.code, expected);
    return true;
  };
}

/** A diary with something of every kind, for round trips. */
function richDiary(): Diary {
  const diary = sampleDiary({ days: 60, end: '2026-11-30T00:00:00Z', seed: 7 });
  diary.assessments = [
    newSavedAssessment(
      {
        stroke_signs: [],
        heart_signs: { chest_pain: 'absent' },
        hand_map: { right: { palm: ['thumb', 'index', 'middle'] } },
        age: 45,
      },
      at('as-1', '2026-10-01T10:00:00.000Z'),
    ),
    newSavedAssessment(
      { positions: ['night_waking'], course: 'unknown' },
      at('as-2', '2026-11-01T10:00:00.000Z'),
    ),
  ];
  diary.bctq = [
    newBctqRecord(
      { numbness: 3, tingling: 4, weakness: null, writing: 2 },
      at('bq-1', '2026-10-02T10:00:00.000Z'),
    ),
  ];
  diary.episodes.push(
    episode('special', '2026-11-29T23:59:59.999Z', {
      note: 'Ünïcödé, "quotes", commas; a\nnew line and an emoji 🖐️',
      handMap: { left: {}, right: { back: ['little_side'], arm: ['upper_arm'] } },
      symptoms: ['hand_weakness', 'neck_pain'],
      interventions: ['my_own_thing'],
    }),
  );
  return diary;
}

const SYMPTOMS = [...symptomIds(knowledge)];
const instant = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) })
  .map((ms) => new Date(ms).toISOString());
const offset = fc.integer({ min: -720, max: 840 });
const text = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters notes may not hold
  .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
const hand = fc.record(
  {
    palm: fc.subarray([...HAND_REGIONS]),
    back: fc.subarray([...HAND_REGIONS]),
    arm: fc.subarray([...ARM_REGIONS]),
  },
  { requiredKeys: [] },
);
const ids = (prefix: string) =>
  fc
    .uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), { maxLength: 12 })
    .map((list) => list.map((id) => `${prefix}${id}`));
const words = (list: readonly { id: string }[]) =>
  fc.uniqueArray(
    fc.oneof(fc.constantFrom(...list.map((item) => item.id)), fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/)),
    { maxLength: 4 },
  );

/** Random diary documents, as the import reads them: every kind of entry, every optional field sometimes left out. */
export const diaryDocuments = fc
  .record({
    exposureIds: ids('x'),
    episodeIds: ids('e'),
    assessmentIds: ids('a').map((l) => l.slice(0, 3)),
    bctqIds: ids('b').map((l) => l.slice(0, 3)),
  })
  .chain(({ exposureIds, episodeIds, assessmentIds, bctqIds }) =>
    fc.record({
      format: fc.constant(DIARY_FORMAT),
      version: fc.constant(DIARY_FORMAT_VERSION),
      exposures: fc.tuple(
        ...exposureIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            kind: fc.constantFrom('run', 'ride', 'working_day', 'night', 'break', 'workout', 'other'),
            startedAt: instant,
            utcOffsetMinutes: offset,
            durationMinutes: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
            interventions: words(INTERVENTIONS),
            episodeCount: fc.integer({ min: 0, max: 20 }),
            note: text,
          }),
        ),
      ),
      episodes: fc.tuple(
        ...episodeIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              startedAt: instant,
              utcOffsetMinutes: offset,
              durationMinutes: fc.option(fc.integer({ min: 0, max: 43_200 }), { nil: null }),
              handMap: fc.record({ left: hand, right: hand }, { requiredKeys: [] }),
              activities: words(ACTIVITIES),
              severity: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
              symptoms: fc.uniqueArray(fc.constantFrom(...SYMPTOMS), { maxLength: 3 }),
              interventions: words(INTERVENTIONS),
              exposureId:
                exposureIds.length > 0
                  ? fc.option(fc.constantFrom(...exposureIds), { nil: null })
                  : fc.constant(null),
              note: text,
            },
            { requiredKeys: ['id', 'startedAt', 'utcOffsetMinutes'] },
          ),
        ),
      ),
      assessments: fc.tuple(
        ...assessmentIds.map((id) =>
          fc
            .record({
              takenAt: instant,
              answers: fc.record(
                {
                  stroke_signs: fc.subarray(['face_droop', 'speech_trouble']),
                  heart_signs: fc.constantFrom<Record<string, string>>(
                    { chest_pain: 'absent' },
                    { breathless: 'present' },
                  ),
                  hand_map: fc.record({ left: hand, right: hand }, { requiredKeys: [] }),
                  duration: fc.constantFrom('today', 'days', 'weeks', 'unknown'),
                  age: fc.integer({ min: 0, max: 120 }),
                },
                { requiredKeys: [] },
              ),
            })
            .map(({ takenAt, answers }) => newSavedAssessment(answers, at(id, takenAt))),
        ),
      ),
      bctq: fc.tuple(
        ...bctqIds.map((id) =>
          fc
            .record({
              takenAt: instant,
              answers: fc.record(
                {
                  numbness: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
                  tingling: fc.integer({ min: 1, max: 5 }),
                  writing: fc.integer({ min: 1, max: 5 }),
                },
                { requiredKeys: [] },
              ),
            })
            .map(({ takenAt, answers }) => newBctqRecord(answers, at(id, takenAt))),
        ),
      ),
    }),
  );

/** Runs `durability-writer.ts`, kills it with SIGKILL once enough writes are acknowledged, returns their ids. */
async function killWriterProcess(writerArgs: string[], prefix: string): Promise<string[]> {
  const child = spawn(process.execPath, [WRITER, ...writerArgs, prefix], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acknowledged: string[] = [];
  let stderr = '';
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      let pending = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          acknowledged.push(line);
          if (acknowledged.length === ACKNOWLEDGED_BEFORE_KILL) child.kill('SIGKILL');
        }
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      child.on('error', reject);
      child.on('exit', (exitCode, signal) => resolve({ code: exitCode, signal }));
    },
  );
  assert.equal(exit.signal, 'SIGKILL', `the writer stopped by itself (code ${exit.code}): ${stderr}`);
  return acknowledged;
}

/** Registers the store contract's tests for one kind of store. */
export function storeContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`${name}: the diary store contract`, () => {
    let harness: StoreHarness;
    let store: DiaryStore;
    before(async () => {
      harness = await makeHarness();
      store = await harness.open();
    });
    after(async () => {
      await store?.close();
      await harness?.cleanup();
    });

    it('creates its schema on first open and opens again without migrating twice', async () => {
      const again = await harness.open();
      await again.addEpisode('reopen', episode('r1', '2026-11-30T07:00:00.000Z'));
      await again.close();
      const third = await harness.open();
      assert.equal((await third.getEpisode('reopen', 'r1'))?.id, 'r1');
      await third.close();
    });

    it('adds, reads, updates and deletes episodes', async () => {
      const owner = 'crud';
      const e = episode('e1', '2026-11-30T07:15:00.000Z', {
        handMap: { right: { palm: ['thumb', 'index'] } },
        activities: ['keyboard'],
        severity: 4,
        note: 'first',
      });
      await store.addEpisode(owner, e);
      assert.deepEqual(await store.getEpisode(owner, 'e1'), e);
      assert.equal(await store.getEpisode(owner, 'nope'), null);
      await assert.rejects(store.addEpisode(owner, { ...e, note: 'second' }), code('NUMB_ENTRY_EXISTS'));
      assert.equal((await store.getEpisode(owner, 'e1'))?.note, 'first', 'a refused add changes nothing');
      const changed = { ...e, severity: 7, symptoms: ['hand_weakness'], note: 'updated' };
      await store.updateEpisode(owner, changed);
      assert.deepEqual(await store.getEpisode(owner, 'e1'), changed);
      await assert.rejects(store.updateEpisode(owner, { ...e, id: 'ghost' }), code('NUMB_ENTRY_NOT_FOUND'));
      assert.equal(await store.deleteEpisode(owner, 'e1'), true);
      assert.equal(await store.deleteEpisode(owner, 'e1'), false);
      assert.deepEqual(await store.listEpisodes(owner), []);
    });

    it('lists a time range, oldest or newest first, with a limit', async () => {
      const owner = 'range';
      for (const [id, t] of [
        ['c', '2026-11-03T00:00:00.000Z'],
        ['a', '2026-11-01T00:00:00.000Z'],
        ['b2', '2026-11-02T00:00:00.000Z'],
        ['b1', '2026-11-02T00:00:00.000Z'],
      ] as const) {
        await store.addEpisode(owner, episode(id, t));
      }
      const list = async (range: Parameters<DiaryStore['listEpisodes']>[1]) =>
        (await store.listEpisodes(owner, range)).map((e) => e.id);
      assert.deepEqual(await list({}), ['a', 'b1', 'b2', 'c']);
      assert.deepEqual(await list({ from: '2026-11-02T00:00:00Z', to: '2026-11-03T00:00:00Z' }), [
        'b1',
        'b2',
      ]);
      assert.deepEqual(await list({ from: '2026-11-02T01:00+01:00' }), ['b1', 'b2', 'c']);
      assert.deepEqual(await list({ newestFirst: true, limit: 2 }), ['c', 'b2']);
      await assert.rejects(store.listEpisodes(owner, { from: 'yesterday' }), code('NUMB_BAD_ENTRY'));
    });

    it('pages by position: each entry once, in order, even with entries added between pages', async () => {
      const owner = 'pages';
      const times = ['2026-11-01', '2026-11-02', '2026-11-02', '2026-11-02', '2026-11-03', '2026-11-05'];
      for (const [i, day] of times.entries()) {
        await store.addEpisode(owner, episode(`p${i}`, `${day}T08:00:00.000Z`));
      }
      const page = async (range: Parameters<DiaryStore['listEpisodes']>[1]) =>
        (await store.listEpisodes(owner, range)).map((e) => e.id);
      const after = (id: string, startedAt: string) => ({ time: startedAt, id });

      assert.deepEqual(await page({ limit: 2 }), ['p0', 'p1']);
      // Ties on time go by id: the page boundary can fall between episodes of the same time.
      assert.deepEqual(await page({ limit: 2, after: after('p1', '2026-11-02T08:00:00.000Z') }), [
        'p2',
        'p3',
      ]);
      // An episode added before the position (an older one, logged late) does not shift the next page.
      await store.addEpisode(owner, episode('late', '2026-11-01T12:00:00.000Z'));
      assert.deepEqual(await page({ limit: 2, after: after('p3', '2026-11-02T08:00:00.000Z') }), [
        'p4',
        'p5',
      ]);
      assert.deepEqual(await page({ limit: 2, after: after('p5', '2026-11-05T08:00:00.000Z') }), []);
      // Newest first runs the other way from the same kind of position.
      assert.deepEqual(
        await page({ newestFirst: true, limit: 3, after: after('p3', '2026-11-02T08:00:00.000Z') }),
        ['p2', 'p1', 'late'],
      );
      // The range and the position combine; the position's time may be written with an offset.
      assert.deepEqual(
        await page({ to: '2026-11-03T00:00:00Z', after: after('p2', '2026-11-02T09:00:00+01:00') }),
        ['p3'],
      );
      await assert.rejects(
        store.listEpisodes(owner, { after: after('p1', 'tuesday') }),
        code('NUMB_BAD_ENTRY'),
      );

      const diary = richDiary();
      for (const a of diary.assessments) await store.saveAssessment(owner, a);
      const [firstAssessment] = await store.listAssessments(owner, { limit: 1 });
      assert.ok(firstAssessment);
      assert.deepEqual(
        (
          await store.listAssessments(owner, { after: after(firstAssessment.id, firstAssessment.takenAt) })
        ).map((a) => a.id),
        ['as-2'],
      );
      const exposures = sampleDiary({ days: 10, end: '2026-11-30T00:00:00Z', seed: 5 }).exposures;
      for (const x of exposures) await store.addExposure(owner, x);
      const collected: string[] = [];
      let position: { time: string; id: string } | undefined;
      for (;;) {
        const found = await store.listExposures(
          owner,
          position ? { limit: 2, after: position } : { limit: 2 },
        );
        if (found.length === 0) break;
        collected.push(...found.map((x) => x.id));
        const last = found.at(-1) ?? assert.fail();
        position = { time: last.startedAt, id: last.id };
      }
      assert.deepEqual(
        collected,
        (await store.listExposures(owner)).map((x) => x.id),
      );
      assert.equal(collected.length, exposures.length);
    });

    it('answers "not found" for an id no entry can have (NUL, a lone surrogate, too long), never an error', async () => {
      const owner = 'odd-ids';
      await store.addEpisode(owner, episode('real', '2026-11-01T00:00:00.000Z'));
      for (const id of [
        'a\u0000b',
        '\u0000',
        'x\ud800',
        '\udc00y',
        'real\u0000',
        'r'.repeat(100_000),
        '',
        'é',
      ]) {
        assert.equal(await store.getEpisode(owner, id), null, JSON.stringify(id));
        assert.equal(await store.getExposure(owner, id), null, JSON.stringify(id));
        assert.equal(await store.deleteEpisode(owner, id), false, JSON.stringify(id));
        assert.equal(await store.deleteExposure(owner, id), false, JSON.stringify(id));
        assert.equal(await store.deleteAssessment(owner, id), false, JSON.stringify(id));
        assert.equal(await store.deleteBctq(owner, id), false, JSON.stringify(id));
      }
      assert.equal((await store.getEpisode(owner, 'real'))?.id, 'real', 'the real entry is untouched');
      await assert.rejects(store.listEpisodes('a\u0000b'), code('NUMB_BAD_REQUEST'));
      await assert.rejects(store.listEpisodes('\ud800'), code('NUMB_BAD_REQUEST'));
    });

    it('refuses a document holding NUL or a lone surrogate with the field, and keeps every other character', async () => {
      const owner = 'characters';
      const odd = [
        'tab\tnew line\nreturn\r',
        'emoji 🖐️ and astral 𝄞',
        'quotes " \' \\ backslash',
        'right-to-left שלום and e\u0301 combining',
        'line separator \u2028 paragraph \u2029',
        'z'.repeat(2000),
      ];
      const document = toDocument({
        episodes: odd.map((note, i) => episode(`odd-${i}`, `2026-11-0${i + 1}T08:00:00.000Z`, { note })),
        exposures: [],
        assessments: [],
        bctq: [],
      });
      await store.import(owner, JSON.parse(JSON.stringify(document)));
      assert.deepEqual(
        (await store.export(owner)).episodes.map((e) => e.note),
        odd,
      );
      for (const note of ['a\u0000b', 'lone \ud800']) {
        const bad = JSON.parse(JSON.stringify(document));
        bad.episodes[2].note = note;
        bad.episodes[2].id = 'odd-new';
        await assert.rejects(store.import(owner, bad), (error: unknown) => {
          assert.ok(error instanceof NumbError, String(error));
          assert.equal(error.code, 'NUMB_BAD_ENTRY');
          assert.deepEqual(error.path, ['episodes', 2, 'note']);
          return true;
        });
      }
      assert.equal((await store.counts(owner)).episodes, odd.length, 'a refused import writes nothing');
    });

    it('keeps owners apart', async () => {
      await store.addEpisode('alice', episode('same-id', '2026-11-01T00:00:00.000Z', { note: 'alice' }));
      await store.addEpisode('bob', episode('same-id', '2026-11-01T00:00:00.000Z', { note: 'bob' }));
      assert.equal((await store.getEpisode('alice', 'same-id'))?.note, 'alice');
      assert.equal((await store.getEpisode('bob', 'same-id'))?.note, 'bob');
      await store.deleteAll('alice');
      assert.equal(await store.getEpisode('alice', 'same-id'), null);
      assert.equal((await store.getEpisode('bob', 'same-id'))?.note, 'bob');
    });

    it('links episodes to exposure periods, refuses a link to a missing one, and unlinks on delete', async () => {
      const owner = 'links';
      const run = newExposure(
        { kind: 'run', interventions: ['hand_expander'], episodeCount: 1, durationMinutes: 40 },
        at('run-1', '2026-11-01T07:00:00.000Z'),
      );
      await store.addExposure(owner, run);
      assert.deepEqual(await store.getExposure(owner, 'run-1'), run);
      await store.updateExposure(owner, { ...run, episodeCount: 2 });
      assert.equal((await store.getExposure(owner, 'run-1'))?.episodeCount, 2);
      await assert.rejects(
        store.updateExposure(owner, { ...run, id: 'ghost' }),
        code('NUMB_ENTRY_NOT_FOUND'),
      );
      await store.addEpisode(owner, episode('on-run', '2026-11-01T07:20:00.000Z', { exposureId: 'run-1' }));
      await assert.rejects(
        store.addEpisode(owner, episode('dangling', '2026-11-01T07:30:00.000Z', { exposureId: 'run-2' })),
        code('NUMB_BAD_ENTRY'),
      );
      assert.equal(await store.getEpisode(owner, 'dangling'), null, 'nothing half-written');
      assert.deepEqual(
        (await store.listExposures(owner)).map((x) => x.id),
        ['run-1'],
      );
      assert.equal(await store.deleteExposure(owner, 'run-1'), true);
      assert.equal(
        (await store.getEpisode(owner, 'on-run'))?.exposureId,
        null,
        'the episode is kept, unlinked',
      );
    });

    it('saves assessments and BCTQ scores over time', async () => {
      const owner = 'instruments';
      const diary = richDiary();
      for (const a of diary.assessments) await store.saveAssessment(owner, a);
      for (const b of diary.bctq) await store.saveBctq(owner, b);
      assert.deepEqual(await store.listAssessments(owner), diary.assessments);
      assert.deepEqual(await store.listBctq(owner), diary.bctq);
      await assert.rejects(store.saveBctq(owner, diary.bctq[0] ?? assert.fail()), code('NUMB_ENTRY_EXISTS'));
      assert.deepEqual(
        (await store.listAssessments(owner, { from: '2026-10-15T00:00:00Z' })).map((a) => a.id),
        ['as-2'],
      );
      assert.equal(await store.deleteAssessment(owner, 'as-1'), true);
      assert.equal(await store.deleteBctq(owner, 'bq-1'), true);
      assert.deepEqual(await store.counts(owner), { episodes: 0, exposures: 0, assessments: 1, bctq: 0 });
    });

    it('exports everything and imports it into an empty store exactly', async () => {
      const diary = richDiary();
      const source = await harness.openEmpty();
      const target = await harness.openEmpty();
      try {
        const result = await source.import('local', toDocument(diary));
        assert.deepEqual(result.added, { episodes: 61, exposures: 30, assessments: 2, bctq: 1 });
        const exported = await source.export('local');
        assert.deepEqual(exported, toDocument(diary));
        await target.import('local', JSON.parse(JSON.stringify(exported)));
        assert.deepEqual(await target.export('local'), exported);
      } finally {
        await source.close();
        await target.close();
      }
    });

    it('imports all or nothing: a bad document changes nothing', async () => {
      const owner = 'atomic';
      await store.addEpisode(owner, episode('kept', '2026-11-01T00:00:00.000Z'));
      const before = await store.export(owner);
      const good = toDocument(sampleDiary({ days: 20, end: '2026-11-30T00:00:00Z' }));
      const badLast = {
        ...good,
        episodes: [...good.episodes, { ...good.episodes[0], id: 'last', severity: 99 }],
      };
      await assert.rejects(store.import(owner, badLast), (error: unknown) => {
        assert.ok(error instanceof NumbError);
        assert.deepEqual(error.path, ['episodes', 20, 'severity']);
        return true;
      });
      const dangling = {
        ...good,
        exposures: [],
        episodes: good.episodes.map((e, i) => (i === 5 ? { ...e, exposureId: 'missing' } : e)),
      };
      await assert.rejects(store.import(owner, dangling), (error: unknown) => {
        assert.ok(error instanceof NumbError);
        assert.equal(error.code, 'NUMB_BAD_IMPORT');
        assert.deepEqual(error.path, ['episodes', 5, 'exposureId']);
        return true;
      });
      await assert.rejects(store.import(owner, { format: 'something-else' }), code('NUMB_BAD_IMPORT'));
      assert.deepEqual(await store.export(owner), before);
    });

    it('skips entries it already has instead of overwriting them', async () => {
      const owner = 'twice';
      const doc = toDocument(sampleDiary({ days: 10, end: '2026-11-30T00:00:00Z' }));
      const first = await store.import(owner, doc);
      const second = await store.import(owner, doc);
      assert.deepEqual(second.added, { episodes: 0, exposures: 0, assessments: 0, bctq: 0 });
      assert.deepEqual(second.skipped, first.added);
      assert.deepEqual(await store.export(owner), doc);
    });

    it('deletes all of one owner’s data and says how much', async () => {
      const owner = 'gone';
      await store.import(owner, toDocument(richDiary()));
      assert.deepEqual(await store.deleteAll(owner), {
        episodes: 61,
        exposures: 30,
        assessments: 2,
        bctq: 1,
      });
      assert.deepEqual(await store.counts(owner), { episodes: 0, exposures: 0, assessments: 0, bctq: 0 });
      assert.deepEqual(await store.deleteAll(owner), { episodes: 0, exposures: 0, assessments: 0, bctq: 0 });
    });

    it('keeps concurrent writes apart from a transaction that fails', async () => {
      const owner = 'concurrent';
      const good = toDocument(sampleDiary({ days: 30, end: '2026-11-30T00:00:00Z' }));
      const bad = {
        ...good,
        exposures: [],
        episodes: good.episodes.map((e) => ({ ...e, exposureId: 'missing' })),
      };
      const writes = Array.from({ length: 40 }, (_, i) =>
        store.addEpisode(owner, episode(`c${i}`, new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString())),
      );
      const results = await Promise.allSettled([...writes, store.import(owner, bad)]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 40);
      assert.equal((await store.listEpisodes(owner)).length, 40, 'the failed import rolled back only itself');
    });

    it('property: export, import into an empty store, export again gives the same document', async () => {
      await fc.assert(
        fc.asyncProperty(diaryDocuments, async (document) => {
          const source = await harness.openEmpty();
          const target = await harness.openEmpty();
          try {
            await source.import('p', document);
            const first = await source.export('p');
            assert.deepEqual(
              first,
              toDocument(parseDiaryDocument(document)),
              'the store keeps what it was given',
            );
            await target.import('p', JSON.parse(JSON.stringify(first)));
            assert.deepEqual(await target.export('p'), first);
          } finally {
            await source.close();
            await target.close();
          }
        }),
        { numRuns: 25 },
      );
    });

    it('durability: every acknowledged entry survives the writer being killed mid-write (kill -9 of its process; in a browser, its page crashing)', {
      timeout: 120_000,
    }, async () => {
      const prefix = `k${Math.random().toString(36).slice(2, 8)}`;
      const acknowledged = harness.killWriter
        ? await harness.killWriter(prefix, ACKNOWLEDGED_BEFORE_KILL)
        : await killWriterProcess(harness.writerArgs ?? assert.fail('the harness has no writer'), prefix);
      assert.ok(acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL);
      const reopened = await harness.open();
      try {
        const stored = new Set((await reopened.listEpisodes('durability')).map((e) => e.id));
        const lost = acknowledged.filter((id) => !stored.has(id));
        assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged entries were lost`);
      } finally {
        await reopened.close();
      }
    });
  });
}
