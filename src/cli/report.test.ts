import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Answers, assess } from '../engine/index.ts';
import { knowledge } from '../knowledge/index.ts';
import { renderReport } from './report.ts';

const ESC = '\u001b[';

/** Every danger-screen checklist answered "none of these". */
const NO_DANGER: Answers = Object.fromEntries(
  knowledge.questions.filter((q) => q.dangerScreen).map((q) => [q.id, []]),
);

/** A typical carpal tunnel story: thumb to middle finger of the right hand, waking at night, typing. */
const CARPAL_TUNNEL: Answers = {
  ...NO_DANGER,
  hand_map: { right: { palm: ['thumb', 'index', 'middle'] } },
  onset: 'gradual',
  duration: 'weeks',
  pattern: 'episodes',
  positions: ['night_waking'],
  activities: ['keyboard_mouse'],
  age: 48,
  sex: 'female',
};

function labelOf(id: string): string {
  const finding = knowledge.findings.find((f) => f.id === id);
  assert.ok(finding, `finding ${id} exists`);
  return finding.label;
}

/** The report's words, with each line's leading box or list marks and the line breaks of wrapping removed. */
function flat(report: string): string {
  return report
    .split('\n')
    .map((line) => line.replace(/^[\s│]+|[\s│]+$/g, ''))
    .join(' ');
}

describe('renderReport', () => {
  it('leads an emergency with the emergency words and what to do, and lists no causes', () => {
    const assessment = assess({ stroke_signs: ['face_droop'] }, knowledge);
    assert.equal(assessment.triage.level, 'emergency');
    const report = renderReport(assessment, knowledge);
    const lines = report.split('\n');
    assert.match(lines[0] ?? '', /^┌─+┐$/);
    assert.match(lines[1] ?? '', /^│ !!! EMERGENCY — /);
    const emergencyAt = report.indexOf('EMERGENCY');
    const nowAt = report.indexOf('What to do now');
    assert.ok(nowAt > emergencyAt, 'what to do comes right after the level');
    for (const step of assessment.plan.now) assert.ok(flat(report).includes(step.text), step.text);
    assert.doesNotMatch(report, /^Likely causes|Pointing to it|^Self-care$/m);
    for (const cause of assessment.causes) assert.ok(!report.includes(`. ${cause.name}`), cause.name);
  });

  it('says which danger signs were not asked and what would come next for partial answers', () => {
    const assessment = assess({ hand_map: { left: { palm: ['ring', 'little'] } } }, knowledge);
    assert.ok(assessment.unscreened.length > 0);
    assert.notEqual(assessment.next, null);
    const report = renderReport(assessment, knowledge);
    const text = flat(report);
    assert.match(report, /Danger signs not asked yet/);
    for (const id of assessment.unscreened) assert.ok(text.includes(labelOf(id)), id);
    assert.match(report, /Next question/);
    assert.ok(text.includes(assessment.next?.text ?? '?'));
  });

  it('leads with the danger signs answered "don’t know", before the level, and says what to do', () => {
    const heart = knowledge.questions.find((q) => q.id === 'heart_signs');
    assert.ok(heart?.kind === 'checklist');
    const items = Object.fromEntries(
      heart.findings.map((f) => [f, f === 'chest_pain' ? 'unknown' : 'absent']),
    );
    const assessment = assess({ ...NO_DANGER, heart_signs: items }, knowledge);
    assert.deepEqual(assessment.unsure, ['chest_pain']);
    const report = renderReport(assessment, knowledge);
    const text = flat(report);
    const checkAt = report.indexOf('Check these danger signs now');
    assert.ok(checkAt >= 0 && checkAt < report.indexOf('┌'), 'before the level');
    assert.ok(text.includes(labelOf('chest_pain')));
    assert.ok(text.includes(knowledge.unsure.text));
    assert.doesNotMatch(report, /Danger signs not asked yet/);
  });

  it('shows the ranked causes with their reasons, the plan and the sources', () => {
    const assessment = assess(CARPAL_TUNNEL, knowledge);
    assert.notEqual(assessment.triage.level, 'emergency');
    const report = renderReport(assessment, knowledge);
    const text = flat(report);
    const top = assessment.causes[0];
    assert.ok(top);
    assert.ok(report.includes(top.name));
    assert.match(report, new RegExp(`${Math.round(top.probability * 100)}% [█░]{10}`));
    assert.match(report, /Pointing to it: /);
    assert.match(report, /Sources\n/);
    assert.ok(report.includes(`knowledge ${knowledge.version}`));
    assert.ok(text.includes(knowledge.notice));
    assert.doesNotMatch(report, /Danger signs not asked yet/);
    for (const item of assessment.plan.selfCare) assert.ok(text.includes(item.text), item.text);
  });

  it('fits 80 columns and uses no colour unless asked', () => {
    for (const answers of [CARPAL_TUNNEL, { stroke_signs: ['speech_trouble'] }, {}]) {
      const report = renderReport(assess(answers, knowledge), knowledge);
      assert.ok(!report.includes(ESC), 'no escape sequences');
      // Only a URL, which must not be broken, may stick out.
      for (const line of report.split('\n')) assert.ok(line.length <= 80 || /^ +https:\S+$/.test(line), line);
    }
    const colored = renderReport(assess(CARPAL_TUNNEL, knowledge), knowledge, { color: true, width: 80 });
    assert.ok(colored.includes(ESC), 'escape sequences');
  });
});
