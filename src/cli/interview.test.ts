import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerValue } from '../engine/index.ts';
import { knowledge, type Question } from '../knowledge/index.ts';
import { type AskContext, type Prompter, type PromptResult, runInterview } from './interview.ts';

/** An answer that says as little as possible: nothing ticked, "don't know" where that is an option. */
function quietAnswer(question: Question): AnswerValue {
  switch (question.kind) {
    case 'checklist':
      return [];
    case 'number':
      return 40;
    default:
      return 'unknown';
  }
}

type Script = (question: Question, context: AskContext, call: number) => PromptResult | undefined;

/** A prompter that answers by script, falls back to quiet answers, and records every question it was asked. */
function scripted(script: Script, selfTests: 'yes' | 'no' = 'no') {
  const asked: { id: string; context: AskContext }[] = [];
  let offers = 0;
  const prompter: Prompter = {
    async ask(question, context) {
      asked.push({ id: question.id, context });
      const result = script(question, context, asked.length);
      return result ?? { kind: 'answer', value: quietAnswer(question) };
    },
    async offerSelfTests() {
      offers++;
      return selfTests;
    },
  };
  return { prompter, asked, offers: () => offers };
}

describe('runInterview', () => {
  it('asks the danger screen first, in knowledge order', async () => {
    const { prompter, asked } = scripted(() => undefined);
    const result = await runInterview(prompter, knowledge);
    const screen = knowledge.questions.filter((q) => q.dangerScreen).map((q) => q.id);
    assert.deepEqual(
      asked.slice(0, screen.length).map((a) => a.id),
      screen,
    );
    assert.equal(asked[0]?.context.step, `Safety check 1 of ${screen.length}`);
    assert.equal(asked[0]?.context.canGoBack, false);
    assert.equal(result.ended, 'complete');
    assert.equal(result.assessment.next, null);
    assert.deepEqual(result.assessment.unscreened, []);
    assert.equal(new Set(asked.map((a) => a.id)).size, asked.length, 'no question is asked twice');
  });

  it('stops at once on an emergency answer', async () => {
    const { prompter, asked } = scripted((q) =>
      q.id === 'stroke_signs' ? { kind: 'answer', value: ['face_droop'] } : undefined,
    );
    const result = await runInterview(prompter, knowledge);
    assert.equal(result.ended, 'emergency');
    assert.equal(result.assessment.triage.level, 'emergency');
    assert.deepEqual(
      asked.map((a) => a.id),
      ['stroke_signs'],
    );
  });

  it('stops at once when a later answer is an emergency', async () => {
    const { prompter, asked } = scripted((q) =>
      q.id === 'heart_signs' ? { kind: 'answer', value: ['chest_pain'] } : undefined,
    );
    const result = await runInterview(prompter, knowledge);
    assert.equal(result.ended, 'emergency');
    assert.deepEqual(
      asked.map((a) => a.id),
      ['stroke_signs', 'heart_signs'],
    );
  });

  it('goes back: asks the last question again with its answer, keeping the others', async () => {
    const { prompter, asked } = scripted((q, _context, call) => {
      if (call === 1) return { kind: 'answer', value: [] };
      if (call === 2) return { kind: 'answer', value: ['breathless'] };
      if (call === 3) return { kind: 'back' };
      if (call === 4) return { kind: 'back' };
      if (call === 5) return { kind: 'answer', value: [] };
      if (q.id === 'heart_signs') return { kind: 'answer', value: [] };
      return undefined;
    });
    const result = await runInterview(prompter, knowledge);
    assert.deepEqual(
      asked.slice(0, 6).map((a) => [a.id, a.context.previous]),
      [
        ['stroke_signs', undefined],
        ['heart_signs', undefined],
        ['other_danger_signs', undefined],
        ['heart_signs', ['breathless']],
        ['stroke_signs', []],
        ['heart_signs', undefined],
      ],
    );
    assert.equal(asked[4]?.context.canGoBack, false);
    assert.deepEqual(result.answers.heart_signs, []);
    assert.equal(result.ended, 'complete');
  });

  it('offers the relevant self-tests at the end and asks them when accepted', async () => {
    const story: Record<string, AnswerValue> = {
      hand_map: { right: { palm: ['thumb', 'index', 'middle'] } },
      positions: ['night_waking'],
      activities: ['keyboard_mouse'],
    };
    const declined = scripted((q) =>
      q.id in story ? { kind: 'answer', value: story[q.id] ?? [] } : undefined,
    );
    await runInterview(declined.prompter, knowledge);
    assert.equal(declined.offers(), 1);
    assert.ok(!declined.asked.some((a) => a.id.endsWith('_test')));

    const accepted = scripted(
      (q) => (q.id in story ? { kind: 'answer', value: story[q.id] ?? [] } : undefined),
      'yes',
    );
    const result = await runInterview(accepted.prompter, knowledge);
    const tests = accepted.asked.filter(
      (a) => knowledge.questions.find((q) => q.id === a.id)?.kind === 'selfTest',
    );
    assert.ok(tests.length > 0);
    assert.ok(
      tests.some((a) => a.id === 'phalen_test'),
      'Phalen is offered for a carpal tunnel story',
    );
    assert.match(tests[0]?.context.step ?? '', /^Self-test 1 of \d+$/);
    assert.equal(result.ended, 'complete');
  });
});
