import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handMapFindings } from '../../engine/index.ts';
import { knowledge } from '../../knowledge/index.ts';
import { lexiconProblems } from '../compile.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';
import type { FindingEffect, Lexicon } from './schema.ts';

/** Every finding id a lexicon names anywhere. */
function namedFindings(lexicon: Lexicon): Set<string> {
  const ids = new Set<string>();
  const add = (effects: readonly (string | FindingEffect)[]): void => {
    for (const e of effects) ids.add(typeof e === 'string' ? e : e.finding);
  };
  for (const entry of lexicon.findings) {
    add(entry.findings);
    add(entry.negates ?? []);
    if (Array.isArray(entry.overrides)) add(entry.overrides);
    add(entry.timed?.older ?? []);
    add(entry.timed?.undated ?? []);
    add(entry.inContext?.findings ?? []);
    add(entry.inContext?.unknown ?? []);
  }
  return ids;
}

for (const [name, lexicon] of [
  ['English', en],
  ['Russian', ru],
] as const) {
  describe(`the ${name} lexicon`, () => {
    it('has patterns that all compile', () => {
      assert.deepEqual(lexiconProblems(lexicon), []);
    });

    it('names only findings the knowledge has, and only contexts it defines', () => {
      const known = new Set(knowledge.findings.map((f) => f.id));
      assert.deepEqual(
        [...namedFindings(lexicon)].filter((id) => !known.has(id)),
        [],
      );
      for (const entry of lexicon.findings) {
        if (entry.inContext) assert.ok(entry.inContext.context in lexicon.contexts, entry.inContext.context);
      }
    });

    it('can say every finding: in words, or through the hand map, age, sex or duration', () => {
      const derived = new Set(handMapFindings({}).map(([id]) => id));
      for (const question of knowledge.questions) {
        if (question.kind === 'number') for (const band of question.bands) derived.add(band.finding);
        if (question.kind === 'choice' && (question.id === 'sex' || question.id === 'duration')) {
          for (const option of question.options) for (const f of option.present) derived.add(f);
        }
      }
      const said = namedFindings(lexicon);
      assert.deepEqual(
        knowledge.findings.map((f) => f.id).filter((id) => !said.has(id) && !derived.has(id)),
        [],
      );
    });

    it('has messages with the same placeholders as the English ones', () => {
      for (const [key, text] of Object.entries(en.messages)) {
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        assert.deepEqual(
          placeholders(lexicon.messages[key as keyof typeof en.messages]),
          placeholders(text),
          key,
        );
      }
    });
  });
}
