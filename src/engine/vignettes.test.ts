import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { knowledge } from '../knowledge/index.ts';
import type { CauseId, Question, TriageLevel } from '../knowledge/schema.ts';
import { parseAnswers } from './answers.ts';
import { assess } from './assess.ts';
import { nextQuestion } from './interview.ts';
import type { Answers, AnswerValue, Assessment, YesNoAnswer } from './types.ts';

/** A patient story written as numbcheck answers, with the triage and causes a careful clinician expects. */
interface Case {
  id: string;
  story: string;
  expected: { triage: TriageLevel; ok: TriageLevel[]; causes: CauseId[] };
  answers: Answers;
}

const casesDir = new URL('../../examples/cases/', import.meta.url);
const cases: Case[] = readdirSync(casesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const raw: Case = JSON.parse(readFileSync(new URL(name, casesDir), 'utf8'));
    return { ...raw, answers: parseAnswers(raw.answers, knowledge) };
  });

function levelOk(c: Case, result: Assessment): boolean {
  return [c.expected.triage, ...c.expected.ok].includes(result.triage.level);
}

function causeInTop3(c: Case, result: Assessment): boolean {
  return result.causes.slice(0, 3).some((cause) => c.expected.causes.includes(cause.id));
}

function describeResult(result: Assessment): string {
  const top = result.causes
    .slice(0, 3)
    .map((c) => `${c.id} ${c.probability}`)
    .join(', ');
  return `level ${result.triage.level}; top: ${top}`;
}

/**
 * How the person in the story answers a question. Danger signs are dramatic, and a story that does not mention
 * them is read as not having them: asked "has your face drooped?", this person says no, where the answers file
 * leaves it out. Everything else the story does not settle is answered "don't know".
 */
function answerFromStory(c: Case, question: Question): AnswerValue {
  const given = c.answers[question.id];
  if (question.dangerScreen && question.kind === 'checklist' && (given === undefined || isItemMap(given))) {
    const stated = given ?? {};
    return Object.fromEntries(question.findings.map((f) => [f, stated[f] ?? 'absent']));
  }
  return given ?? 'unknown';
}

function isItemMap(value: AnswerValue): value is Record<string, YesNoAnswer> {
  return typeof value === 'object' && !Array.isArray(value) && !('left' in value || 'right' in value);
}

/** Runs the interview as the person in the story would (see `answerFromStory`). */
function interview(c: Case): { asked: string[]; result: Assessment } {
  const answers: Answers = {};
  const asked: string[] = [];
  for (
    let question = nextQuestion(answers, knowledge);
    question;
    question = nextQuestion(answers, knowledge)
  ) {
    asked.push(question.id);
    answers[question.id] = answerFromStory(c, question);
    assert.ok(asked.length <= knowledge.questions.length, `${c.id}: the interview does not end`);
  }
  return { asked, result: assess(answers, knowledge) };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

describe('development stories, from their full answers', () => {
  assert.equal(cases.length, 24);
  for (const c of cases) {
    it(`${c.id}: ${c.story.slice(0, 60)}…`, () => {
      const result = assess(c.answers, knowledge);
      assert.ok(levelOk(c, result), `${c.id} expected ${c.expected.triage}; got ${describeResult(result)}`);
      assert.ok(
        causeInTop3(c, result),
        `${c.id} expected ${c.expected.causes} in the top three; ${describeResult(result)}`,
      );
    });
  }

  it('ranks an acceptable cause first for at least 20 of the 24', (t) => {
    const misses = cases.filter((c) => {
      const first = assess(c.answers, knowledge).causes[0];
      return !first || !c.expected.causes.includes(first.id);
    });
    t.diagnostic(
      `first place: ${cases.length - misses.length}/${cases.length}; missed: ${misses.map((c) => c.id).join(', ') || 'none'}`,
    );
    assert.ok(cases.length - misses.length >= 20);
  });
});

describe('development stories, through the interview', () => {
  const runs = cases.map((c) => ({ c, ...interview(c) }));
  for (const { c, asked, result } of runs) {
    it(`${c.id} reaches an acceptable result in ${asked.length} questions`, () => {
      assert.ok(
        levelOk(c, result),
        `${c.id} expected ${c.expected.triage}; got ${describeResult(result)} after ${asked.join(' → ')}`,
      );
      assert.ok(
        causeInTop3(c, result),
        `${c.id} expected ${c.expected.causes}; ${describeResult(result)} after ${asked.join(' → ')}`,
      );
    });
  }

  it('needs a median of at most 12 questions', (t) => {
    const counts = runs.map((r) => r.asked.length);
    t.diagnostic(
      `questions asked: median ${median(counts)}, min ${Math.min(...counts)}, max ${Math.max(...counts)}`,
    );
    assert.ok(median(counts) <= 12);
  });
});
