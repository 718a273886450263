import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Bundle, Composition } from '@medplum/fhirtypes';
import Schema from 'typebox/schema';
import { sampleDiary, toDocument } from '../../diary/index.ts';
import { scoreBctq } from '../../engine/index.ts';
import { diaryFromFhir } from '../../fhir/index.ts';
import { fhirErrors } from '../../fhir/validation-testkit.ts';
import { bctq } from '../../knowledge/instruments/bctq.ts';
import { type DiaryStore, openPostgresStore, openSqliteStore } from '../../store/index.ts';
import { dropSchemas, TEST_DATABASE_URL, withTestDatabase } from '../../store/postgres/test-database.ts';
import { BODY_LIMIT } from '../app.ts';
import { RATE_LIMITS } from '../rate-limits.ts';
import { CLIENT_HEADER } from '../request-guard.ts';
import { assertSecurityHeaders, errorOf, type RunningApp, startApp, useApp } from '../testkit.ts';
import { IMPORT_BODY_LIMIT } from './diary-records.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of a JSON object, failing the test if it is not there. */
function field(value: unknown, ...keys: (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = current[key];
    else current = undefined;
    assert.ok(current !== undefined, `missing ${keys.join('.')} (at ${key})`);
  }
  return current;
}

function text(value: unknown, ...keys: (string | number)[]): string {
  const found = field(value, ...keys);
  assert.equal(typeof found, 'string', keys.join('.'));
  return String(found);
}

function list(value: unknown, ...keys: (string | number)[]): unknown[] {
  const found = field(value, ...keys);
  assert.ok(Array.isArray(found), `${keys.join('.')} is a list`);
  return found;
}

