import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseAnswers } from '../engine/index.ts';
import { knowledge } from '../knowledge/index.ts';
import { en } from './lexicon/en.ts';
import { parseText } from './parse.ts';
import { evaluate, type LabelledSentence } from './quality.ts';

function load(name: string): LabelledSentence[] {
  const set: { sentences: LabelledSentence[] } = JSON.parse(
    readFileSync(new URL(name, import.meta.url), 'utf8'),
  );
  return set.sentences;
}

const sentences = load('./sentences.en.json');
const holdout = load('./sentences.holdout.en.json');
const parse = (text: string) => parseText(text, en, knowledge);
const danger = knowledge.findings.filter((f) => f.danger).map((f) => f.id);

/** The states the parse gave each finding, for short assertions. */
function states(text: string): Record<string, string> {
  return Object.fromEntries(parse(text).findings.map((f) => [f.finding, f.state]));
}

describe('the English test set', () => {
  const report = evaluate(sentences, parse, knowledge);

  it('has at least 150 sentences and labels every finding present at least once', () => {
    assert.ok(sentences.length >= 150, `${sentences.length} sentences`);
    const labelled = new Set(report.findings.filter((f) => f.support > 0).map((f) => f.finding));
    const missing = knowledge.findings.map((f) => f.id).filter((id) => !labelled.has(id));
    assert.deepEqual(missing, []);
  });

  it('negates every danger sign at least once', () => {
    const negated = new Set(sentences.flatMap((s) => s.absent ?? []));
    // A pale, cold, painful hand is not denied in passing; sudden one-sided numbness is read from its onset and side,
    // each of which is denied on its own.
    const exempt = ['pale_cold_painful_limb', 'sudden_one_side_numbness', 'sudden_one_side_numbness_passed'];
    const never = danger.filter((id) => !negated.has(id) && !exempt.includes(id));
    assert.deepEqual(never, []);
  });

  it('reads it with micro-averaged precision ≥ 0.95 and recall ≥ 0.9', (t) => {
    t.diagnostic(
      `precision ${report.micro.precision.toFixed(3)}, recall ${report.micro.recall.toFixed(3)} ` +
        `(${report.micro.truePositives} right, ${report.micro.falsePositives} wrong, ${report.micro.falseNegatives} missed)`,
    );
    for (const error of report.errors) t.diagnostic(`${error.text} — ${error.wrong.join('; ')}`);
    assert.ok(report.micro.precision >= 0.95, `precision ${report.micro.precision}`);
    assert.ok(report.micro.recall >= 0.9, `recall ${report.micro.recall}`);
  });

  it('never reads a danger sign that a sentence states as absent or missing, nor denies one it does not deny', () => {
    assert.deepEqual(report.dangerReadAbsent, []);
    assert.deepEqual(report.dangerFalselyAbsent, []);
  });

  it('gives answers the engine accepts, for every sentence', () => {
    for (const { text } of [...sentences, ...holdout]) {
      assert.doesNotThrow(() => parseAnswers(parse(text).answers, knowledge), text);
    }
  });

  it('points at the words that said each finding', () => {
    for (const { text } of sentences) {
      for (const finding of parse(text).findings) {
        assert.equal(text.slice(finding.start, finding.end), finding.words, `${text}: ${finding.finding}`);
      }
    }
  });
});

describe('the held-out set (not used to tune the lexicon)', () => {
  const report = evaluate(holdout, parse, knowledge);
  it('keeps its safety and a floor of 0.9 precision and 0.85 recall', (t) => {
    t.diagnostic(`precision ${report.micro.precision.toFixed(3)}, recall ${report.micro.recall.toFixed(3)}`);
    assert.deepEqual(report.dangerFalselyAbsent, []);
    assert.ok(report.micro.precision >= 0.9);
    assert.ok(report.micro.recall >= 0.85);
  });
});

