import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerValue } from '../engine/index.ts';
import { knowledge, type Question } from '../knowledge/index.ts';
import { parseText } from '../text/index.ts';
import { type AskContext, type Prompter, type PromptResult, runInterview } from './interview.ts';

/**
 * The terminal's driver of the shared interview (src/interview/, where the order, Back and the emergency stop are
 * tested): what it hands the prompts, and how it ends.
 */

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
function scripted(script: Script = () => undefined, selfTests: 'yes' | 'no' = 'no') {
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

const SCREEN = knowledge.questions.filter((q) => q.dangerScreen);

describe('the interview in the terminal', () => {
  it('hands each prompt its step, whether Back is possible and the answer to start from', async () => {
    const { prompter, asked } = scripted((_q, _context, call) => {
      if (call === 2) return { kind: 'answer', value: ['breathless'] };
      if (call === 3) return { kind: 'back' };
      return undefined;
    });
    const result = await runInterview(prompter, knowledge);
    assert.deepEqual(
      asked.slice(0, 4).map((a) => [a.id, a.context.step, a.context.canGoBack, a.context.previous]),
      [
        ['stroke_signs', `Safety check 1 of ${SCREEN.length}`, false, undefined],
        ['heart_signs', `Safety check 2 of ${SCREEN.length}`, true, undefined],
        ['other_danger_signs', `Safety check 3 of ${SCREEN.length}`, true, undefined],
        ['heart_signs', `Safety check 2 of ${SCREEN.length}`, true, ['breathless']],
      ],
    );
    assert.equal(result.ended, 'complete');
  });

  it('asks the first question again on Back, as there is nothing before it', async () => {
    const { prompter, asked } = scripted((_q, _context, call) => (call === 1 ? { kind: 'back' } : undefined));
    await runInterview(prompter, knowledge);
    assert.deepEqual(
      asked.slice(0, 2).map((a) => a.id),
      ['stroke_signs', 'stroke_signs'],
    );
  });

  it('ends with the emergency and asks nothing more after an emergency answer', async () => {
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

  it('offers the relevant self-tests through the prompter and asks them when accepted', async () => {
    const story: Record<string, AnswerValue> = {
      hand_map: { right: { palm: ['thumb', 'index', 'middle'] } },
      positions: ['night_waking'],
    };
    const { prompter, asked, offers } = scripted((q) => {
      const value = story[q.id];
      return value === undefined ? undefined : { kind: 'answer', value };
    }, 'yes');
    const result = await runInterview(prompter, knowledge);
    assert.equal(offers(), 1);
    const tests = asked.filter((a) => a.context.step.startsWith('Self-test'));
    assert.ok(tests.length > 0, 'a self-test was asked');
    assert.ok(tests.every((a) => a.id in result.answers));
  });

  it('starts from the person’s own words: not asking again what they answered, and ending at once on an emergency', async () => {
    const words = parseText('Tingling in the thumb and first two fingers of my left hand for six weeks.');
    const quiet = scripted();
    const result = await runInterview(quiet.prompter, knowledge, words.answers);
    assert.ok(!quiet.asked.some((a) => a.id === 'hand_map' || a.id === 'duration'));
    assert.deepEqual(result.answers.hand_map, { left: { palm: ['thumb', 'index', 'middle'] } });

    const emergency = scripted();
    const stopped = await runInterview(
      emergency.prompter,
      knowledge,
      parseText('Crushing chest pain and my left arm is numb.').answers,
    );
    assert.equal(stopped.ended, 'emergency');
    assert.deepEqual(emergency.asked, []);
  });
});
