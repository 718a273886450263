import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAnswers } from '../engine/index.ts';
import { knowledge } from '../knowledge/index.ts';
import { compileLexicon } from './compile.ts';
import { ru } from './lexicon/ru.ts';
import { parseText } from './parse.ts';
import { evaluate, type LabelledSentence } from './quality.ts';
import { tokenize } from './tokenize.ts';

const set: { sentences: LabelledSentence[] } = JSON.parse(
  readFileSync(new URL('./sentences.ru.json', import.meta.url), 'utf8'),
);
const sentences = set.sentences;
const parse = (text: string) => parseText(text, ru, knowledge);
const danger = knowledge.findings.filter((f) => f.danger).map((f) => f.id);
const compiled = compileLexicon(ru);

/** The states the parse gave each finding, for short assertions. */
function states(text: string): Record<string, string> {
  return Object.fromEntries(parse(text).findings.map((f) => [f.finding, f.state]));
}

describe('the Russian development set', () => {
  const report = evaluate(sentences, parse, knowledge);

  it('has at least 150 sentences and labels every finding present at least once', () => {
    assert.ok(sentences.length >= 150, `${sentences.length} sentences`);
    const labelled = new Set(report.findings.filter((f) => f.support > 0).map((f) => f.finding));
    assert.deepEqual(
      knowledge.findings.map((f) => f.id).filter((id) => !labelled.has(id)),
      [],
    );
  });

  it('negates every danger sign at least once', () => {
    const negated = new Set(sentences.flatMap((s) => s.absent ?? []));
    const exempt = ['pale_cold_painful_limb', 'sudden_one_side_numbness', 'sudden_one_side_numbness_passed'];
    assert.deepEqual(
      danger.filter((id) => !negated.has(id) && !exempt.includes(id)),
      [],
    );
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

  it('gives answers the engine accepts and points at the words that said each finding', () => {
    for (const { text } of sentences) {
      const result = parse(text);
      assert.doesNotThrow(() => parseAnswers(result.answers, knowledge), text);
      for (const f of result.findings) assert.equal(text.slice(f.start, f.end), f.words, text);
    }
  });
});

describe('reading Russian words', () => {
  it('compares inflected forms by their stems', () => {
    const norms = (text: string) => tokenize(text, compiled).map((t) => t.norm);
    assert.deepEqual(norms('рука руки руку рукой руках'), ['рук', 'рук', 'рук', 'рук', 'рук']);
    assert.deepEqual(norms('онемела онемели онемел'), ['онемел', 'онемел', 'онемел']);
    // Folding: a missing «ё» reads the same.
    assert.deepEqual(norms('ещё еще'), norms('еще еще'));
    // Little words are kept whole, so that «нее» («у нее») is not «не».
    assert.notEqual(norms('нее')[0], norms('не')[0]);
  });

  it('finds the place whatever its case and number', () => {
    for (const text of ['Немеет левая рука.', 'Онемение в левой руке.', 'Не чувствую левую руку.']) {
      assert.deepEqual(
        parse(text).answers.hand_map,
        {
          left: { palm: ['thumb', 'index', 'middle', 'ring', 'little'] },
        },
        text,
      );
    }
    assert.deepEqual(parse('Немеют мизинцы.').answers.hand_map, {
      left: { palm: ['little'] },
      right: { palm: ['little'] },
    });
    assert.deepEqual(parse('Немеет большой палец левой руки с тыльной стороны.').answers.hand_map, {
      left: { back: ['thumb'] },
    });
    assert.deepEqual(parse('Немеет предплечье слева.').answers.hand_map, { left: { arm: ['forearm'] } });
  });

  it('corrects listed misspellings and, for long words, one edit in the stem', () => {
    assert.equal(compiled.normalise('палцы'), 'пальцы');
    assert.equal(compiled.normalise('щас'), 'сейчас');
    assert.equal(compiled.normalise('онимение'), 'онемение');
    assert.equal(compiled.normalise('онимели'), 'онемели');
    assert.equal(compiled.normalise('немееет'), 'немеет');
    // A real word one edit away from a short stem is left alone.
    assert.equal(compiled.normalise('пальто'), 'пальто');
  });

  it('reads numbers in words and digits', () => {
    assert.equal(parse('Немеет рука две недели.').answers.duration, 'days');
    assert.equal(parse('Немеет рука три месяца.').answers.duration, 'weeks');
    assert.equal(parse('Рука немеет уже 5 дней.').answers.duration, 'days');
    assert.equal(parse('Мне шестьдесят четыре года.').answers.age, 64);
  });

  it('reads negation before and after, and «ни … ни»', () => {
    assert.equal(states('Нет боли в груди.').chest_pain, 'absent');
    assert.equal(states('Боли в груди нет.').chest_pain, 'absent');
    assert.equal(states('Без температуры.').fever, 'absent');
    assert.equal(states('Головокружения не было.').lightheaded, 'absent');
    assert.deepEqual(states('Лицо и речь в норме.'), { face_droop: 'absent', speech_trouble: 'absent' });
    const neither = states('Нет ни слабости, ни онемения лица.');
    assert.equal(neither.hand_weakness, 'absent');
    assert.equal(neither.face_droop, 'absent');
  });

  it('ends a negation at «но», «однако» and «а вот», and does not carry it into a new clause', () => {
    assert.deepEqual(states('Боли в груди нет, но тошнит.'), { chest_pain: 'absent', nausea: 'present' });
    assert.equal(states('Головокружения нет, однако тошнит.').nausea, 'present');
    assert.equal(states('Температуры нет, а вот тошнит.').nausea, 'present');
    // «в руке нет силы»: the hand is the subject, not what is denied.
    assert.ok(parse('Левая рука немеет, правая в норме.').answers.hand_map !== undefined);
  });

  it('reads doubt: a danger sign said with doubt is present and marked, anything else unknown', () => {
    const face = parse('Может быть, лицо немного перекосило.').findings.find(
      (f) => f.finding === 'face_droop',
    );
    assert.equal(face?.state, 'present');
    assert.equal(face?.uncertain, true);
    assert.equal(states('Кажется, немного покалывает губы.').lips_tingle, 'unknown');
    assert.equal(states('Вроде бы двоилось в глазах.').sudden_vision_loss, 'present');
    assert.equal(states('Не думаю, что речь была нарушена.').speech_trouble, 'unknown');
  });

  it('leaves out what is about someone else, and reads a text about a relative as theirs', () => {
    assert.deepEqual(parse('У мамы диабет.').findings, []);
    assert.deepEqual(parse('У отца был инсульт.').findings, []);
    const husband = parse('У мужа онемела левая рука, ему 70 лет, и он не может говорить.');
    assert.equal(husband.answers.age, 70);
    assert.equal(husband.answers.sex, 'male');
    assert.equal(husband.findings.find((f) => f.finding === 'speech_trouble')?.state, 'present');
  });

  it('reads the writer’s sex from the grammar', () => {
    assert.equal(parse('Я упала на руку.').answers.sex, 'female');
    assert.equal(parse('Я сам не уверен.').answers.sex, 'male');
    assert.equal(parse('Я не уверена, когда началось.').answers.sex, 'female');
  });
});

describe('a denial after what it denies («боли в груди нет»)', () => {
  const stateOf = (text: string, finding: string): string | undefined =>
    parseText(text, ru, knowledge).findings.find((f) => f.finding === finding)?.state;

  it('ends at the comma before it, so a danger sign said before the comma stays present', () => {
    assert.equal(stateOf('перекосило лицо, боли в груди нет', 'face_droop'), 'present');
    assert.equal(stateOf('перекосило лицо, боли в груди нет', 'chest_pain'), 'absent');
    assert.equal(stateOf('давит в груди, одышки нет', 'chest_pain'), 'present');
    assert.equal(stateOf('давит в груди, одышки нет', 'breathless'), 'absent');
  });
});
