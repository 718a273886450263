/**
 * A diary moves between the two stores: exported from a SQLite file, imported into PostgreSQL, and back, exactly.
 * Text a store cannot keep exactly (NUL, lone surrogates) is refused by the parsers, with its place in the document,
 * never by a driver error.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import {
  type Diary,
  newBctqRecord,
  newEpisode,
  newExposure,
  newSavedAssessment,
  sampleDiary,
} from '../diary/index.ts';
import { NumbError } from '../errors.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { dropSchemas, TEST_DATABASE_URL, withTestDatabase } from './postgres/test-database.ts';
import { openSqliteStore, SQLITE_FILE } from './sqlite/sqlite-store.ts';
import type { DiaryStore } from './store.ts';

const at = (id: string, now: string) => ({ id, now, utcOffsetMinutes: 60 });

/** Every kind of entry, with the text that is easiest to lose between databases. */
function awkwardDiary(): Diary {
  const diary = sampleDiary({ days: 90, end: '2026-11-30T00:00:00Z', seed: 11 });
  const notes = [
    'tab\there, new line\nand return\r',
    'emoji 🖐️👍🏽, astral 𝄞, combining e\u0301',
    'quotes " \' \\ and a backslash at the end \\',
    'right to left: שלום, مرحبا',
    'separators \u2028 and \u2029, non-breaking\u00a0space',
    'n'.repeat(2000),
  ];
  const run = newExposure(
    { kind: 'run', interventions: ['hand_expander', 'own_words_here'], note: notes[1] },
    at('run-awkward', '2026-11-29T06:00:00.000Z'),
  );
  diary.exposures.push(run);
  notes.forEach((note, i) => {
    diary.episodes.push(
      newEpisode(
        { startedAt: `2026-11-2${i}T08:00:00.000+05:45`, note, exposureId: i === 0 ? run.id : null },
        at(`awkward-${i}`, '2026-11-20T00:00:00.000Z'),
      ),
    );
  });
  diary.assessments.push(
    newSavedAssessment(
      { stroke_signs: [], hand_map: { left: { palm: ['ring', 'little'], arm: ['forearm'] } }, age: 61 },
      at('assessment-1', '2026-11-15T12:00:00.000Z'),
    ),
  );
  diary.bctq.push(newBctqRecord({ numbness: 3, tingling: null }, at('bctq-1', '2026-11-16T12:00:00.000Z')));
  return diary;
}

await withTestDatabase('moving a diary between SQLite and PostgreSQL', 'moves a diary both ways', () => {
  describe('moving a diary between SQLite and PostgreSQL', () => {
    let root: string;
    const schemas: string[] = [];
    const stores: DiaryStore[] = [];
    const sqlite = async (name: string) => {
      const store = await openSqliteStore(join(root, name));
      stores.push(store);
      return store;
    };
    const postgres = async () => {
      const schema = `numbcheck_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      const store = await openPostgresStore({ url: TEST_DATABASE_URL, schema, maxConnections: 2 });
      stores.push(store);
      return store;
    };
    before(async () => {
      root = await mkdtemp(join(tmpdir(), 'numbcheck-cross-'));
    });
    after(async () => {
      for (const store of stores) await store.close();
      await dropSchemas(schemas);
      await rm(root, { recursive: true, force: true });
    });

    it('exports from SQLite, imports into PostgreSQL and back, exactly', async () => {
      const first = await sqlite('first');
      const diary = awkwardDiary();
      for (const x of diary.exposures) await first.addExposure('local', x);
      for (const e of diary.episodes) await first.addEpisode('local', e);
      for (const a of diary.assessments) await first.saveAssessment('local', a);
      for (const b of diary.bctq) await first.saveBctq('local', b);
      const fromSqlite = JSON.parse(JSON.stringify(await first.export('local')));

      const pg = await postgres();
      await pg.import('local', fromSqlite);
      const fromPostgres = JSON.parse(JSON.stringify(await pg.export('local')));
      assert.deepEqual(fromPostgres, fromSqlite);

      const back = await sqlite('back');
      await back.import('local', fromPostgres);
      assert.deepEqual(JSON.parse(JSON.stringify(await back.export('local'))), fromSqlite);
    });

    it('refuses a SQLite diary holding NUL or a lone surrogate with the field, and PostgreSQL keeps nothing', async () => {
      const old = await sqlite('old');
      await old.addEpisode('local', newEpisode({ note: 'fine' }, at('e1', '2026-11-01T08:00:00.000Z')));
      await old.addEpisode('local', newEpisode({ note: 'fine' }, at('e2', '2026-11-02T08:00:00.000Z')));
      // A file written before the diary refused such text: SQLite keeps it, PostgreSQL cannot.
      const file = new DatabaseSync(join(root, 'old', SQLITE_FILE));
      file.prepare("UPDATE episodes SET note = ? WHERE id = 'e2'").run('before\u0000after');
      file.close();
      const exported = JSON.parse(JSON.stringify(await old.export('local')));
      const pg = await postgres();
      await assert.rejects(pg.import('local', exported), (error: unknown) => {
        assert.ok(error instanceof NumbError, String(error));
        assert.equal(error.code, 'NUMB_BAD_ENTRY');
        assert.deepEqual(error.path, ['episodes', 1, 'note']);
        assert.match(error.message, /U\+0000 at character 7/);
        return true;
      });
      exported.episodes[1].note = 'lone \ud83d';
      await assert.rejects(
        pg.import('local', exported),
        /"episodes\.1\.note" expects well-formed Unicode text/,
      );
      assert.deepEqual(await pg.counts('local'), { episodes: 0, exposures: 0, assessments: 0, bctq: 0 });
    });
  });
});