/** Validates a response body against the published OpenAPI document's schema for it. */
class Contract {
  readonly #openapi: unknown;
  constructor(openapi: unknown) {
    this.#openapi = openapi;
  }
  check(path: string, method: string, status: number, body: unknown): void {
    const schema = field(
      this.#openapi,
      'paths',
      path,
      method,
      'responses',
      String(status),
      'content',
      'application/json',
      'schema',
    );
    assert.ok(isRecord(schema));
    const validator = Schema.Compile({ ...schema, components: field(this.#openapi, 'components') });
    const [valid, errors] = validator.Errors(body);
    assert.ok(valid, `${method.toUpperCase()} ${path} ${status}: ${JSON.stringify(errors.slice(0, 3))}`);
  }
}

interface Api {
  base: string;
  contract: Contract;
}

async function call(
  api: Api,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; response: Response }> {
  const init: RequestInit =
    body === undefined
      ? { method, headers: { [CLIENT_HEADER]: 'test' } }
      : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(`${api.base}/api/v1${path}`, init);
  const raw = await response.text();
  const json: unknown = raw === '' ? null : JSON.parse(raw);
  return { status: response.status, json, response };
}

/** A request that must succeed with `status`; the body is checked against the OpenAPI document. */
async function ok(
  api: Api,
  method: string,
  path: string,
  documented: string,
  status: number,
  body?: unknown,
): Promise<unknown> {
  const result = await call(api, method, path, body);
  assert.equal(result.status, status, `${method} ${path}: ${JSON.stringify(result.json)}`);
  if (documented !== '/api/v1/bctq/questionnaire') {
    assert.equal(result.response.headers.get('cache-control'), 'no-store', `${method} ${path}: no-store`);
  }
  if (status !== 204) api.contract.check(documented, method.toLowerCase(), status, result.json);
  return result.json;
}

/** A request that must fail with `status` and numbcheck's error body. */
async function fails(
  api: Api,
  method: string,
  path: string,
  status: number,
  body?: unknown,
): Promise<{ code: string; message: string; path: (string | number)[] }> {
  const init: RequestInit =
    body === undefined
      ? { method, headers: { [CLIENT_HEADER]: 'test' } }
      : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(`${api.base}/api/v1${path}`, init);
  assert.equal(response.status, status, `${method} ${path}`);
  return errorOf(response);
}

const EPISODE = {
  startedAt: '2026-11-20T07:15:00+01:00',
  durationMinutes: 10,
  handMap: { right: { palm: ['thumb', 'index', 'middle'] } },
  activities: ['sleeping'],
  severity: 4,
  interventions: ['splint'],
  note: 'woke up with it',
};

const ALL_BCTQ_ITEMS = [...bctq.symptomSeverity.items, ...bctq.functionalStatus.items];

/** The diary API over one store: every test below runs against SQLite and against PostgreSQL. */
function diaryApiSuite(name: string, setUp: () => Promise<{ store: DiaryStore; cleanup(): Promise<void> }>) {
  describe(`the diary HTTP API over ${name} (real HTTP on 127.0.0.1)`, () => {
    let server: RunningApp;
    let store: DiaryStore;
    let cleanup: () => Promise<void>;
    let api: Api;
    before(async () => {
      ({ store, cleanup } = await setUp());
      // This suite imports far more often than a person does: imports get the general limit here.
      server = await startApp({ store, rateLimits: { ...RATE_LIMITS, import: RATE_LIMITS.default } });
      const openapi: unknown = await (await fetch(`${server.base}/openapi.json`)).json();
      api = { base: server.base, contract: new Contract(openapi) };
    });
    after(async () => {
      await server.close();
      await store.close();
      await cleanup();
    });

    const emptyDiary = async () => {
      await ok(api, 'DELETE', '/diary', '/api/v1/diary', 200, { confirm: 'delete everything' });
    };

    it('creates, reads, replaces and deletes an episode', async () => {
      await emptyDiary();
      const created = await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, EPISODE);
      const episode = field(created, 'episode');
      const id = text(episode, 'id');
      assert.match(id, /^[0-9a-f-]{36}$/, 'a UUID');
      assert.equal(text(episode, 'startedAt'), '2026-11-20T06:15:00.000Z');
      assert.equal(field(episode, 'utcOffsetMinutes'), 60, 'the offset written in startedAt');
      assert.equal(field(created, 'check', 'emergency'), false);
      assert.equal(
        field(created, 'check', 'level'),
        field(created, 'check', 'assessment', 'triage', 'level'),
      );

      assert.deepEqual(await ok(api, 'GET', `/episodes/${id}`, '/api/v1/episodes/{id}', 200), episode);

      const replaced = await ok(api, 'PUT', `/episodes/${id}`, '/api/v1/episodes/{id}', 200, {
        ...EPISODE,
        severity: 7,
        note: '',
      });
      assert.equal(field(replaced, 'episode', 'severity'), 7);
      assert.equal(field(replaced, 'episode', 'id'), id);
      assert.equal(typeof field(replaced, 'check', 'level'), 'string');
      const read = await ok(api, 'GET', `/episodes/${id}`, '/api/v1/episodes/{id}', 200);
      assert.deepEqual(read, field(replaced, 'episode'));

      // Without startedAt, an edit keeps the time saved; fields left out become empty.
      const kept = await ok(api, 'PUT', `/episodes/${id}`, '/api/v1/episodes/{id}', 200, { severity: 2 });
      assert.equal(text(kept, 'episode', 'startedAt'), '2026-11-20T06:15:00.000Z');
      assert.equal(field(kept, 'episode', 'utcOffsetMinutes'), 60);
      assert.deepEqual(field(kept, 'episode', 'activities'), []);

      await ok(api, 'DELETE', `/episodes/${id}`, '/api/v1/episodes/{id}', 204);
      for (const method of ['GET', 'DELETE']) {
        const error = await fails(api, method, `/episodes/${id}`, 404);
        assert.equal(error.code, 'NUMB_ENTRY_NOT_FOUND');
        assert.equal(error.message, `the diary has no episode with the id "${id}"`);
        assert.deepEqual(error.path, ['id']);
      }
      assert.equal(
        (await fails(api, 'PUT', '/episodes/nothing-here', 404, EPISODE)).code,
        'NUMB_ENTRY_NOT_FOUND',
      );
      assert.equal(
        (await fails(api, 'POST', '/episodes/nothing-here/repeat', 404)).code,
        'NUMB_ENTRY_NOT_FOUND',
      );
    });

    it('defaults: when is now, the offset is utcOffsetMinutes, else 0; an id may be chosen, once', async () => {
      await emptyDiary();
      const before = Date.now();
      const plain = field(await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, {}), 'episode');
      const started = Date.parse(text(plain, 'startedAt'));
      assert.ok(started >= before - 1000 && started <= Date.now() + 1000, 'now');
      assert.equal(field(plain, 'utcOffsetMinutes'), 0);
      const offset = await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, { utcOffsetMinutes: -300 });
      assert.equal(field(offset, 'episode', 'utcOffsetMinutes'), -300);
      await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, { id: 'my-own-id' });
      const taken = await fails(api, 'POST', '/episodes', 409, { id: 'my-own-id' });
      assert.equal(taken.code, 'NUMB_ENTRY_EXISTS');
    });

    it('logs an episode again, now: where, what, severity and symptoms copied; time, note and link not', async () => {
      await emptyDiary();
      const exposure = await ok(api, 'POST', '/exposures', '/api/v1/exposures', 201, { kind: 'run' });
      const exposureId = text(exposure, 'exposure', 'id');
      const first = field(
        await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, { ...EPISODE, exposureId }),
        'episode',
      );
      const repeated = await ok(
        api,
        'POST',
        `/episodes/${text(first, 'id')}/repeat`,
        '/api/v1/episodes/{id}/repeat',
        201,
      );
      const again = field(repeated, 'episode');
      assert.notEqual(text(again, 'id'), text(first, 'id'));
      for (const key of [
        'handMap',
        'activities',
        'severity',
        'symptoms',
        'interventions',
        'durationMinutes',
      ]) {
        assert.deepEqual(field(again, key), field(first, key), key);
      }
      assert.equal(field(again, 'note'), '');
      assert.equal(field(again, 'exposureId'), null);
      assert.equal(field(again, 'utcOffsetMinutes'), 60, "the repeated episode's offset");
      assert.ok(Math.abs(Date.parse(text(again, 'startedAt')) - Date.now()) < 5000, 'now');
      assert.deepEqual(
        await ok(api, 'GET', `/episodes/${text(again, 'id')}`, '/api/v1/episodes/{id}', 200),
        again,
      );
      const withOffset = await ok(
        api,
        'POST',
        `/episodes/${text(first, 'id')}/repeat`,
        '/api/v1/episodes/{id}/repeat',
        201,
        { utcOffsetMinutes: 120 },
      );
      assert.equal(field(withOffset, 'episode', 'utcOffsetMinutes'), 120);
      await ok(api, 'POST', `/episodes/${text(first, 'id')}/repeat`, '/api/v1/episodes/{id}/repeat', 201, {});
      const extra = await fails(api, 'POST', `/episodes/${text(first, 'id')}/repeat`, 400, { note: 'x' });
      assert.deepEqual(extra.path, ['note']);
      const episodes = list(await ok(api, 'GET', '/episodes', '/api/v1/episodes', 200), 'episodes');
      assert.equal(episodes.length, 4);
    });

