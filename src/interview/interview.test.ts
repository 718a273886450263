import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { answerArb } from '../engine/answers-testkit.ts';
import type { Answers } from '../engine/index.ts';
import { knowledge } from '../knowledge/index.ts';
import { translator } from '../messages/index.ts';
import {
  answer,
  back,
  currentScreen,
  INITIAL_STATE,
  type InterviewState,
  reset,
  respondToOffer,
  restore,
  type Screen,
  serialize,
  start,
  startWithAnswers,
  stepLabel,
} from './interview.ts';

const words = translator('en');

function questionOf(screen: Screen): string {
  assert.equal(screen.kind, 'question', `expected a question screen, got ${screen.kind}`);
  return screen.kind === 'question' ? screen.question.id : '';
}

/** Answers every screen the way a person with carpal tunnel syndrome would, until the offer or the result. */
function carpalTunnelStory(): InterviewState {
  let state = start(INITIAL_STATE);
  for (let step = 0; step < 30; step++) {
    const screen = currentScreen(state, knowledge);
    if (screen.kind !== 'question') return state;
    const { question } = screen;
    if (question.id === 'hand_map')
      state = answer(state, question.id, { left: { palm: ['thumb', 'index', 'middle'] } });
    else if (question.id === 'duration') state = answer(state, question.id, 'weeks');
    else if (question.id === 'positions') state = answer(state, question.id, ['night_waking']);
    else if (question.id === 'onset') state = answer(state, question.id, 'gradual');
    else if (question.kind === 'checklist') state = answer(state, question.id, []);
    else state = answer(state, question.id, 'unknown');
  }
  return state;
}

/** The danger screen's questions, in the order they are asked. */
const SCREEN = knowledge.questions.filter((q) => q.dangerScreen).map((q) => q.id);

describe('interview state', () => {
  test('starts on the start screen, then asks the danger screen in order', () => {
    assert.equal(currentScreen(INITIAL_STATE, knowledge).kind, 'start');
    let state = start(INITIAL_STATE);
    const first = currentScreen(state, knowledge);
    assert.equal(questionOf(first), 'stroke_signs');
    assert.equal(
      first.kind === 'question' ? stepLabel(first, words) : '',
      `Safety check 1 of ${SCREEN.length}`,
    );
    state = answer(state, 'stroke_signs', []);
    assert.equal(questionOf(currentScreen(state, knowledge)), 'heart_signs');
    state = answer(state, 'heart_signs', 'unknown');
    const third = currentScreen(state, knowledge);
    assert.equal(questionOf(third), 'other_danger_signs');
    assert.equal(
      third.kind === 'question' ? stepLabel(third, words) : '',
      `Safety check 3 of ${SCREEN.length}`,
    );
  });

  test('an emergency answer shows the emergency screen at once', () => {
    const state = answer(start(INITIAL_STATE), 'stroke_signs', ['face_droop']);
    const screen = currentScreen(state, knowledge);
    assert.equal(screen.kind, 'emergency');
    assert.equal(screen.kind === 'emergency' ? screen.assessment.triage.level : '', 'emergency');
  });

  test('Back from the emergency screen asks the question again, starting from the answer given', () => {
    const state = back(answer(start(INITIAL_STATE), 'stroke_signs', ['face_droop']));
    const screen = currentScreen(state, knowledge);
    assert.equal(questionOf(screen), 'stroke_signs');
    assert.deepEqual(screen.kind === 'question' ? screen.previous : undefined, ['face_droop']);
    assert.deepEqual(state.answers, {});
  });

  test('Back takes back only the last answer and keeps the others', () => {
    let state = start(INITIAL_STATE);
    state = answer(state, 'stroke_signs', []);
    state = answer(state, 'heart_signs', []);
    state = answer(state, 'other_danger_signs', []);
    state = answer(state, 'hand_map', { left: { palm: ['thumb', 'index', 'middle'] } });
    const afterMap = questionOf(currentScreen(state, knowledge));
    state = answer(state, afterMap, 'unknown');
    state = back(state);
    assert.equal(questionOf(currentScreen(state, knowledge)), afterMap);
    assert.deepEqual(Object.keys(state.answers), [
      'stroke_signs',
      'heart_signs',
      'other_danger_signs',
      'hand_map',
    ]);
    state = back(state);
    assert.equal(questionOf(currentScreen(state, knowledge)), 'hand_map');
    // Changed, the hand map replaces the old answer; the danger screen is untouched.
    state = answer(state, 'hand_map', { right: { palm: ['ring', 'little'] } });
    assert.deepEqual(state.answers.hand_map, { right: { palm: ['ring', 'little'] } });
    assert.deepEqual(state.answers.stroke_signs, []);
    assert.equal(state.drafts.hand_map, undefined);
  });

  test('Back on the first question returns to the start screen', () => {
    const state = back(start(INITIAL_STATE));
    assert.equal(currentScreen(state, knowledge).kind, 'start');
  });

  test('a carpal tunnel story offers self-tests, and declining shows the result', () => {
    const state = carpalTunnelStory();
    const offer = currentScreen(state, knowledge);
    assert.equal(offer.kind, 'offer');
    if (offer.kind !== 'offer') return;
    assert.ok(offer.tests.some((test) => test.id === 'phalen_test'));
    const declined = respondToOffer(state, false, offer.tests);
    const result = currentScreen(declined, knowledge);
    assert.equal(result.kind, 'result');
    if (result.kind !== 'result') return;
    assert.equal(result.assessment.triage.level, 'doctor');
    assert.equal(result.assessment.causes[0]?.id, 'carpal_tunnel');
    assert.equal(result.assessment.instruments.katz?.rating, 'classic');
    // Back from the result shows the offer again.
    assert.equal(currentScreen(back(declined), knowledge).kind, 'offer');
  });

  test('accepting the offer asks each self-test, labelled, then shows the result', () => {
    let state = carpalTunnelStory();
    const offer = currentScreen(state, knowledge);
    if (offer.kind !== 'offer') return assert.fail('expected the offer');
    state = respondToOffer(state, true, offer.tests);
    for (const [index, test] of offer.tests.entries()) {
      const screen = currentScreen(state, knowledge);
      assert.equal(questionOf(screen), test.id);
      assert.equal(
        screen.kind === 'question' ? stepLabel(screen, words) : '',
        `Self-test ${index + 1} of ${offer.tests.length}`,
      );
      state = answer(state, test.id, 'present');
    }
    assert.equal(currentScreen(state, knowledge).kind, 'result');
  });

  test('the question screen estimates how many questions are left', () => {
    let state = start(INITIAL_STATE);
    for (const id of SCREEN) state = answer(state, id, []);
    const screen = currentScreen(state, knowledge);
    assert.equal(screen.kind === 'question' ? stepLabel(screen, words) : '', 'Question 1');
    const remaining = screen.kind === 'question' ? screen.remaining : null;
    assert.ok(remaining !== null && remaining > 0 && remaining < 20, `remaining ${remaining}`);
  });

  test('reset forgets everything', () => {
    assert.deepEqual(reset(), INITIAL_STATE);
  });
});

