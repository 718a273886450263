import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { emergencyParts, emergencySteps, kindParts, shareSteps } from '../emergency/index.ts';
import { knowledge } from '../knowledge/index.ts';
import type { Advice, EmergencyKind, Knowledge } from '../knowledge/schema.ts';
import { parseAnswers } from './answers.ts';
import { assess } from './assess.ts';
import { checkKnowledge } from './check-knowledge.ts';
import type { Answers } from './types.ts';

const kind = (id: string): EmergencyKind => {
  const found = knowledge.emergencyKinds.find((k) => k.id === id);
  assert.ok(found, id);
  return found;
};
const stepsOf = (k: EmergencyKind): Advice[] => [...k.now, ...k.tell, ...k.wait];
const level = knowledge.levels.emergency;
const generalIds = new Set(level?.now.map((s) => s.id));
/** The steps of a kind that are its own: not the emergency level's, which every kind begins with. */
const ownIds = (k: EmergencyKind): string[] =>
  stepsOf(k).flatMap((s) => (generalIds.has(s.id) ? [] : [s.id]));

/** The kinds an assessment's emergency parts name, in order; `general` for the level's own steps. */
function kindsOf(answers: Answers): string[] {
  const result = assess(parseAnswers(answers, knowledge), knowledge);
  assert.equal(result.triage.level, 'emergency');
  return emergencyParts(result.triage.reasons, knowledge).parts.map((p) => p.kind?.id ?? 'general');
}

interface RedFlag {
  rule: string;
  answers: Answers;
}
const flags: RedFlag[] = JSON.parse(
  readFileSync(new URL('../../examples/red-flags.json', import.meta.url), 'utf8'),
).flags;

describe('the kinds of emergency', () => {
  it('give every emergency rule and every emergency cause one kind, or the general steps', () => {
    const homes = (
      inKind: (k: EmergencyKind) => readonly string[],
      generic: readonly string[],
      id: string,
    ): string[] => [
      ...knowledge.emergencyKinds.filter((k) => inKind(k).includes(id)).map((k) => k.id),
      ...(generic.includes(id) ? ['general'] : []),
    ];
    for (const rule of knowledge.rules.filter((r) => r.level === 'emergency'))
      assert.equal(
        homes((k) => k.rules, knowledge.genericEmergencies.rules, rule.id).length,
        1,
        `rule ${rule.id}`,
      );
    const causes = knowledge.causes.filter((c) => c.urgency.some((u) => u.level === 'emergency'));
    assert.ok(causes.length > 0);
    for (const cause of causes)
      assert.equal(
        homes((k) => k.causes, knowledge.genericEmergencies.causes, cause.id).length,
        1,
        `cause ${cause.id}`,
      );
  });

  it('map the signs as a clinician would', () => {
    const expected: Record<string, string> = {
      stroke_signs: 'stroke',
      sudden_one_side_arm_and_leg: 'stroke',
      chest_pain: 'heart',
      heart_attack_signs: 'heart',
      atypical_heart_signs: 'heart',
      limb_at_risk: 'limb',
      compartment_syndrome: 'limb',
      spinal_injury: 'spinal',
      cord_compression_with_bladder: 'spinal',
      arm_clot_with_breathlessness: 'general',
      breathing_or_swallowing: 'general',
    };
    for (const rule of knowledge.rules.filter((r) => r.level === 'emergency')) {
      const home = knowledge.emergencyKinds.find((k) => k.rules.includes(rule.id))?.id ?? 'general';
      assert.equal(home, expected[rule.id], rule.id);
    }
  });

  it('each have steps now, for the call handler and while waiting, every one with a source the knowledge lists', () => {
    const sources = new Set(knowledge.sources.map((s) => s.id));
    for (const k of knowledge.emergencyKinds) {
      assert.ok(k.now.length >= 2 && k.tell.length >= 1 && k.wait.length >= 1, k.id);
      assert.equal(k.now[0]?.id, 'call_emergency_number', `${k.id} begins with the call`);
      for (const step of [...stepsOf(k), { id: 'signs', ...k.signs }]) {
        assert.ok(step.sources.length > 0, `${k.id}: ${step.id}`);
        for (const id of step.sources) assert.ok(sources.has(id), `${k.id}: ${step.id} cites ${id}`);
      }
    }
  });

  it('say what each guideline says, and nothing the sources do not', () => {
    const text = (k: string): string =>
      stepsOf(kind(k))
        .map((s) => s.text)
        .join(' ');
    assert.match(text('stroke'), /Note the time/);
    assert.match(text('stroke'), /Do not eat or drink/);
    assert.match(text('stroke'), /Do not drive yourself/);
    assert.match(text('stroke'), /even if the symptoms go away/);
    assert.match(text('heart'), /Do not drive yourself/);
    assert.match(text('heart'), /sit down to rest/);
    assert.match(text('heart'), /more than five minutes/);
    assert.match(text('heart'), /not sure it is a heart attack/);
    // Aspirin only as the NHS says it: with the allergy caveat, and cited to the NHS.
    const aspirin = stepsOf(kind('heart')).find((s) => /aspirin/.test(s.text));
    assert.ok(aspirin);
    assert.match(aspirin.text, /not allergic/);
    assert.ok(aspirin.sources.includes('NHS-HA'));
    assert.match(text('limb'), /Do not warm, rub or massage/);
    assert.match(text('spinal'), /Keep your head and neck still/);
    assert.doesNotMatch(text('limb'), /ring/i);
  });
});

