import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { knowledge } from '../knowledge/index.ts';
import { answersArb } from './answers-testkit.ts';
import { assess } from './assess.ts';
import type { Answers, Contribution } from './types.ts';

const whyLines = (answers: Answers): Contribution[] =>
  assess(answers, knowledge).causes.flatMap((cause) => [...cause.why.for, ...cause.why.against]);

describe('the "why" of a cause', () => {
  it('shows a Katz rating of the hand map as one line, the rating the map got', () => {
    const carpalTunnelMap: Answers = { hand_map: { right: { palm: ['thumb', 'index', 'middle'] } } };
    const cause = assess(carpalTunnelMap, knowledge).causes.find((c) => c.id === 'carpal_tunnel');
    const katz = [...(cause?.why.for ?? []), ...(cause?.why.against ?? [])].filter((line) =>
      line.text.includes('Katz'),
    );
    assert.deepEqual(
      katz.map((line) => line.text),
      ['Hand map rated classic or probable carpal tunnel (Katz hand diagram)'],
    );
    assert.ok((katz[0]?.weight ?? 0) > 0, 'a classic map points to carpal tunnel');
  });

  it('says the chosen option of a choice question once, never its other options', () => {
    const gradual: Answers = { onset: 'gradual', hand_map: { left: { palm: ['thumb', 'index'] } } };
    const lines = whyLines(gradual).map((line) => line.text);
    assert.ok(lines.some((text) => text.startsWith('Came on gradually')));
    assert.ok(!lines.some((text) => /suddenly|hours to a few days/.test(text)), lines.join('\n'));
  });

  it('names the chosen option even when the cause weighs only the options not chosen', () => {
    const cause = assess({ pattern: 'episodes' }, knowledge).causes.find((c) => c.id === 'carpal_tunnel');
    const lines = [...(cause?.why.for ?? []), ...(cause?.why.against ?? [])].map((line) => line.text);
    assert.ok(lines.includes('Comes and goes in episodes'), lines.join('\n'));
  });

  it('names the option that sets no finding by its own words', () => {
    const lines = whyLines({ duration: 'days' }).map((line) => line.text);
    assert.ok(lines.includes('In the last two weeks'), lines.join('\n'));
  });

  it('never lists one answer both for and against a cause', () => {
    const choiceFindings = knowledge.questions.flatMap((q) =>
      q.kind === 'choice' ? [q.options.flatMap((o) => o.present)] : [],
    );
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const cause of assess(answers, knowledge).causes) {
          const ids = [...cause.why.for, ...cause.why.against].map((line) => line.finding);
          for (const group of choiceFindings) {
            assert.ok(ids.filter((id) => group.includes(id)).length <= 1, `${cause.id}: ${ids.join(', ')}`);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
