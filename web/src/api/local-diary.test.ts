/**
 * The diary that lives in the browser answers as the server does: the same calls, made on the real server (over
 * HTTP, SQLite behind it) and on the local client (over a SQLite store of its own, as the browser's store is),
 * with the same clock and the same new ids, give equal replies and equal errors, one call after another.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sampleDiary, toDocument } from '../../../src/diary/index.ts';
import { type RunningApp, startApp } from '../../../src/server/testkit.ts';
import { type DiaryStore, openSqliteStore } from '../../../src/store/index.ts';
import { loadLanguage } from '../language.ts';
import { EPISODE } from './api-testkit.ts';
import { ApiError } from './client.ts';
import { type DiaryClient, diaryClient } from './diary.ts';
import { localDiaryClient } from './local-diary.ts';

const NOW = new Date('2026-11-30T12:00:00.000Z');

/** The id a reply gives a new entry, if it made one. */
function newIdOf(reply: unknown): string | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  for (const key of ['episode', 'exposure']) {
    const inner = (reply as Record<string, unknown>)[key];
    if (typeof inner === 'object' && inner !== null && 'id' in inner) return String(inner.id);
  }
  return 'id' in reply ? String(reply.id) : undefined;
}

/** What a call came to: its reply, or its error as the app reads it. */
async function outcome(call: Promise<unknown>): Promise<unknown> {
  try {
    return { reply: await call };
  } catch (error) {
    assert.ok(error instanceof ApiError, `an ApiError, got ${String(error)}`);
    return { error: { status: error.status, code: error.code, message: error.message, path: error.path } };
  }
}

describe('the diary in the browser, against the server', () => {
  let folders: string[] = [];
  let stores: DiaryStore[] = [];
  let running: RunningApp;
  let server: DiaryClient;
  let local: DiaryClient;
  let nextId = 'unused';

  before(async () => {
    await loadLanguage();
    folders = [
      await mkdtemp(join(tmpdir(), 'numbcheck-server-')),
      await mkdtemp(join(tmpdir(), 'numbcheck-local-')),
    ];
    stores = await Promise.all(folders.map((folder) => openSqliteStore(folder)));
    running = await startApp({ store: stores[0], now: () => NOW });
    server = diaryClient({ base: `${running.base}/api/v1`, fetch: (url, init) => fetch(url, init) });
    local = localDiaryClient(stores[1] as DiaryStore, { now: () => NOW, newId: () => nextId });
  });
  after(async () => {
    await running.close();
    await Promise.all(stores.map((store) => store.close()));
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  /** Makes the call on the server, then on the browser's diary with the id the server gave; both must agree. */
  async function same<T>(call: (diary: DiaryClient) => Promise<T>, what: string): Promise<T> {
    const fromServer = await outcome(call(server));
    nextId = newIdOf((fromServer as { reply?: unknown }).reply) ?? 'unused';
    const fromBrowser = await outcome(call(local));
    assert.deepEqual(fromBrowser, fromServer, what);
    return (fromServer as { reply: T }).reply;
  }

  it('logs, lists page by page, reads, changes, repeats and deletes episodes', async () => {
    const first = await same((d) => d.addEpisode(EPISODE), 'addEpisode');
    await same(
      (d) => d.addEpisode({ ...EPISODE, startedAt: '2026-11-21T22:40:00+01:00', severity: 6 }),
      'a second',
    );
    const page = await same((d) => d.episodes({ limit: '1', newestFirst: 'true' }), 'the first page');
    assert.ok(page.next !== null);
    await same(
      (d) => d.episodes({ limit: '1', newestFirst: 'true', cursor: page.next ?? '' }),
      'the next page',
    );
    await same((d) => d.episode(first.episode.id), 'episode');
    await same((d) => d.updateEpisode(first.episode.id, { ...EPISODE, severity: 7 }), 'updateEpisode');
    await same((d) => d.repeatEpisode(first.episode.id, { utcOffsetMinutes: 60 }), 'repeatEpisode');
    await same((d) => d.deleteEpisode(first.episode.id), 'deleteEpisode');
    await same((d) => d.episodes(), 'all of them');
  });

  it('gives the same errors: a bad entry, an unknown id, a foreign cursor, a delete without the words', async () => {
    await same((d) => d.addEpisode({ ...EPISODE, severity: 11 }), 'a severity of 11');
    await same((d) => d.episode('nothing-here'), 'an unknown episode');
    await same((d) => d.updateEpisode('nothing-here', EPISODE), 'an unknown episode changed');
    await same((d) => d.episodes({ cursor: 'bm90IGEgY3Vyc29y' }), 'a cursor numbcheck did not make');
    await same((d) => d.episodes({ limit: '9999' }), 'too large a page');
    await same((d) => d.deleteAll({ confirm: 'yes' } as never), 'delete-all without the words');
    await same((d) => d.importDocument({ format: 'something else' }), 'a document that is no export');
  });

  it('keeps exposure periods, assessments and BCTQ answers as the server does', async () => {
    await same(
      (d) =>
        d.addExposure({
          kind: 'run',
          startedAt: '2026-11-22T08:00:00+01:00',
          durationMinutes: 45,
          episodeCount: 1,
        }),
      'addExposure',
    );
    await same((d) => d.exposures({ newestFirst: 'true' }), 'exposures');
    await same((d) => d.saveAssessment({ answers: { age: 52 }, utcOffsetMinutes: 60 }), 'saveAssessment');
    await same((d) => d.saveAssessment({ answers: { age: 'old' } as never }), 'a bad answer');
    const questionnaire = await same((d) => d.questionnaire(), 'questionnaire');
    const items = [...questionnaire.symptomSeverity.items, ...questionnaire.functionalStatus.items];
    await same(
      (d) => d.saveBctq({ answers: Object.fromEntries(items.map((item) => [item.id, 2])) }),
      'saveBctq',
    );
  });

  it('imports a long diary and reads the same insights, summary and export from it', async () => {
    const document = toDocument(sampleDiary({ days: 90, end: NOW.toISOString() }));
    await same((d) => d.importDocument(document), 'importDocument');
    await same((d) => d.importDocument(document), 'the same again: all skipped');
    await same((d) => d.insights({ utcOffsetMinutes: '60' }), 'insights');
    await same((d) => d.insights({ utcOffsetMinutes: '5000' }), 'a bad offset');
    await same((d) => d.summary({ utcOffsetMinutes: '60' }), 'summary of the last 90 days');
    await same(
      (d) => d.summary({ from: '2026-11-01T00:00:00Z', to: '2026-11-15T00:00:00Z' }),
      'summary of two weeks',
    );
    await same((d) => d.exportDocument(), 'exportDocument');
    await same((d) => d.exportFhir(), 'exportFhir');
    await same((d) => d.deleteAll({ confirm: 'delete everything' }), 'deleteAll');
    await same((d) => d.exportDocument(), 'an empty diary');
  });
});
