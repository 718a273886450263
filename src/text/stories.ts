/**
 * Stories in people's own words with the triage levels and causes a careful clinician would accept, and how
 * numbcheck does on them through text alone. The story sets live in `examples/stories/`; the tests and
 * `npm run stories` read them through this module, so that every figure is counted the same way.
 */
import { readFileSync } from 'node:fs';
import { type Assessment, assess, parseAnswers } from '../engine/index.ts';
import {
  knowledge as defaultKnowledge,
  type Knowledge,
  TRIAGE_LEVELS,
  type TriageLevel,
} from '../knowledge/index.ts';
import { parseText } from './parse.ts';

/** One story: its words, the acceptable levels (the first is the expected one) and the acceptable causes. */
export interface Story {
  id?: string;
  text: string;
  levels: TriageLevel[];
  causes: string[];
}

/** How numbcheck did on one story. */
export interface StoryResult {
  story: Story;
  level: TriageLevel;
  top: string[];
  /** The level is one of the acceptable ones. */
  levelRight: boolean;
  /** Less urgent than the least urgent acceptable level: the unsafe error. */
  underTriaged: boolean;
  causeFirst: boolean;
  causeTopThree: boolean;
}

/** The figures a story set is reported by. */
export interface StoryScore {
  stories: number;
  /** Stories whose expected level is `emergency`, and how many of them got it. */
  emergencies: number;
  emergenciesCaught: number;
  underTriaged: number;
  levelRight: number;
  causeFirst: number;
  causeTopThree: number;
}

const urgency = (level: TriageLevel): number => TRIAGE_LEVELS.indexOf(level);

/**
 * Reads a story file: `{ stories: [{ text, levels, causes }] }`, or the development vignettes' shape
 * `{ cases: [{ id, text, triage, ok, causes }] }`.
 */
export function loadStories(file: URL | string): Story[] {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (Array.isArray(data.stories)) return data.stories;
  if (Array.isArray(data.cases)) {
    return data.cases.map(
      (c: { id: string; text: string; triage: TriageLevel; ok: TriageLevel[]; causes: string[] }): Story => ({
        id: c.id,
        text: c.text,
        levels: [c.triage, ...c.ok],
        causes: c.causes,
      }),
    );
  }
  throw new Error(`${String(file)}: expects an object with a "stories" or "cases" list`);
}

/** The assessment of a story's words alone, as `numbcheck assess --text` gives it. */
export function assessWords(text: string, knowledge: Knowledge = defaultKnowledge): Assessment {
  return assess(parseAnswers(parseText(text, undefined, knowledge).answers, knowledge), knowledge);
}

export function judgeStory(story: Story, result: Assessment): StoryResult {
  const level = result.triage.level;
  const top = result.causes.slice(0, 3).map((c) => c.id);
  const leastUrgent = Math.max(...story.levels.map(urgency));
  return {
    story,
    level,
    top,
    levelRight: story.levels.includes(level),
    underTriaged: urgency(level) > leastUrgent,
    causeFirst: story.causes.includes(top[0] ?? ''),
    causeTopThree: top.some((id) => story.causes.includes(id)),
  };
}

export function scoreStories(results: StoryResult[]): StoryScore {
  const count = (test: (r: StoryResult) => boolean): number => results.filter(test).length;
  const emergencies = results.filter((r) => r.story.levels[0] === 'emergency');
  return {
    stories: results.length,
    emergencies: emergencies.length,
    emergenciesCaught: emergencies.filter((r) => r.level === 'emergency').length,
    underTriaged: count((r) => r.underTriaged),
    levelRight: count((r) => r.levelRight),
    causeFirst: count((r) => r.causeFirst),
    causeTopThree: count((r) => r.causeTopThree),
  };
}

/** A score as one Markdown table row: stories, emergencies caught, under-triaged, level right, cause 1st, top 3. */
export function scoreRow(name: string, s: StoryScore): string {
  return `| ${name} | ${s.stories} | ${s.emergenciesCaught} of ${s.emergencies} | ${s.underTriaged} | ${s.levelRight} | ${s.causeFirst} | ${s.causeTopThree} |`;
}

export const SCORE_HEADER = [
  '| set | stories | emergencies caught | under-triaged | level right | cause first | cause in top 3 |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];
