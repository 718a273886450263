/**
 * Used only by the durability test (store-contract.ts): opens a store and writes episodes in a loop until it is
 * killed, printing each id on its own line only after its write resolved, that is after the store acknowledged it.
 *
 *   node src/store/durability-writer.ts sqlite DATA_DIR PREFIX
 *   node src/store/durability-writer.ts postgres URL SCHEMA PREFIX
 */
import { newEpisode } from '../diary/index.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';

export const DURABILITY_OWNER = 'durability';

const [kind, target, third, fourth] = process.argv.slice(2);
if (target === undefined || (kind !== 'sqlite' && kind !== 'postgres')) {
  process.stderr.write('usage: durability-writer.ts sqlite DATA_DIR PREFIX | postgres URL SCHEMA PREFIX\n');
  process.exit(2);
}
const prefix = (kind === 'sqlite' ? third : fourth) ?? 'w';
const store =
  kind === 'sqlite'
    ? await openSqliteStore(target)
    : await openPostgresStore(third === undefined ? { url: target } : { url: target, schema: third });

const start = Date.parse('2026-01-01T00:00:00.000Z');
for (let i = 0; ; i++) {
  const id = `${prefix}-${i}`;
  const episode = newEpisode(
    { severity: i % 11, activities: ['keyboard'], note: `write ${i}` },
    { id, now: new Date(start + i * 60_000).toISOString(), utcOffsetMinutes: 0 },
  );
  await store.addEpisode(DURABILITY_OWNER, episode);
  process.stdout.write(`${id}\n`);
}
