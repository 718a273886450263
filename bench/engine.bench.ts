/**
 * Engine benchmark: full assessments per second on one core, and next-question latency (p50, p99), over the
 * development stories. Run with `npm run bench`; results go into docs/benchmarks.md by hand, with this command.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { assess, nextQuestion, parseAnswers } from '../src/engine/index.ts';
import type { Answers } from '../src/engine/types.ts';
import { knowledge } from '../src/knowledge/index.ts';

const casesDir = new URL('../examples/cases/', import.meta.url);
const stories: Answers[] = readdirSync(casesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => parseAnswers(JSON.parse(readFileSync(new URL(name, casesDir), 'utf8')).answers, knowledge));

/**
 * Every partial answer set an interview passes through, for timing next-question at each step, and the answers at
 * the end of each interview: a finished interview is the costly case for a full assessment, since its next-question
 * search weighs every question left before deciding that none is worth asking.
 */
const interviewSteps: Answers[] = [];
const finishedInterviews: Answers[] = stories.map((full) => {
  const answers: Answers = {};
  for (let q = nextQuestion(answers, knowledge); q; q = nextQuestion(answers, knowledge)) {
    interviewSteps.push({ ...answers });
    answers[q.id] = full[q.id] ?? 'unknown';
  }
  return answers;
});

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

function assessmentsPerSecond(answerSets: Answers[]): number {
  const n = 20_000;
  const start = performance.now();
  for (let i = 0; i < n; i++) assess(answerSets[i % answerSets.length] ?? {}, knowledge);
  return n / ((performance.now() - start) / 1000);
}

function nextQuestionLatencies(): number[] {
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const answers of interviewSteps) {
      const start = performance.now();
      nextQuestion(answers, knowledge);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

assessmentsPerSecond(finishedInterviews); // warm-up: let the JIT settle before measuring
const rate = median(Array.from({ length: 7 }, () => assessmentsPerSecond(finishedInterviews)));
const storyRate = median(Array.from({ length: 7 }, () => assessmentsPerSecond(stories)));
const latencies = nextQuestionLatencies();

const p50 = percentile(latencies, 0.5);
const p99 = percentile(latencies, 0.99);
console.log(`node ${process.version}, ${stories.length} stories, ${interviewSteps.length} interview steps`);
console.log(
  `full assessments per second, finished interviews (median of 7 rounds of 20,000): ${Math.round(rate).toLocaleString('en')}` +
    ` — budget ≥ 50,000: ${rate >= 50_000 ? 'met' : 'NOT met'}`,
);
console.log(
  `full assessments per second, the stories' answers as written: ${Math.round(storyRate).toLocaleString('en')}`,
);
console.log(
  `next question: p50 ${(p50 * 1000).toFixed(0)} µs, p99 ${(p99 * 1000).toFixed(0)} µs over ${latencies.length} calls` +
    ` — budget p99 ≤ 1 ms: ${p99 <= 1 ? 'met' : 'NOT met'}`,
);
