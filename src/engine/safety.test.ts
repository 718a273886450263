import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { knowledge } from '../knowledge/index.ts';
import type { RuleCondition } from '../knowledge/schema.ts';
import { TRIAGE_LEVELS } from '../knowledge/schema.ts';
import { answersArb } from './answers-testkit.ts';
import { assess } from './assess.ts';
import type { Answers, YesNoAnswer } from './types.ts';

/** Checklist items and yes/no questions: the places where one finding can be marked present on its own. */
const markable = knowledge.questions.flatMap((q): { question: string; finding: string }[] => {
  if (q.kind === 'checklist') return q.findings.map((finding) => ({ question: q.id, finding }));
  if (q.kind === 'yesno' || q.kind === 'selfTest') return [{ question: q.id, finding: q.finding }];
  return [];
});

/** Answers with one more finding marked present, every other answer kept. */
function markPresent(answers: Answers, question: string, finding: string): Answers {
  const q = knowledge.questions.find((x) => x.id === question);
  if (q?.kind !== 'checklist') return { ...answers, [question]: 'present' };
  const previous = answers[question];
  let items: Record<string, YesNoAnswer> = {};
  if (Array.isArray(previous)) {
    items = Object.fromEntries(
      q.findings.map((f): [string, YesNoAnswer] => [f, previous.includes(f) ? 'present' : 'absent']),
    );
  } else if (typeof previous === 'object' && previous !== null) {
    items = Object.fromEntries(
      Object.entries(previous).filter(
        (entry): entry is [string, YesNoAnswer] => typeof entry[1] === 'string',
      ),
    );
  }
  return { ...answers, [question]: { ...items, [finding]: 'present' } };
}

const urgency = (answers: Answers): number => TRIAGE_LEVELS.indexOf(assess(answers, knowledge).triage.level);

/** One way to meet a rule's condition: the findings to mark present. */
function satisfying(condition: RuleCondition): string[] {
  if ('finding' in condition) return [condition.finding];
  if ('allOf' in condition) return condition.allOf.flatMap(satisfying);
  if ('anyOf' in condition) return condition.anyOf[0] ? satisfying(condition.anyOf[0]) : [];
  return condition.of.slice(0, condition.atLeast);
}

/** Answers with a finding made present by whichever question sets it: a tick, a yes, or the option that says so. */
function withFinding(answers: Answers, finding: string): Answers {
  const entry = markable.find((m) => m.finding === finding);
  if (entry) return markPresent(answers, entry.question, finding);
  for (const q of knowledge.questions) {
    const option = q.kind === 'choice' ? q.options.find((o) => o.present.includes(finding)) : undefined;
    if (option) return { ...answers, [q.id]: option.value };
    if (q.kind !== 'number') continue;
    const band = q.bands.find((b) => b.finding === finding);
    if (band) return { ...answers, [q.id]: band.min ?? q.min };
  }
  assert.fail(`no question sets ${finding}`);
}

describe('safety properties', () => {
  it('marking one more finding present never lowers the triage level', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...markable), (answers, { question, finding }) => {
        const before = urgency(answers);
        const after = urgency(markPresent(answers, question, finding));
        assert.ok(after <= before, `${finding}: ${TRIAGE_LEVELS[before]} became ${TRIAGE_LEVELS[after]}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('every emergency rule wins, whatever else is answered', () => {
    const emergencyRules = knowledge.rules.filter((r) => r.level === 'emergency');
    assert.ok(emergencyRules.length >= 4);
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...emergencyRules), (answers, rule) => {
        let withRule = answers;
        for (const finding of satisfying(rule.when)) withRule = withFinding(withRule, finding);
        const result = assess(withRule, knowledge);
        assert.equal(result.triage.level, 'emergency', rule.id);
        assert.equal(result.next, null, 'an emergency ends the interview at once');
      }),
      { numRuns: 1000 },
    );
  });

  it('a result with unscreened danger signs names every one of them in a reason', () => {
    const dangerIds = knowledge.findings.filter((f) => f.danger).map((f) => f.id);
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(answers, knowledge);
        for (const id of result.unscreened) assert.ok(dangerIds.includes(id));
        if (result.triage.level !== 'emergency') {
          const named = new Set(result.triage.reasons.flatMap((r) => r.findings));
          for (const id of result.unscreened) assert.ok(named.has(id), `${id} is named in a reason`);
        }
        if (result.triage.level !== 'emergency' && result.unscreened.length === 0) {
          assert.ok(result.triage.reasons.every((r) => !r.text.includes('not answered')));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a danger sign answered "don\'t know" holds the level at doctor or above, and leads the reasons', () => {
    const least = TRIAGE_LEVELS.indexOf(knowledge.unsure.level);
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(answers, knowledge);
        if (result.unsure.length === 0) return;
        assert.ok(TRIAGE_LEVELS.indexOf(result.triage.level) <= least, result.triage.level);
        for (const id of result.unsure) assert.ok(result.unscreened.includes(id));
        if (result.triage.level !== 'emergency')
          assert.deepEqual(result.triage.reasons[0]?.findings, result.unsure);
      }),
      { numRuns: 1000 },
    );
  });

  it('asks the danger screen before anything else', () => {
    const screen = knowledge.questions.filter((q) => q.dangerScreen).map((q) => q.id);
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = assess(answers, knowledge);
        const pending = screen.filter((id) => !(id in answers));
        if (result.triage.level !== 'emergency' && pending.length > 0)
          assert.equal(result.next?.id, pending[0]);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes "unknown" for a danger sign as unknown, not absent', () => {
    const unknownAll: Answers = Object.fromEntries(
      knowledge.questions.filter((q) => q.dangerScreen).map((q) => [q.id, 'unknown']),
    );
    const result = assess(unknownAll, knowledge);
    const danger = knowledge.findings.filter((f) => f.danger).map((f) => f.id);
    assert.deepEqual(result.unscreened, danger);
    assert.deepEqual(result.unsure, danger);
    assert.equal(result.triage.level, 'doctor', 'never a reassuring self-care result');
  });
});
