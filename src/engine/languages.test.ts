import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readableIn } from '../knowledge/index.ts';
import { LANGUAGES } from '../messages/index.ts';
import { answersArb } from './answers-testkit.ts';
import { assess } from './assess.ts';
import type { Answers, Assessment } from './types.ts';

const CASES = new URL('../../examples/cases/', import.meta.url);

/** What an assessment decides, without its words: the level, the causes and their chances, what to ask next. */
function decision(assessment: Assessment) {
  return {
    level: assessment.triage.level,
    reasons: assessment.triage.reasons.map((reason) => [reason.findings, reason.sources]),
    causes: assessment.causes.map((cause) => [cause.id, cause.probability]),
    next: assessment.next?.id ?? null,
    unscreened: assessment.unscreened,
  };
}

describe('an assessment in another language', () => {
  const english = readableIn('en').knowledge;

  for (const language of LANGUAGES.filter((code) => code !== 'en')) {
    const translated = readableIn(language).knowledge;

    it(`${language}: decides every example case exactly as in English`, () => {
      for (const file of readdirSync(CASES).filter((name) => name.endsWith('.json'))) {
        const { answers } = JSON.parse(readFileSync(new URL(file, CASES), 'utf8')) as { answers: Answers };
        assert.deepEqual(decision(assess(answers, translated)), decision(assess(answers, english)), file);
      }
    });

    it(`${language}: decides any answers exactly as in English`, () => {
      fc.assert(
        fc.property(answersArb, (answers) => {
          assert.deepEqual(decision(assess(answers, translated)), decision(assess(answers, english)));
        }),
        { numRuns: 150 },
      );
    });
  }
});
