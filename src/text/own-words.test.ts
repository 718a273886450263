import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assess, parseAnswers } from '../engine/index.ts';
import { knowledge, TRIAGE_LEVELS, type TriageLevel } from '../knowledge/index.ts';
import { parseText } from './parse.ts';

/** A story in a person's own words with the triage levels and causes a careful clinician would accept. */
interface Story {
  text: string;
  levels: TriageLevel[];
  causes: string[];
}

const file = new URL('../../examples/stories/own-words.json', import.meta.url);
const stories: Story[] = JSON.parse(readFileSync(file, 'utf8')).stories;
const urgency = (level: TriageLevel): number => TRIAGE_LEVELS.indexOf(level);

const results = stories.map((story) => {
  const result = assess(parseAnswers(parseText(story.text).answers, knowledge), knowledge);
  return {
    story,
    level: result.triage.level,
    levelOk: story.levels.includes(result.triage.level),
    causeOk: result.causes.slice(0, 3).some((c) => story.causes.includes(c.id)),
  };
});

describe('stories in people’s own words, through text alone', () => {
  it('are never triaged less urgently than the least urgent acceptable level', () => {
    for (const { story, level } of results) {
      const leastUrgent = Math.max(...story.levels.map(urgency));
      assert.ok(urgency(level) <= leastUrgent, `${level} for: ${story.text}`);
    }
  });

  it('get an acceptable level and an acceptable cause in the top three for at least 95 %', (t) => {
    const misses = results.filter((r) => !(r.levelOk && r.causeOk));
    t.diagnostic(`acceptable: ${results.length - misses.length}/${results.length}`);
    for (const miss of misses) t.diagnostic(`not acceptable (${miss.level}): ${miss.story.text}`);
    assert.ok(results.length - misses.length >= Math.ceil(0.95 * results.length));
  });
});
