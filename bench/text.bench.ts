/**
 * Free-text intake benchmark: sentences per second through `parseText` over the English test set, on one core.
 * Run with `npm run bench`; results go into docs/benchmarks.md by hand, with this command.
 */
import { readFileSync } from 'node:fs';
import { parseText } from '../src/text/index.ts';

const BUDGET = 5_000;
const ROUNDS = 9;
const PASSES = 20;

const set: { sentences: { text: string }[] } = JSON.parse(
  readFileSync(new URL('../src/text/sentences.en.json', import.meta.url), 'utf8'),
);
const sentences = set.sentences.map((s) => s.text);

function sentencesPerSecond(): number {
  const start = performance.now();
  for (let pass = 0; pass < PASSES; pass++) for (const text of sentences) parseText(text);
  return (PASSES * sentences.length) / ((performance.now() - start) / 1000);
}

/** The first parse compiles the lexicon; it is timed on its own, as a page or a server pays it once. */
const compileStart = performance.now();
parseText('warm-up');
const compileMs = performance.now() - compileStart;
sentencesPerSecond(); // warm-up: let the JIT settle and the word caches fill before measuring
const rounds = Array.from({ length: ROUNDS }, sentencesPerSecond).sort((a, b) => a - b);
const median = rounds[Math.floor(rounds.length / 2)] ?? Number.NaN;

console.log(`node ${process.version}, ${sentences.length} sentences of src/text/sentences.en.json`);
console.log(`lexicon compiled on first use in ${compileMs.toFixed(0)} ms`);
console.log(
  `sentences per second (median of ${ROUNDS} rounds of ${PASSES * sentences.length}): ` +
    `${Math.round(median).toLocaleString('en')} — budget ≥ ${BUDGET.toLocaleString('en')}: ${median >= BUDGET ? 'met' : 'NOT met'}`,
);
