import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { type Answers, assess, parseAnswers } from '../engine/index.ts';
import { knowledge, TRIAGE_LEVELS } from '../knowledge/index.ts';
import { parseText } from './parse.ts';
import { loadRedFlags, ruleOf } from './red-flags.ts';
import { renderRedFlagsDoc } from './red-flags-doc.ts';
import { assessWords } from './stories.ts';

const urgency = (level: string): number => TRIAGE_LEVELS.indexOf(level as (typeof TRIAGE_LEVELS)[number]);
const flags = loadRedFlags();
const danger = new Set(knowledge.findings.filter((f) => f.danger).map((f) => f.id));

describe('every red flag (examples/red-flags.json, docs/red-flags.md)', () => {
  for (const [n, flag] of flags.entries()) {
    const rule = ruleOf(flag);
    describe(`${n + 1}. ${flag.flag}`, () => {
      it(`through answers: the rule fires at ${rule.level}, with its causes' tests in the plan`, () => {
        const result = assess(parseAnswers(flag.answers, knowledge), knowledge);
        assert.equal(result.triage.level, rule.level);
        assert.ok(
          result.triage.reasons.some((r) => r.text === rule.text),
          'the reason is the rule’s own',
        );
        for (const cause of rule.causes ?? []) {
          const tests = knowledge.causes.find((c) => c.id === cause)?.tests ?? [];
          for (const test of tests)
            assert.ok(
              result.plan.tests.some((t) => t.id === test),
              `${cause}: ${test}`,
            );
        }
        if (rule.withholdsSelfCare) {
          for (const item of result.plan.selfCare)
            assert.ok(
              item.forCauses?.every((c) => rule.causes?.includes(c)),
              `no self-care from another cause: ${item.id}`,
            );
          assert.deepEqual(result.plan.prevention, []);
        }
        for (const step of rule.now ?? [])
          assert.ok(
            result.plan.now.some((s) => s.id === step.id),
            step.id,
          );
      });

      it('through its words: at least three wordings reach its level from text alone', () => {
        assert.ok(flag.words.length >= 3);
        for (const words of flag.words) {
          const level = assessWords(words).triage.level;
          assert.ok(urgency(level) <= urgency(rule.level), `${level} for: ${words}`);
        }
      });

      it('a denial does not raise it: its danger signs are not read as present', () => {
        assert.ok(flag.negated.length >= 1);
        for (const words of flag.negated) {
          const read = new Map(parseText(words).findings.map((f) => [f.finding, f.state]));
          assert.ok(!flag.findings.every((f) => read.get(f) === 'present'), words);
          const dangerSaid = flag.findings.filter((f) => danger.has(f) && read.has(f));
          for (const f of dangerSaid) assert.notEqual(read.get(f), 'present', `${f} in: ${words}`);
        }
      });
    });
  }
});

describe('signs that must not be over-called', () => {
  const level = (words: string): string => assessWords(words).triage.level;

  it('ordinary neck pain is not the heart’s jaw or back pain', () => {
    const read = parseText('I have had a stiff, sore neck from my desk job and my fingers tingle');
    assert.equal(read.answers.heart_signs, undefined);
    assert.ok(
      urgency(level('I have had a stiff, sore neck from my desk job and my fingers tingle')) >=
        urgency('doctor'),
    );
  });

  it('nausea alone, as in pregnancy, is not urgent', () => {
    assert.equal(level('I am 20 weeks pregnant and feel sick, and my fingers tingle at night'), 'doctor');
    const answers: Answers = { heart_signs: { nausea: 'present' } };
    assert.equal(assess(answers, knowledge).triage.level, 'doctor');
  });

  it('a runner’s sweat is not a cold sweat', () => {
    const read = parseText('I was sweating buckets on my long run and my fingers went numb');
    assert.notEqual(
      read.findings.find((f) => f.finding === 'cold_sweat')?.state,
      'present',
      'sweat on a run is not read as a cold sweat',
    );
    assert.equal(
      level('I was sweating buckets on my long run and my fingers went numb, they came back after'),
      'self_care',
    );
  });
});

