import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerValue, YesNoAnswer } from '../engine/index.ts';
import { knowledge, type Question } from '../knowledge/index.ts';
import { parseText } from '../text/index.ts';
import { type Prompter, type PromptResult, runInterview } from './interview.ts';

/** A prompter that answers "none of these" or "don't know", unless scripted, and records what it was shown. */
function recording(script: (question: Question) => PromptResult | undefined = () => undefined) {
  const asked: Question[] = [];
  const prompter: Prompter = {
    async ask(question) {
      asked.push(question);
      const quiet: AnswerValue =
        question.kind === 'checklist' ? [] : question.kind === 'number' ? 40 : 'unknown';
      return script(question) ?? { kind: 'answer', value: quiet };
    },
    async offerSelfTests() {
      return 'no';
    },
  };
  return { prompter, asked };
}

/** A danger checklist answered item by item: these items as given, every other item absent. */
function itemsOf(question: string, given: Record<string, YesNoAnswer>): Record<string, YesNoAnswer> {
  const q = knowledge.questions.find((x) => x.id === question);
  assert.ok(q?.kind === 'checklist');
  return Object.fromEntries(q.findings.map((f) => [f, given[f] ?? 'absent']));
}

describe('runInterview from the person’s own words', () => {
  it('asks the danger signs the words left open first, and only those items', async () => {
    const { answers } = parseText(
      'My left hand tingles after long runs. No chest pain, no breathlessness, no dizziness, and my face and speech are normal.',
    );
    const { prompter, asked } = recording();
    const result = await runInterview(prompter, knowledge, answers);
    const screen = knowledge.questions.filter((q) => q.dangerScreen).map((q) => q.id);
    assert.deepEqual(
      asked.slice(0, screen.length).map((q) => q.id),
      screen,
    );
    const stroke = asked[0];
    assert.ok(stroke?.kind === 'checklist');
    assert.ok(!stroke.findings.includes('face_droop') && !stroke.findings.includes('speech_trouble'));
    assert.ok(stroke.findings.includes('sudden_vision_loss'));
    const heart = asked[1];
    assert.ok(heart?.kind === 'checklist' && !heart.findings.includes('chest_pain'));
    // What the words settled is kept alongside the new answers.
    assert.deepEqual(result.answers.stroke_signs, itemsOf('stroke_signs', {}));
    assert.deepEqual(result.assessment.unscreened, []);
  });

  it('keeps the danger screen in its order when the words settle a later check in part', async () => {
    const { answers } = parseText('My left hand goes numb when I run. No chest pain.');
    const { prompter, asked } = recording();
    await runInterview(prompter, knowledge, answers);
    assert.deepEqual(
      asked.slice(0, 3).map((q) => q.id),
      ['stroke_signs', 'heart_signs', 'other_danger_signs'],
    );
    const heart = asked[1];
    assert.ok(heart?.kind === 'checklist' && !heart.findings.includes('chest_pain'));
    assert.ok(heart.findings.includes('breathless'));
  });

  it('does not ask again what the words answered', async () => {
    const { answers } = parseText(
      'Tingling in the thumb and first two fingers of my left hand for six weeks.',
    );
    const { prompter, asked } = recording();
    const result = await runInterview(prompter, knowledge, answers);
    assert.ok(!asked.some((q) => q.id === 'hand_map' || q.id === 'duration'));
    assert.deepEqual(result.answers.hand_map, { left: { palm: ['thumb', 'index', 'middle'] } });
  });

  it('ends at once, asking nothing, when the words already mean an emergency', async () => {
    const { answers } = parseText('Crushing chest pain and my left arm is numb.');
    const { prompter, asked } = recording();
    const result = await runInterview(prompter, knowledge, answers);
    assert.equal(result.ended, 'emergency');
    assert.deepEqual(asked, []);
  });

  it('stops on an emergency answer to a narrowed danger question, keeping the settled items', async () => {
    const { answers } = parseText('No chest pain, and my hand is numb.');
    const { prompter, asked } = recording((q) =>
      q.id === 'heart_signs' ? { kind: 'answer', value: ['breathless', 'cold_sweat'] } : undefined,
    );
    const result = await runInterview(prompter, knowledge, answers);
    assert.equal(result.ended, 'emergency');
    assert.equal(asked.at(-1)?.id, 'heart_signs');
    assert.deepEqual(
      result.answers.heart_signs,
      itemsOf('heart_signs', { breathless: 'present', cold_sweat: 'present' }),
    );
  });
});
