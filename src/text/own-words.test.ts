import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessWords, judgeStory, loadStories, scoreStories } from './stories.ts';

/**
 * Stories in people's own words with the levels and causes a careful clinician would accept, through text alone.
 * `own-words.json` was written beside the development stories; `blind-2.json` was written by someone who never saw
 * the lexicon, before the danger screen was reviewed, and was scored once before anything changed (the figures in
 * docs/red-flags.md). Neither set may ever get a less urgent level than the least urgent acceptable one.
 */
for (const [name, floor] of [
  ['own-words.json', 0.95],
  ['blind-2.json', 0.9],
] as const) {
  const results = loadStories(new URL(`../../examples/stories/${name}`, import.meta.url)).map((story) =>
    judgeStory(story, assessWords(story.text)),
  );

  describe(`stories in people’s own words (${name}), through text alone`, () => {
    it('are never triaged less urgently than the least urgent acceptable level', () => {
      for (const r of results) assert.ok(!r.underTriaged, `${r.level} for: ${r.story.text}`);
    });

    it('catch every emergency', () => {
      const score = scoreStories(results);
      assert.equal(score.emergenciesCaught, score.emergencies);
    });

    it(`get an acceptable level and an acceptable cause in the top three for at least ${floor * 100} %`, (t) => {
      const misses = results.filter((r) => !(r.levelRight && r.causeTopThree));
      t.diagnostic(`acceptable: ${results.length - misses.length}/${results.length}`);
      for (const miss of misses) t.diagnostic(`not acceptable (${miss.level}): ${miss.story.text}`);
      assert.ok(results.length - misses.length >= Math.ceil(floor * results.length));
    });
  });
}