describe('what the person does not know', () => {
  const screen = knowledge.questions.filter((q) => q.dangerScreen);

  it('"don’t know" to every danger question is never a self-care result, and names every sign first', () => {
    const answers: Answers = Object.fromEntries(screen.map((q) => [q.id, 'unknown']));
    const result = assess(answers, knowledge);
    assert.equal(result.triage.level, 'doctor');
    assert.deepEqual(
      result.triage.reasons[0]?.findings,
      knowledge.findings.filter((f) => f.danger).map((f) => f.id),
    );
    assert.equal(result.triage.reasons[0]?.text, knowledge.unsure.text);
  });

  it('"don’t know" to one item of a checklist holds the level too, and the other items stay answered', () => {
    const none: Answers = Object.fromEntries(screen.map((q) => [q.id, []]));
    const result = assess({ ...none, heart_signs: { chest_pain: 'unknown' } }, knowledge);
    assert.equal(result.triage.level, 'doctor');
    assert.deepEqual(result.unsure, ['chest_pain']);
  });

  it('a danger sign merely not asked yet is listed as unscreened, not as unsure', () => {
    const result = assess({}, knowledge);
    assert.deepEqual(result.unsure, []);
    assert.equal(result.unscreened.length, knowledge.findings.filter((f) => f.danger).length);
    assert.equal(result.next?.id, screen[0]?.id);
  });
});

describe('plans that agree with the level', () => {
  it('a possible heart attack carries no keep-active, painkiller or heat advice', () => {
    const result = assess(
      { heart_signs: { chest_pain: 'present' }, neck_and_arm: { neck_pain: 'present' } },
      knowledge,
    );
    assert.equal(result.triage.level, 'emergency');
    const advice = [...result.plan.now, ...result.plan.selfCare, ...result.plan.prevention].map(
      (a) => a.text,
    );
    for (const text of advice)
      assert.doesNotMatch(text, /ibuprofen|paracetamol|heat|warm|keep (moving|active)|be active/i);
  });

  it('an angina-like sign keeps its own advice and drops the runner’s', () => {
    const result = assess(
      {
        heart_signs: { exertional_arm_jaw_discomfort: 'present' },
        activities: { during_running: 'present' },
      },
      knowledge,
    );
    assert.equal(result.triage.level, 'urgent');
    assert.ok(result.plan.selfCare.length > 0);
    for (const item of result.plan.selfCare) assert.deepEqual(item.forCauses, ['cardiac_ischemia']);
    assert.ok(!result.plan.selfCare.some((a) => /expander|run/i.test(a.text)));
  });

  it('a hand without blood is never told to warm up', () => {
    const result = assess(
      {
        other_danger_signs: { pale_cold_painful_limb: 'present' },
        activities: { cold_trigger: 'present', prolonged_cold: 'present' },
      },
      knowledge,
    );
    assert.equal(result.triage.level, 'emergency');
    const advice = [...result.plan.now, ...result.plan.selfCare].map((a) => a.text);
    assert.ok(advice.some((t) => /Do not warm/.test(t)));
    for (const text of advice.filter((t) => !/Do not warm/.test(t))) assert.doesNotMatch(text, /warm/i);
  });

  it('the emergency steps speak to the sign that fired', () => {
    const stroke = assess({ stroke_signs: { face_droop: 'present' } }, knowledge).plan.now.map((s) => s.id);
    const heart = assess({ heart_signs: { chest_pain: 'present' } }, knowledge).plan.now.map((s) => s.id);
    assert.ok(stroke.includes('stroke_note_time') && !stroke.some((id) => id.startsWith('heart_')));
    assert.ok(heart.includes('heart_sit_and_rest') && !heart.some((id) => id.startsWith('stroke_')));
    for (const steps of [stroke, heart]) assert.equal(new Set(steps).size, steps.length, 'no step twice');
  });

  it('the urgent cause’s advice stays in the plan even when it ranks low', () => {
    const result = assess(
      {
        stroke_signs: { sudden_one_side_numbness_passed: 'present' },
        positions: { lying_on_arm: 'present', night_waking: 'present' },
        course: { resolves_on_moving: 'present' },
      },
      knowledge,
    );
    assert.equal(result.triage.level, 'urgent');
    assert.ok(result.plan.selfCare.some((a) => a.forCauses?.includes('stroke_tia')));
    assert.ok(result.plan.specialists.some((s) => s.id === 'stroke_team'));
  });
});

describe('docs/red-flags.md', () => {
  /** Table rows compared cell by cell, since the formatter pads tables to line up. */
  const canonical = (markdown: string): string =>
    markdown
      .split('\n')
      .map((line) =>
        line.startsWith('|')
          ? line
              .split('|')
              .map((cell) => cell.trim().replace(/^(:?)-+(:?)$/, '$1---$2'))
              .join('|')
          : line,
      )
      .join('\n')
      .trim();

  it('is what `npm run red-flags` writes', () => {
    const file = readFileSync(new URL('../../docs/red-flags.md', import.meta.url), 'utf8');
    assert.equal(
      canonical(file),
      canonical(renderRedFlagsDoc()),
      'run `npm run red-flags` and commit the page',
    );
  });
});
