/**
 * PostgreSQL diary benchmark: one million episodes across 10,000 owners (100 each over about three years, plus
 * 100,000 runs), loaded with set-based INSERT … SELECT generate_series into a schema of its own with the store's
 * migrations (and so its indexes) in place; then p50 and p99, over 200 random owners, of one owner's episode list
 * and of one owner's insights (reading the whole diary and computing them). The schema is dropped at the end.
 * Uses DATABASE_URL_TEST, else postgres://postgres@127.0.0.1:5432/test. Run with `npm run bench`.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { diaryInsights } from '../src/diary/index.ts';
import { openPostgresStore, redactUrl } from '../src/store/index.ts';

const URL = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/test';
const OWNERS = 10_000;
const EPISODES = 1_000_000;
const RUNS = 100_000;
const SAMPLES = 200;
const schema = `numbcheck_bench_${randomBytes(4).toString('hex')}`;

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

const admin = new pg.Client({ connectionString: URL });
try {
  await admin.connect();
} catch (error) {
  console.log(
    `postgres bench skipped: ${redactUrl(URL)} is unreachable (${error instanceof Error ? error.message : error})`,
  );
  process.exit(0);
}

const store = await openPostgresStore({ url: URL, schema, maxConnections: 4 });
try {
  const [loadMs] = await timed(async () => {
    await admin.query(`SET search_path = ${schema}`);
    await admin.query(
      `INSERT INTO exposures (owner_id, id, kind, started_at, utc_offset_minutes, duration_minutes, interventions, episode_count, note)
       SELECT 'owner-' || (g % ${OWNERS}), 'run-' || g, 'run',
              timestamptz '2024-01-01 07:00Z' + (g / ${OWNERS}) * interval '10 days', 60, 30 + g % 40,
              CASE WHEN g % 2 = 0 THEN '["hand_expander"]'::jsonb ELSE '[]'::jsonb END,
              CASE WHEN g % 2 = 0 THEN (g % 5 = 0)::int ELSE (g % 3 <> 0)::int END, ''
       FROM generate_series(0, ${RUNS - 1}) AS g`,
    );
    await admin.query(
      `INSERT INTO episodes (owner_id, id, started_at, utc_offset_minutes, duration_minutes, hand_map, activities,
                             severity, symptoms, interventions, exposure_id, note)
       SELECT 'owner-' || (g % ${OWNERS}), 'ep-' || g,
              timestamptz '2024-01-01 00:00Z' + (g / ${OWNERS}) * interval '10 days' + (g % 1440) * interval '1 minute',
              60, 1 + g % 30,
              CASE g % 3 WHEN 0 THEN '{"right":{"palm":["thumb","index","middle"]}}'::jsonb
                         WHEN 1 THEN '{"left":{"palm":["ring","little"]}}'::jsonb
                         ELSE '{"left":{},"right":{"back":["thumb_side"]}}'::jsonb END,
              CASE g % 4 WHEN 0 THEN '["sleeping"]'::jsonb WHEN 1 THEN '["keyboard"]'::jsonb
                         WHEN 2 THEN '["running"]'::jsonb ELSE '[]'::jsonb END,
              g % 11, '[]'::jsonb, '[]'::jsonb, NULL, ''
       FROM generate_series(0, ${EPISODES - 1}) AS g`,
    );
    await admin.query('ANALYZE episodes');
    await admin.query('ANALYZE exposures');
  });

  const owners = Array.from({ length: SAMPLES }, () => `owner-${Math.floor(Math.random() * OWNERS)}`);
  for (const owner of owners.slice(0, 10)) await store.readDiary(owner); // warm-up: connections, plans, JIT
  const lists: number[] = [];
  const insights: number[] = [];
  let listed = 0;
  for (const owner of owners) {
    const [listMs, episodes] = await timed(() => store.listEpisodes(owner));
    lists.push(listMs);
    listed += episodes.length;
    const [insightMs] = await timed(async () =>
      diaryInsights(await store.readDiary(owner), { now: '2026-10-01T00:00:00.000Z' }),
    );
    insights.push(insightMs);
  }
  lists.sort((a, b) => a - b);
  insights.sort((a, b) => a - b);
  const plan = await admin.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN SELECT * FROM ${schema}.episodes WHERE owner_id = 'owner-42' ORDER BY started_at, id COLLATE "C"`,
  );
  const version = await admin.query<{ server_version: string }>('SHOW server_version');
  console.log(
    `node ${process.version}, PostgreSQL ${version.rows[0]?.server_version}: ${EPISODES.toLocaleString('en')} episodes and ${RUNS.toLocaleString('en')} runs across ${OWNERS.toLocaleString('en')} owners, loaded in ${(loadMs / 1000).toFixed(1)} s`,
  );
  console.log(`plan of one owner's list: ${plan.rows.map((row) => row['QUERY PLAN'].trim()).join(' / ')}`);
  console.log(
    `one owner's episode list (${(listed / SAMPLES).toFixed(0)} episodes): p50 ${percentile(lists, 0.5).toFixed(2)} ms, p99 ${percentile(lists, 0.99).toFixed(2)} ms over ${SAMPLES} owners`,
  );
  console.log(
    `one owner's insights (read the diary + diaryInsights): p50 ${percentile(insights, 0.5).toFixed(2)} ms, p99 ${percentile(insights, 0.99).toFixed(2)} ms over ${SAMPLES} owners`,
  );
} finally {
  await store.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}