describe("starting from answers (the person's own words)", () => {
  const fromWords = {
    activities: { during_running: 'present' },
    heart_signs: { chest_pain: 'absent', exertional_chest_pain: 'absent' },
    hand_map: { left: { palm: ['thumb', 'index', 'middle', 'ring', 'little'] } },
  } as const satisfies Answers;

  test('asks the danger screen first, in order, a check the words settled in part for its open items only', () => {
    let state = startWithAnswers(fromWords, knowledge);
    assert.deepEqual(state.answers, fromWords);
    const first = currentScreen(state, knowledge);
    assert.equal(questionOf(first), 'stroke_signs');
    assert.equal(
      first.kind === 'question' ? stepLabel(first, words) : '',
      `Safety check 1 of ${SCREEN.length}`,
    );
    state = answer(state, 'stroke_signs', []);
    const heart = currentScreen(state, knowledge);
    assert.equal(questionOf(heart), 'heart_signs');
    const items =
      heart.kind === 'question' && heart.question.kind === 'checklist' ? heart.question.findings : [];
    assert.ok(items.length > 0);
    assert.ok(
      !items.includes('chest_pain') && !items.includes('exertional_chest_pain'),
      'settled items not asked',
    );
    assert.ok(items.includes('breathless'));
    assert.equal(
      heart.kind === 'question' ? stepLabel(heart, words) : '',
      `Safety check 2 of ${SCREEN.length}`,
    );
    state = answer(state, 'heart_signs', []);
    const heartAnswer = state.answers.heart_signs;
    assert.ok(typeof heartAnswer === 'object' && heartAnswer !== null && !Array.isArray(heartAnswer));
    assert.equal(Reflect.get(heartAnswer, 'chest_pain'), 'absent', 'the settled item is kept');
    assert.equal(Reflect.get(heartAnswer, 'breathless'), 'absent', 'the open item is answered');
    assert.equal(questionOf(currentScreen(state, knowledge)), 'other_danger_signs');
    for (const id of SCREEN.slice(2)) state = answer(state, id, []);
    const after = currentScreen(state, knowledge);
    assert.ok(after.kind !== 'question' || !after.question.dangerScreen, 'the danger screen is done');
    assert.ok(
      after.kind !== 'question' || !['hand_map', 'activities'].includes(after.question.id),
      'not asked again',
    );
  });

  test('Back restores what the words said, and asks the open items again', () => {
    let state = startWithAnswers(fromWords, knowledge);
    state = answer(answer(state, 'stroke_signs', []), 'heart_signs', ['breathless']);
    state = back(state);
    assert.deepEqual(state.answers.heart_signs, fromWords.heart_signs);
    const again = currentScreen(state, knowledge);
    assert.equal(questionOf(again), 'heart_signs');
    assert.ok(
      again.kind === 'question' &&
        again.question.kind === 'checklist' &&
        !again.question.findings.includes('chest_pain'),
    );
    state = back(back(state));
    assert.equal(currentScreen(state, knowledge).kind, 'start');
    assert.deepEqual(state.answers, {});
  });

  test('answers that mean an emergency show the emergency screen at once', () => {
    const state = startWithAnswers({ stroke_signs: { face_droop: 'present' } }, knowledge);
    assert.equal(currentScreen(state, knowledge).kind, 'emergency');
  });

  test('an emergency answer to a check asked for its open items stops at once, keeping the settled items', () => {
    let state = startWithAnswers(fromWords, knowledge);
    state = answer(answer(state, 'stroke_signs', []), 'heart_signs', ['breathless', 'cold_sweat']);
    assert.equal(currentScreen(state, knowledge).kind, 'emergency');
    const heart = state.answers.heart_signs;
    assert.ok(typeof heart === 'object' && heart !== null && !Array.isArray(heart));
    assert.equal(Reflect.get(heart, 'chest_pain'), 'absent');
    assert.equal(Reflect.get(heart, 'cold_sweat'), 'present');
  });

  test('with no answers it is the ordinary start', () => {
    assert.deepEqual(startWithAnswers({}, knowledge), start(INITIAL_STATE));
  });

  test('a state started from answers is saved and restored', () => {
    const state = answer(startWithAnswers(fromWords, knowledge), 'stroke_signs', []);
    assert.deepEqual(restore(serialize(state), knowledge), state);
  });
});