    it('runs the danger check: a drooping face is an emergency, and the episode is still saved', async () => {
      await emptyDiary();
      const created = await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, {
        ...EPISODE,
        symptoms: ['face_droop'],
      });
      assert.equal(field(created, 'check', 'emergency'), true);
      assert.equal(field(created, 'check', 'level'), 'emergency');
      assert.equal(field(created, 'check', 'assessment', 'triage', 'level'), 'emergency');
      const id = text(created, 'episode', 'id');
      const saved = await ok(api, 'GET', `/episodes/${id}`, '/api/v1/episodes/{id}', 200);
      assert.deepEqual(field(saved, 'symptoms'), ['face_droop']);
      const repeated = await ok(api, 'POST', `/episodes/${id}/repeat`, '/api/v1/episodes/{id}/repeat', 201);
      assert.equal(field(repeated, 'check', 'emergency'), true, 'a repeat is checked too');
    });

    it('a bad episode is a 400 naming the field, what it expects and what came; nothing is written', async () => {
      await emptyDiary();
      const cases: [unknown, string, string, (string | number)[]][] = [
        [
          { severity: 11 },
          'NUMB_BAD_ENTRY',
          '"severity" expects a whole number from 0 to 10, got 11',
          ['severity'],
        ],
        [
          { durationMinutes: -1 },
          'NUMB_BAD_ENTRY',
          '"durationMinutes" expects a whole number of minutes from 0 to 43200, got -1',
          ['durationMinutes'],
        ],
        [
          { symptoms: ['heartburn'] },
          'NUMB_BAD_ENTRY',
          '"symptoms.0" expects a symptom id from `numbcheck knowledge` (for example chest_pain, face_droop, hand_weakness), got "heartburn"',
          ['symptoms', 0],
        ],
        [
          { startedAt: 'yesterday' },
          'NUMB_BAD_ENTRY',
          '"startedAt" expects a date and time with a zone',
          ['startedAt'],
        ],
        [
          { severty: 3 },
          'NUMB_BAD_ENTRY',
          '"severty" is not a field of an episode; the fields are id,',
          ['severty'],
        ],
        [{ exposureId: 'no-such-run' }, 'NUMB_BAD_ENTRY', '', ['exposureId']],
        [[], 'NUMB_BAD_REQUEST', 'the body expects a JSON object (an episode), got a list', []],
        [42, 'NUMB_BAD_REQUEST', 'the body expects a JSON object (an episode), got 42', []],
      ];
      for (const [body, code, message, path] of cases) {
        const error = await fails(api, 'POST', '/episodes', 400, body);
        assert.equal(error.code, code, JSON.stringify(body));
        assert.ok(error.message.startsWith(message), `${error.message} starts with ${message}`);
        if (path.length > 0 || code === 'NUMB_BAD_REQUEST') assert.deepEqual(error.path, path);
      }
      assert.deepEqual(list(await ok(api, 'GET', '/episodes', '/api/v1/episodes', 200), 'episodes'), []);
      const notJson = await fetch(`${api.base}/api/v1/episodes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"severity": 3,',
      });
      assert.equal(notJson.status, 400);
      assert.equal((await errorOf(notJson)).code, 'NUMB_BAD_JSON');
      const tooBig = await fails(api, 'POST', '/episodes', 413, { note: 'x'.repeat(BODY_LIMIT) });
      assert.equal(tooBig.code, 'NUMB_BODY_TOO_LARGE');
      assert.match(tooBig.message, /^the body expects at most 65,536 bytes \(64 KiB\)/);
    });

    it('a bad PUT leaves the old episode as it was', async () => {
      await emptyDiary();
      const created = await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, EPISODE);
      const id = text(created, 'episode', 'id');
      const error = await fails(api, 'PUT', `/episodes/${id}`, 400, { ...EPISODE, severity: 11 });
      assert.equal(error.message, '"severity" expects a whole number from 0 to 10, got 11');
      const otherId = await fails(api, 'PUT', `/episodes/${id}`, 400, { ...EPISODE, id: 'another' });
      assert.deepEqual(otherId.path, ['id']);
      const badLink = await fails(api, 'PUT', `/episodes/${id}`, 400, {
        ...EPISODE,
        exposureId: 'no-such-run',
      });
      assert.equal(badLink.code, 'NUMB_BAD_ENTRY');
      assert.deepEqual(
        await ok(api, 'GET', `/episodes/${id}`, '/api/v1/episodes/{id}', 200),
        field(created, 'episode'),
      );
    });

    it('lists episodes in a range, oldest first or newest first, up to a limit', async () => {
      await emptyDiary();
      for (const day of ['01', '02', '03', '04']) {
        await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, {
          startedAt: `2026-11-${day}T08:00:00Z`,
        });
      }
      const times = async (query: string) =>
        list(await ok(api, 'GET', `/episodes${query}`, '/api/v1/episodes', 200), 'episodes').map((e) =>
          text(e, 'startedAt').slice(8, 10),
        );
      assert.deepEqual(await times(''), ['01', '02', '03', '04']);
      assert.deepEqual(await times('?newestFirst=true&limit=2'), ['04', '03']);
      assert.deepEqual(
        await times(
          `?from=${encodeURIComponent('2026-11-02T00:00Z')}&to=${encodeURIComponent('2026-11-04T00:00Z')}`,
        ),
        ['02', '03'],
      );
      const badLimit = await fails(api, 'GET', '/episodes?limit=0', 400);
      assert.equal(
        badLimit.message,
        '"limit" expects a whole number from 1 to 500 (entries in a page; follow "next" for more), got "0"',
      );
      assert.deepEqual((await fails(api, 'GET', '/episodes?limit=501', 400)).path, ['limit']);
      const badFrom = await fails(api, 'GET', '/episodes?from=monday', 400);
      assert.equal(badFrom.code, 'NUMB_BAD_REQUEST');
      assert.match(badFrom.message, /^"from" expects a date and time with a zone/);
      const unknown = await fails(api, 'GET', '/episodes?page=2', 400);
      assert.deepEqual(unknown.path, ['page']);
    });

    it('answers NUL, lone surrogates and over-long ids with a 4xx naming the field, never a 500', async () => {
      await emptyDiary();
      for (const id of ['a%00b', '%00', 'x%ED%A0%80', `${'r'.repeat(5000)}`, 'caf%C3%A9']) {
        for (const [method, path] of [
          ['GET', `/episodes/${id}`],
          ['DELETE', `/episodes/${id}`],
          ['POST', `/episodes/${id}/repeat`],
          ['GET', `/exposures/${id}`],
          ['DELETE', `/exposures/${id}`],
        ] as const) {
          const response = await fetch(`${api.base}/api/v1${path}`, {
            method,
            headers: { [CLIENT_HEADER]: 'test' },
          });
          const error = await errorOf(response);
          const expected = id.includes('%ED') ? 400 : id.length > 100 ? 414 : 404;
          assert.equal(response.status, expected, `${method} ${path.slice(0, 40)}: ${error.message}`);
        }
        const put = await fetch(`${api.base}/api/v1/episodes/${id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(EPISODE),
        });
        assert.ok([400, 404, 414].includes(put.status), `PUT ${id.slice(0, 20)}: ${put.status}`);
        await errorOf(put);
      }
      // Text in a body: JSON brings NUL and lone surrogates in as escapes.
      for (const raw of ['"a\\u0000b"', '"lone \\ud800"', '"\\udc00"']) {
        const response = await fetch(`${api.base}/api/v1/episodes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{ "note": ${raw} }`,
        });
        assert.equal(response.status, 400, raw);
        const error = await errorOf(response);
        assert.equal(error.code, 'NUMB_BAD_ENTRY');
        assert.deepEqual(error.path, ['note']);
      }
      const document = toDocument(sampleDiary({ days: 5, end: '2026-11-30T00:00:00Z' }));
      const withNul = JSON.parse(JSON.stringify(document));
      withNul.exposures[0].note = 'run\u0000';
      const refused = await fails(api, 'POST', '/import', 400, withNul);
      assert.deepEqual(refused.path, ['exposures', 0, 'note']);
      const long = JSON.parse(JSON.stringify(document));
      long.episodes[0].note = 'x'.repeat(15 * 1024 * 1024);
      const tooLong = await fails(api, 'POST', '/import', 400, long);
      assert.equal(tooLong.message, '"episodes.0.note" expects at most 2,000 characters, got 15,728,640');
      assert.deepEqual(list(await ok(api, 'GET', '/episodes', '/api/v1/episodes', 200), 'episodes'), []);
    });

    it('pages every listing: a default page size, a cursor to the next page, null at the end', async () => {
      await emptyDiary();
      const diary = sampleDiary({ days: 150, end: '2026-11-30T00:00:00Z', seed: 3 });
      await ok(api, 'POST', '/import', '/api/v1/import', 200, toDocument(diary));
      const pages = async (path: string, key: string, documented: string) => {
        const seen: string[] = [];
        const sizes: number[] = [];
        let cursor: string | null = null;
        do {
          const separator = path.includes('?') ? '&' : '?';
          const url: string = cursor === null ? path : `${path}${separator}cursor=${cursor}`;
          const page = await ok(api, 'GET', url, documented, 200);
          const entries = list(page, key);
          sizes.push(entries.length);
          for (const entry of entries) seen.push(text(entry, 'id'));
          const next = field(page, 'next');
          cursor = next === null ? null : String(next);
        } while (cursor !== null);
        return { seen, sizes };
      };
      const episodes = await pages('/episodes', 'episodes', '/api/v1/episodes');
      assert.deepEqual(episodes.sizes, [100, diary.episodes.length - 100], 'a default page of 100');
      assert.deepEqual(
        episodes.seen,
        diary.episodes.map((e) => e.id),
        'every episode once, oldest first',
      );
      const newest = await pages('/episodes?newestFirst=true&limit=40', 'episodes', '/api/v1/episodes');
      assert.deepEqual(newest.seen, diary.episodes.map((e) => e.id).reverse());
      const exposures = await pages('/exposures?limit=7', 'exposures', '/api/v1/exposures');
      assert.deepEqual(
        exposures.seen,
        diary.exposures.map((x) => x.id),
      );

      const first = await ok(api, 'GET', '/episodes?limit=2', '/api/v1/episodes', 200);
      const next = text(first, 'next');
      const wrongOrder = await fails(api, 'GET', `/episodes?newestFirst=true&cursor=${next}`, 400);
      assert.deepEqual(wrongOrder.path, ['cursor']);
      assert.match(wrongOrder.message, /was made for oldest first: send newestFirst=false with it/);
      const made = await fails(api, 'GET', '/episodes?cursor=page-two', 400);
      assert.equal(made.code, 'NUMB_BAD_REQUEST');
      assert.equal(
        made.message,
        '"cursor" expects the "next" value of the previous page, unchanged (leave it out for the first page), ' +
          'got "page-two", which is not a cursor numbcheck made',
      );
    });

    it('exposure periods: create, list, read, replace, delete (linked episodes are kept, unlinked)', async () => {
      await emptyDiary();
      const created = await ok(api, 'POST', '/exposures', '/api/v1/exposures', 201, {
        kind: 'run',
        startedAt: '2026-11-20T07:00:00+01:00',
        durationMinutes: 40,
        interventions: ['hand_expander'],
        episodeCount: 1,
      });
      const exposure = field(created, 'exposure');
      const id = text(exposure, 'id');
      assert.deepEqual(await ok(api, 'GET', `/exposures/${id}`, '/api/v1/exposures/{id}', 200), exposure);
      const listed = list(await ok(api, 'GET', '/exposures', '/api/v1/exposures', 200), 'exposures');
      assert.deepEqual(listed, [exposure]);
      const replaced = await ok(api, 'PUT', `/exposures/${id}`, '/api/v1/exposures/{id}', 200, {
        kind: 'run',
        episodeCount: 3,
      });
      assert.equal(field(replaced, 'exposure', 'episodeCount'), 3);
      assert.equal(text(replaced, 'exposure', 'startedAt'), '2026-11-20T06:00:00.000Z', 'time kept');
      const bad = await fails(api, 'PUT', `/exposures/${id}`, 400, { kind: 'swim' });
      assert.deepEqual(bad.path, ['kind']);
      assert.match(bad.message, /^"kind" expects one of run, ride, workout/);
      assert.deepEqual(
        await ok(api, 'GET', `/exposures/${id}`, '/api/v1/exposures/{id}', 200),
        field(replaced, 'exposure'),
      );
      const linked = await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, { exposureId: id });
      await ok(api, 'DELETE', `/exposures/${id}`, '/api/v1/exposures/{id}', 204);
      assert.equal((await fails(api, 'GET', `/exposures/${id}`, 404)).code, 'NUMB_ENTRY_NOT_FOUND');
      const episode = await ok(
        api,
        'GET',
        `/episodes/${text(linked, 'episode', 'id')}`,
        '/api/v1/episodes/{id}',
        200,
      );
      assert.equal(field(episode, 'exposureId'), null);
      assert.equal((await fails(api, 'POST', '/exposures', 400, {})).code, 'NUMB_BAD_ENTRY');
    });

    it('saves an assessment it made itself from the answers: face_droop is saved as an emergency', async () => {
      await emptyDiary();
      const saved = await ok(api, 'POST', '/diary/assessments', '/api/v1/diary/assessments', 201, {
        answers: { stroke_signs: ['face_droop'] },
        utcOffsetMinutes: 60,
      });
      assert.equal(field(saved, 'assessment', 'triage', 'level'), 'emergency');
      assert.deepEqual(field(saved, 'answers'), { stroke_signs: ['face_droop'] });
      assert.equal(field(saved, 'utcOffsetMinutes'), 60);
      // A client's own result is not taken.
      const forged = await fails(api, 'POST', '/diary/assessments', 400, {
        answers: { stroke_signs: ['face_droop'] },
        assessment: { triage: { level: 'self_care' } },
      });
      assert.deepEqual(forged.path, ['assessment']);
      const badAnswer = await fails(api, 'POST', '/diary/assessments', 400, { answers: { age: 300 } });
      assert.equal(badAnswer.code, 'NUMB_BAD_ANSWER');
      assert.equal(badAnswer.message, '"answers.age" expects a number of years from 0 to 120, got 300');
      assert.deepEqual(badAnswer.path, ['answers', 'age']);
      assert.equal(
        (await fails(api, 'POST', '/diary/assessments', 400, {})).message,
        '"answers" is required, got nothing',
      );
      const listed = list(
        await ok(api, 'GET', '/diary/assessments', '/api/v1/diary/assessments', 200),
        'assessments',
      );
      assert.deepEqual(listed, [saved]);
    });

    it('saves BCTQ answers with the scores numbcheck computes, and serves the questionnaire', async () => {
      await emptyDiary();
      const questionnaire = await ok(api, 'GET', '/bctq/questionnaire', '/api/v1/bctq/questionnaire', 200);
      assert.equal(list(questionnaire, 'symptomSeverity', 'items').length, 11);
      assert.equal(list(questionnaire, 'functionalStatus', 'items').length, 8);
      const answers = Object.fromEntries(ALL_BCTQ_ITEMS.map((item, i) => [item.id, (i % 5) + 1]));
      const saved = await ok(api, 'POST', '/diary/bctq', '/api/v1/diary/bctq', 201, { answers });
      assert.deepEqual(field(saved, 'scores'), scoreBctq(answers));
      assert.equal(typeof field(saved, 'scores', 'symptomSeverity'), 'number');
      const bad = await fails(api, 'POST', '/diary/bctq', 400, { answers: { numbness: 7 } });
      assert.equal(bad.code, 'NUMB_BAD_ANSWER');
      assert.deepEqual(bad.path, ['answers', 'numbness']);
      const unknown = await fails(api, 'POST', '/diary/bctq', 400, { answers: { sleep: 2 } });
      assert.deepEqual(unknown.path, ['answers', 'sleep']);
      const listed = list(await ok(api, 'GET', '/diary/bctq', '/api/v1/diary/bctq', 200), 'bctq');
      assert.deepEqual(listed, [saved]);
    });

    it('insights and the summary have their documented shape, each part with its text', async () => {
      await emptyDiary();
      await ok(api, 'POST', '/import', '/api/v1/import', 200, {
        ...toDocument(sampleDiary({ days: 120, end: new Date().toISOString() })),
      });
      const insights = await ok(api, 'GET', '/insights?utcOffsetMinutes=60', '/api/v1/insights', 200);
      assert.equal(field(insights, 'counts', 'episodes'), 120);
      assert.ok(list(insights, 'patterns', 'text').length > 0);
      assert.ok(list(insights, 'trend', 'text').length > 0);
      for (const comparison of list(insights, 'comparisons'))
        assert.equal(typeof field(comparison, 'text'), 'string');
      field(insights, 'changes', 'changes');
      // The sample ticks the wrist splint on about 3 in 10 episodes: severity with and without it, in words.
      const [splint] = list(insights, 'interventions', 'severity');
      assert.equal(field(splint, 'intervention'), 'splint');
      assert.equal(field(splint, 'status'), 'compared');
      assert.match(String(field(splint, 'text')), /not that the wrist splint caused it\.$/);
      assert.equal(field(insights, 'interventions', 'minimumRatedPerSide'), 3);
      assert.equal(
        (await fails(api, 'GET', '/insights?utcOffsetMinutes=2000', 400)).message,
        '"utcOffsetMinutes" expects a UTC offset in whole minutes from -720 to 840, got "2000"',
      );

      const summary = await ok(api, 'GET', '/summary', '/api/v1/summary', 200);
      const from = Date.parse(text(summary, 'period', 'from'));
      const to = Date.parse(text(summary, 'period', 'to'));
      assert.equal(Math.round((to - from) / 86_400_000), 90, 'the last 90 days by default');
      assert.ok(list(summary, 'text').length > 0);
      assert.ok(list(summary, 'interventions', 'severity').length > 0);
      assert.ok(
        list(summary, 'text').some((line) => String(line).startsWith('Interventions tried: wrist splint')),
      );
      const month = await ok(
        api,
        'GET',
        `/summary?from=${encodeURIComponent('2026-01-01T00:00Z')}&to=${encodeURIComponent('2026-02-01T00:00Z')}`,
        '/api/v1/summary',
        200,
      );
      assert.deepEqual(field(month, 'period'), {
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-02-01T00:00:00.000Z',
      });
      const backwards = await fails(
        api,
        'GET',
        `/summary?from=${encodeURIComponent('2026-02-01T00:00Z')}&to=${encodeURIComponent('2026-01-01T00:00Z')}`,
        400,
      );
      assert.deepEqual(backwards.path, ['to']);
    });

    it('exports JSON, CSV and FHIR as downloads; an export imports back exactly, and again adds nothing', async () => {
      await emptyDiary();
      const exposure = await ok(api, 'POST', '/exposures', '/api/v1/exposures', 201, { kind: 'run' });
      await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, {
        ...EPISODE,
        exposureId: text(exposure, 'exposure', 'id'),
        note: '=cmd, "quoted"',
      });
      await ok(api, 'POST', '/diary/assessments', '/api/v1/diary/assessments', 201, { answers: { age: 40 } });
      await ok(api, 'POST', '/diary/bctq', '/api/v1/diary/bctq', 201, { answers: { numbness: 2 } });

      const json = await fetch(`${api.base}/api/v1/export`);
      assert.equal(json.status, 200);
      assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(json.headers.get('content-disposition'), 'attachment; filename="numbcheck-diary.json"');
      const document: unknown = await json.json();
      api.contract.check('/api/v1/export', 'get', 200, document);
      assert.equal(field(document, 'format'), 'numbcheck-diary');

      const csv = await fetch(`${api.base}/api/v1/export?format=csv`);
      assert.equal(csv.status, 200);
      assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.equal(csv.headers.get('content-disposition'), 'attachment; filename="numbcheck-diary.csv"');
      assertSecurityHeaders(csv, 'csv');
      const rows = (await csv.text()).split('\r\n');
      assert.match(rows[0] ?? '', /^kind,id,time_utc,/);
      assert.equal(rows.filter((row) => /^(episode|exposure|assessment|bctq),/.test(row)).length, 4);
      assert.ok(
        rows.some((row) => row.includes(`"'=cmd, ""quoted"""`)),
        'quoted, and no formula',
      );
      assert.deepEqual((await fails(api, 'GET', '/export?format=xml', 400)).path, ['format']);

      const fhir = await fetch(`${api.base}/api/v1/export?format=fhir&lang=ru`);
      assert.equal(fhir.status, 200);
      assert.equal(fhir.headers.get('content-type'), 'application/fhir+json; charset=utf-8');
      assert.match(
        fhir.headers.get('content-disposition') ?? '',
        /^attachment; filename="numbcheck-fhir-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      const bundle: Bundle = await fhir.json();
      const resources = (bundle.entry ?? []).flatMap(({ resource }) => (resource ? [resource] : []));
      assert.deepEqual(
        resources.map((r) => r.resourceType),
        ['Composition', 'Patient', 'Observation', 'Observation', 'Observation', 'QuestionnaireResponse'],
      );
      assert.equal((resources[0] as Composition).title, 'Отчёт из дневника для врача');
      for (const resource of resources) assert.deepEqual(fhirErrors(resource), [], resource.resourceType);
      assert.deepEqual(toDocument(diaryFromFhir(bundle)), document);

      const deleted = await ok(api, 'DELETE', '/diary', '/api/v1/diary', 200, {
        confirm: 'delete everything',
      });
      assert.deepEqual(field(deleted, 'deleted'), { episodes: 1, exposures: 1, assessments: 1, bctq: 1 });
      const imported = await ok(api, 'POST', '/import', '/api/v1/import', 200, document);
      assert.deepEqual(imported, {
        added: { episodes: 1, exposures: 1, assessments: 1, bctq: 1 },
        skipped: { episodes: 0, exposures: 0, assessments: 0, bctq: 0 },
      });
      assert.deepEqual(await ok(api, 'GET', '/export', '/api/v1/export', 200), document);
      const again = await ok(api, 'POST', '/import', '/api/v1/import', 200, document);
      assert.deepEqual(field(again, 'skipped'), { episodes: 1, exposures: 1, assessments: 1, bctq: 1 });

      await ok(api, 'DELETE', '/diary', '/api/v1/diary', 200, { confirm: 'delete everything' });
      const fromFhir = await ok(api, 'POST', '/import', '/api/v1/import', 200, bundle);
      assert.deepEqual(field(fromFhir, 'added'), { episodes: 1, exposures: 1, assessments: 1, bctq: 1 });
      assert.deepEqual(await ok(api, 'GET', '/export', '/api/v1/export', 200), document);
    });

    it('a bad import is a 400 with the path of the first problem, and changes nothing', async () => {
      await emptyDiary();
      await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, EPISODE);
      const before = await ok(api, 'GET', '/export', '/api/v1/export', 200);
      const good = { id: 'new-1', startedAt: '2026-11-01T08:00Z', utcOffsetMinutes: 0 };
      const cases: [unknown, string, (string | number)[]][] = [
        [
          { format: 'numbcheck-diary', version: 1, episodes: [good, { ...good, id: 'new-2', severity: 12 }] },
          'NUMB_BAD_ENTRY',
          ['episodes', 1, 'severity'],
        ],
        [
          { format: 'numbcheck-diary', version: 1, episodes: [good, good] },
          'NUMB_BAD_IMPORT',
          ['episodes', 1, 'id'],
        ],
        [{ format: 'something-else', version: 1 }, 'NUMB_BAD_IMPORT', ['format']],
        [{ format: 'numbcheck-diary', version: 2 }, 'NUMB_BAD_IMPORT', ['version']],
        [
          { format: 'numbcheck-diary', version: 1, episodes: [{ ...good, exposureId: 'missing' }] },
          'NUMB_BAD_IMPORT',
          [],
        ],
        [[], 'NUMB_BAD_REQUEST', []],
        [{ resourceType: 'Bundle', type: 'document' }, 'NUMB_BAD_IMPORT', ['type']],
        [
          {
            resourceType: 'Bundle',
            type: 'collection',
            entry: [{ resource: { resourceType: 'Condition' } }],
          },
          'NUMB_BAD_IMPORT',
          ['entry', 0, 'resource', 'resourceType'],
        ],
      ];
      for (const [document, code, path] of cases) {
        const error = await fails(api, 'POST', '/import', 400, document);
        assert.equal(error.code, code, JSON.stringify(document));
        if (path.length > 0) assert.deepEqual(error.path, path, JSON.stringify(document));
        assert.deepEqual(
          await ok(api, 'GET', '/export', '/api/v1/export', 200),
          before,
          'the diary as it was',
        );
      }
    });

    it('imports a ten-year diary (larger than the usual body limit) in one request', async () => {
      await emptyDiary();
      const document = toDocument(sampleDiary({ days: 3650, end: '2026-11-30T00:00:00.000Z' }));
      const body = JSON.stringify(document, null, 2);
      assert.ok(body.length > BODY_LIMIT && body.length < IMPORT_BODY_LIMIT / 4, `${body.length} bytes`);
      const imported = await ok(api, 'POST', '/import', '/api/v1/import', 200, document);
      assert.equal(field(imported, 'added', 'episodes'), 3650);
      const tooBig = await fails(api, 'POST', '/import', 413, { padding: 'x'.repeat(IMPORT_BODY_LIMIT) });
      assert.match(tooBig.message, /^the body expects at most 16,777,216 bytes \(16,384 KiB\)/);
    });

    it('deleting everything needs the exact confirmation, and says what to send', async () => {
      await emptyDiary();
      await ok(api, 'POST', '/episodes', '/api/v1/episodes', 201, EPISODE);
      for (const body of [undefined, {}, { confirm: 'yes' }, { confirm: 'DELETE EVERYTHING' }]) {
        const error = await fails(api, 'DELETE', '/diary', 400, body);
        assert.equal(error.code, 'NUMB_BAD_REQUEST');
        assert.match(
          error.message,
          /^"confirm" expects "delete everything": this deletes every entry .* send \{ "confirm": "delete everything" \}, got /,
        );
        assert.deepEqual(error.path, ['confirm']);
      }
      assert.equal(list(await ok(api, 'GET', '/episodes', '/api/v1/episodes', 200), 'episodes').length, 1);
      const deleted = await ok(api, 'DELETE', '/diary', '/api/v1/diary', 200, {
        confirm: 'delete everything',
      });
      assert.equal(field(deleted, 'deleted', 'episodes'), 1);
      assert.deepEqual(list(await ok(api, 'GET', '/episodes', '/api/v1/episodes', 200), 'episodes'), []);
    });
  });
}

