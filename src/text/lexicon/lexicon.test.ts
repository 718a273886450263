import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handMapFindings } from '../../engine/index.ts';
import { knowledge } from '../../knowledge/index.ts';
import { lexiconProblems } from '../compile.ts';
import { en } from './en.ts';
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

describe('the English lexicon', () => {
  it('has patterns that all compile', () => {
    assert.deepEqual(lexiconProblems(en), []);
  });

  it('names only findings the knowledge has, and only contexts it defines', () => {
    const known = new Set(knowledge.findings.map((f) => f.id));
    assert.deepEqual(
      [...namedFindings(en)].filter((id) => !known.has(id)),
      [],
    );
    for (const entry of en.findings) {
      if (entry.inContext) assert.ok(entry.inContext.context in en.contexts, entry.inContext.context);
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
    const said = namedFindings(en);
    assert.deepEqual(
      knowledge.findings.map((f) => f.id).filter((id) => !said.has(id) && !derived.has(id)),
      [],
    );
  });
});