describe('parseText', () => {
  it('reads negation and its scope, which ends at "but"', () => {
    // "No chest pain" settles chest pain only: whether exertion brings something on is asked on its own.
    assert.deepEqual(states('No chest pain but I do feel sick.'), {
      chest_pain: 'absent',
      nausea: 'present',
    });
    // A denial stops at a clause of time or condition: the walking is not denied.
    assert.deepEqual(states('No chest pain when I walk.'), {
      chest_pain: 'absent',
      comes_and_goes: 'present',
    });
    assert.equal(states("I don't have any weakness.").hand_weakness, 'absent');
    assert.equal(states('It happened without dizziness.').lightheaded, 'absent');
    assert.equal(states('Not dizzy.').lightheaded, 'absent');
    assert.deepEqual(states('Face and speech are normal.'), {
      face_droop: 'absent',
      speech_trouble: 'absent',
    });
  });

  it('carries a negation along a list, not into a new clause', () => {
    const list = states('No chest pain, breathlessness or sweating.');
    assert.equal(list.breathless, 'absent');
    assert.equal(list.cold_sweat, 'absent');
    assert.deepEqual(states("It doesn't come and go, it's constant."), {
      comes_and_goes: 'absent',
      constant: 'present',
    });
  });

  it('reads a danger sign said with doubt as present, and anything else said with doubt as unknown', () => {
    const hedged = parse('Maybe my face drooped a little.').findings.find((f) => f.finding === 'face_droop');
    assert.equal(hedged?.state, 'present');
    assert.equal(hedged?.uncertain, true);
    assert.equal(states('Possibly some tingling in my lips.').lips_tingle, 'unknown');
    assert.equal(states("I don't think I had trouble speaking.").speech_trouble, 'unknown');
  });

  it('leaves out what is about someone else', () => {
    assert.deepEqual(parse('My mother has diabetes.').findings, []);
    assert.equal(states('My wife says my face is drooping.').face_droop, 'present');
  });

  it('knows the usual ways of saying it and common misspellings', () => {
    assert.deepEqual(parse('pins and needels in my pinky').answers.hand_map, { right: { palm: ['little'] } });
    assert.deepEqual(parse("I can't feel my fingers").answers.hand_map, {
      left: { palm: ['thumb', 'index', 'middle', 'ring', 'little'] },
      right: { palm: ['thumb', 'index', 'middle', 'ring', 'little'] },
    });
    assert.deepEqual(parse('dead arm on the left').answers.hand_map, {
      left: { arm: ['forearm', 'upper_arm'] },
    });
    assert.deepEqual(parse('tingeling in my ring finger and thum').answers.hand_map, {
      right: { palm: ['thumb', 'ring'] },
    });
  });

  it('builds the hand map from side, fingers, palm or back and arm', () => {
    assert.deepEqual(parse('Tingling in the thumb and first two fingers of my left hand.').answers.hand_map, {
      left: { palm: ['thumb', 'index', 'middle'] },
    });
    assert.deepEqual(parse('Numbness on the back of my right thumb.').answers.hand_map, {
      right: { back: ['thumb'] },
    });
    assert.deepEqual(parse('My left arm and hand tingle.').answers.hand_map, {
      left: { palm: ['thumb', 'index', 'middle', 'ring', 'little'], arm: ['forearm', 'upper_arm'] },
    });
  });

  it('notes the side it assumes when none is named', () => {
    const result = parse('My little finger is numb.');
    assert.equal(result.places[0]?.assumedSide, true);
    assert.match(result.notes.join(' '), /right hand was assumed/);
  });

  it('reads age, sex, onset, duration and pattern as answers', () => {
    assert.deepEqual(parse("I'm a 64-year-old man.").answers, { age: 64, sex: 'male' });
    assert.deepEqual(parse('It came on suddenly two hours ago and comes and goes.').answers, {
      onset: 'sudden',
      duration: 'today',
      pattern: 'episodes',
    });
    assert.equal(parse('for six weeks now my hand tingles').answers.duration, 'weeks');
    assert.equal(parse('My hand has been numb since Monday.').answers.duration, 'days');
  });

  it('reads a time said with a past event as that event’s, not the numbness’s', () => {
    const result = parse("I've had diabetes for fifteen years. Now my feet tingle.");
    assert.equal(result.answers.duration, undefined);
    assert.equal(parse('I broke my wrist two years ago.').findings[0]?.finding, 'old_arm_injury');
    assert.equal(parse('I broke my wrist two days ago.').findings[0]?.finding, 'recent_injury');
  });

  it('resolves a danger sign both said and denied to present, with a note', () => {
    const result = parse('No chest pain. Actually there is some chest pain.');
    assert.equal(result.findings.find((f) => f.finding === 'chest_pain')?.state, 'present');
    assert.match(result.notes.join(' '), /both said and denied/);
  });

  it('never throws and always gives answers the engine accepts, whatever the text', () => {
    const words = [
      'no',
      'not',
      'numb',
      'left',
      'hand',
      'chest',
      'pain',
      'but',
      'maybe',
      'I',
      "don't",
      'since',
      '3',
      'weeks',
      'ago',
      ',',
      '.',
      'fingers',
      'and',
      'my',
      'pinky',
      'face',
      'drooping',
      'mother',
      'has',
      'diabetes',
      'suddenly',
      'at',
      'night',
      'ring',
      'little',
      'back',
      'of',
      'thumb',
      'arm',
      "I'm",
      '64',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 25 }), fc.string(), (list, noise) => {
        for (const text of [list.join(' '), noise]) {
          const result = parse(text);
          parseAnswers(result.answers, knowledge);
          for (const f of result.findings) assert.equal(text.slice(f.start, f.end), f.words);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a stated danger sign as absent when doubt or a list is added around it', () => {
    const phrases: [string, string][] = [
      ['my face is drooping', 'face_droop'],
      ['my speech is slurred', 'speech_trouble'],
      ['I have chest pain', 'chest_pain'],
      ['I feel sick', 'nausea'],
      ['I am short of breath', 'breathless'],
      ['I am tripping over', 'gait_trouble'],
    ];
    const before = ['', 'Maybe ', 'I think ', 'Also ', 'No headache but ', 'Not sure, but '];
    const after = ['', ' I think', ' maybe', ', and my hand is numb', '. My legs are fine.'];
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.constantFrom(...before),
        fc.constantFrom(...after),
        ([phrase, finding], b, a) => {
          assert.equal(states(`${b}${phrase}${a}`)[finding], 'present', `${b}${phrase}${a}`);
        },
      ),
    );
  });

  it('is pure: the same text gives the same result', () => {
    const text = sentences[0]?.text ?? '';
    assert.deepEqual(parse(text), parse(text));
  });
});

describe('a cue after what it governs ("… is normal")', () => {
  const stateOf = (text: string, finding: string): string | undefined =>
    parse(text).findings.find((f) => f.finding === finding)?.state;

  it('ends at the comma before it, so a danger sign said before the comma stays present', () => {
    assert.equal(stateOf('face drooping, speech is normal', 'face_droop'), 'present');
    assert.equal(stateOf('face drooping, speech is normal', 'speech_trouble'), 'absent');
    assert.equal(stateOf('slurred speech, chest is fine', 'speech_trouble'), 'present');
  });
});