diaryApiSuite('SQLite', async () => {
  const root = await mkdtemp(join(tmpdir(), 'numbcheck-api-'));
  return { store: await openSqliteStore(root), cleanup: () => rm(root, { recursive: true, force: true }) };
});

await withTestDatabase('the diary HTTP API over PostgreSQL', 'runs the diary API tests', () => {
  diaryApiSuite('PostgreSQL', async () => {
    const schema = `numbcheck_test_${randomBytes(6).toString('hex')}`;
    return {
      store: await openPostgresStore({ url: TEST_DATABASE_URL, schema }),
      cleanup: () => dropSchemas([schema]),
    };
  });
});

describe('the diary HTTP API without a store', () => {
  const server = useApp();

  it('answers 503 NUMB_STORE_UNAVAILABLE on every diary route, saying how to enable it', async () => {
    const routes: [string, string, unknown?][] = [
      ['POST', '/api/v1/episodes', EPISODE],
      ['GET', '/api/v1/episodes'],
      ['GET', '/api/v1/episodes/x'],
      ['PUT', '/api/v1/episodes/x', EPISODE],
      ['DELETE', '/api/v1/episodes/x'],
      ['POST', '/api/v1/episodes/x/repeat'],
      ['POST', '/api/v1/exposures', { kind: 'run' }],
      ['GET', '/api/v1/exposures'],
      ['GET', '/api/v1/insights'],
      ['GET', '/api/v1/summary'],
      ['POST', '/api/v1/diary/assessments', { answers: {} }],
      ['GET', '/api/v1/diary/bctq'],
      ['GET', '/api/v1/export?format=csv'],
      ['POST', '/api/v1/import', {}],
      ['DELETE', '/api/v1/diary', { confirm: 'delete everything' }],
    ];
    for (const [method, path, body] of routes) {
      const response = await fetch(`${server.base}${path}`, {
        method,
        ...(body === undefined
          ? { headers: { [CLIENT_HEADER]: 'test' } }
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      });
      assert.equal(response.status, 503, `${method} ${path}`);
      const error = await errorOf(response);
      assert.equal(error.code, 'NUMB_STORE_UNAVAILABLE');
      assert.match(error.message, /numbcheck serve.*--data DIR.*NUMBCHECK_DATA_DIR.*DATABASE_URL/);
    }
    // The questionnaire needs no diary.
    const questionnaire = await fetch(`${server.base}/api/v1/bctq/questionnaire`);
    assert.equal(questionnaire.status, 200);
    await questionnaire.body?.cancel();
  });
});