describe('emergencyParts', () => {
  it('gives each red flag that is an emergency the steps of its kind, and no other kind’s', () => {
    const emergencies = flags.filter(
      (f) => knowledge.rules.find((r) => r.id === f.rule)?.level === 'emergency',
    );
    assert.ok(emergencies.length >= 11);
    for (const flag of emergencies) {
      const home = knowledge.emergencyKinds.find((k) => k.rules.includes(flag.rule));
      const result = assess(parseAnswers(flag.answers, knowledge), knowledge);
      const { parts } = emergencyParts(result.triage.reasons, knowledge);
      assert.deepEqual(
        parts.map((p) => p.kind?.id ?? 'general'),
        [home?.id ?? 'general'],
        flag.rule,
      );
      const now = result.plan.now.map((s) => s.id);
      assert.equal(new Set(now).size, now.length, `${flag.rule}: no step twice`);
      // A step the fired rule gives itself (not eating or drinking when swallowing fails) may be a kind's too.
      const ruleNow = new Set(knowledge.rules.find((r) => r.id === flag.rule)?.now?.map((s) => s.id));
      for (const other of knowledge.emergencyKinds) {
        for (const id of ownIds(other).filter((i) => !ruleNow.has(i)))
          assert.equal(now.includes(id), other === home, `${flag.rule}: ${other.id}'s ${id}`);
      }
      if (!home) for (const step of level?.now ?? []) assert.ok(now.includes(step.id), step.id);
    }
  });

  it('takes a kind from a cause’s reason too', () => {
    for (const k of knowledge.emergencyKinds)
      for (const id of k.causes) {
        const urgency = knowledge.causes
          .find((c) => c.id === id)
          ?.urgency.find((u) => u.level === 'emergency');
        assert.ok(urgency, id);
        const { parts } = emergencyParts(
          [{ text: urgency.text, findings: [], sources: urgency.sources }],
          knowledge,
        );
        assert.deepEqual(
          parts.map((p) => p.kind?.id),
          [k.id],
          id,
        );
      }
  });

  it('shows both kinds when two fire, in the order of the kinds, with the steps they share once', () => {
    assert.deepEqual(kindsOf({ stroke_signs: ['face_droop'], heart_signs: ['chest_pain'] }), [
      'stroke',
      'heart',
    ]);
    const result = assess(
      parseAnswers({ stroke_signs: ['face_droop'], heart_signs: ['chest_pain'] }, knowledge),
      knowledge,
    );
    const { shared, parts } = shareSteps(emergencyParts(result.triage.reasons, knowledge).parts);
    assert.deepEqual(
      shared.map((s) => s.id),
      ['call_emergency_number', 'do_not_drive'],
    );
    const shown = [...shared, ...parts.flatMap((p) => [...p.now, ...p.tell, ...p.wait])];
    assert.equal(new Set(shown.map((s) => s.text)).size, shown.length, 'no sentence twice');
    assert.ok(parts[0]?.now.some((s) => s.id === 'stroke_note_time'));
    assert.ok(parts[1]?.wait.some((s) => s.id === 'heart_sit_and_rest'));
  });

  it('adds the general steps for an emergency of no kind beside one of a kind', () => {
    assert.deepEqual(kindsOf({ stroke_signs: ['face_droop'], other_danger_signs: ['swallowing_trouble'] }), [
      'stroke',
      'general',
    ]);
  });

  it('never leaves an emergency without steps: unknown reasons fall back on the level’s', () => {
    const { parts, others } = emergencyParts(
      [{ text: 'Something the knowledge does not say.', findings: [], sources: [] }],
      knowledge,
    );
    assert.equal(parts.length, 1);
    assert.equal(parts[0]?.kind, null);
    assert.deepEqual(
      parts[0]?.now.map((s) => s.id),
      level?.now.map((s) => s.id),
    );
    assert.equal(others.length, 1, 'the reason is still shown');
    assert.ok(emergencySteps(parts).length > 0);
  });
});