describe('saving to the tab', () => {
  test('a saved state comes back the same', () => {
    const state = back(carpalTunnelStory());
    assert.deepEqual(restore(serialize(state), knowledge), state);
  });

  test('nothing saved, broken JSON or answers that do not fit start fresh', () => {
    assert.deepEqual(restore(null, knowledge), INITIAL_STATE);
    assert.deepEqual(restore('{', knowledge), INITIAL_STATE);
    const bad = { ...start(INITIAL_STATE), answers: { stroke_signs: 'yes' }, history: [] };
    assert.deepEqual(restore(JSON.stringify(bad), knowledge), INITIAL_STATE);
    const unknownQuestion = {
      ...start(INITIAL_STATE),
      answers: { favourite_colour: 'blue' },
      history: [{ kind: 'answer', question: 'favourite_colour' }],
    };
    assert.deepEqual(restore(JSON.stringify(unknownQuestion), knowledge), INITIAL_STATE);
  });

  test('an answer without its step in the history is rejected', () => {
    const orphan = { ...start(INITIAL_STATE), answers: { stroke_signs: [] }, history: [] };
    assert.deepEqual(restore(JSON.stringify(orphan), knowledge), INITIAL_STATE);
  });
});

describe('the estimate of questions left', () => {
  test('never goes up by more than one from one question to the next, whatever the answers', () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(knowledge.questions.map((q) => [q.id, answerArb(q)]))),
        (reply) => {
          let state = start(INITIAL_STATE);
          let shown: number | null = null;
          for (let step = 0; step < 40; step++) {
            const screen = currentScreen(state, knowledge);
            if (screen.kind === 'offer') {
              state = respondToOffer(state, false, screen.tests);
              continue;
            }
            if (screen.kind !== 'question') return;
            const { remaining } = screen;
            if (remaining !== null && shown !== null) {
              assert.ok(remaining <= shown + 1, `${shown} then ${remaining} at ${screen.question.id}`);
            }
            if (remaining !== null) shown = remaining;
            const value = reply[screen.question.id] ?? 'unknown';
            state = answer(state, screen.question.id, value, remaining);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test('survives a reload with the tab', () => {
    const state = answer(start(INITIAL_STATE), 'stroke_signs', [], 7);
    assert.deepEqual(restore(serialize(state), knowledge).history, [
      { kind: 'answer', question: 'stroke_signs', remaining: 7 },
    ]);
  });
});