describe('the page without an assessment', () => {
  it('shows every kind, the shared steps once, and no sentence twice', () => {
    const { shared, parts } = shareSteps(kindParts(knowledge.emergencyKinds));
    assert.deepEqual(
      parts.map((p) => p.kind?.id),
      ['stroke', 'heart', 'limb', 'spinal'],
    );
    assert.ok(shared.some((s) => s.id === 'call_emergency_number'));
    const shown = [...shared, ...parts.flatMap((p) => [...p.now, ...p.tell, ...p.wait])];
    assert.equal(new Set(shown.map((s) => s.text)).size, shown.length, 'no sentence twice');
    assert.equal(new Set(shown.map((s) => s.id)).size, shown.length, 'no step twice');
    for (const part of parts) assert.ok(part.now.length + part.tell.length + part.wait.length > 0);
    // Each kind keeps every step of its own.
    for (const part of parts)
      if (part.kind)
        for (const id of ownIds(part.kind))
          assert.ok(
            shown.some((s) => s.id === id),
            id,
          );
  });
});

describe('checkKnowledge on the kinds of emergency', () => {
  it('reports an emergency rule of no kind, a kind’s rule with steps of its own, and an unsourced step', () => {
    const broken: Knowledge = {
      ...knowledge,
      genericEmergencies: { rules: ['breathing_or_swallowing'], causes: [] },
      rules: knowledge.rules.map((r) =>
        r.id === 'chest_pain' ? { ...r, now: [{ id: 'x', text: 'x', sources: ['AHA-HA'] }] } : r,
      ),
      emergencyKinds: knowledge.emergencyKinds.map((k) =>
        k.id === 'limb' ? { ...k, wait: [...k.wait, { id: 'limb_rings', text: 'x', sources: [] }] } : k,
      ),
    };
    const problems = checkKnowledge(broken);
    assert.ok(
      problems.some(
        (p) => p.path === 'rules.arm_clot_with_breathlessness' && /no emergency kind/.test(p.message),
      ),
    );
    assert.ok(problems.some((p) => p.path === 'rules.chest_pain.now'));
    assert.ok(problems.some((p) => p.path === 'emergencyKinds.limb.wait.limb_rings'));
  });

  it('reports a kind with no guidance and a rule in two kinds', () => {
    const broken: Knowledge = {
      ...knowledge,
      emergencyKinds: knowledge.emergencyKinds
        .filter((k) => k.id !== 'spinal')
        .map((k) => (k.id === 'heart' ? { ...k, rules: [...k.rules, 'stroke_signs'] } : k)),
    };
    const problems = checkKnowledge(broken);
    assert.ok(problems.some((p) => p.path === 'emergencyKinds.spinal'));
    assert.ok(problems.some((p) => p.path === 'rules.stroke_signs' && /more than one/.test(p.message)));
    assert.ok(problems.some((p) => p.path === 'rules.spinal_injury'));
  });
});
