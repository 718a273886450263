import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TRIAGE_LEVELS } from '../knowledge/index.ts';
import { assessWords, judgeStory, loadStories, scoreStories } from './stories.ts';

/**
 * Stories in people's own words with the levels and causes a careful clinician would accept, through text alone.
 * `own-words.json` was written beside the development stories; the `blind-*` sets were written by people who never
 * saw the lexicon, and each was scored once before it was read (the first readings in docs/red-flags.md).
 */
const SETS = [
  // [file, the share that must be fully acceptable, whether any under-triage at all fails]
  ['own-words.json', 0.95, true],
  ['blind-2.json', 0.95, true],
  ['blind-3.json', 0.9, true],
  ['blind-4.json', 0.9, true],
  // One story there is a carpal tunnel story its writer put at "doctor"; NHS advice is self-care first.
  ['blind-5.json', 0.9, false],
  // Russian stories, written before the Russian reader; read in Russian because their letters are Cyrillic.
  ['blind-ru.json', 0.9, true],
] as const;
const urgency = (level: string): number => TRIAGE_LEVELS.indexOf(level as (typeof TRIAGE_LEVELS)[number]);

for (const [name, floor, strict] of SETS) {
  const results = loadStories(new URL(`../../examples/stories/${name}`, import.meta.url)).map((story) =>
    judgeStory(story, assessWords(story.text)),
  );

  describe(`stories in people’s own words (${name}), through text alone`, () => {
    it('never send a story that needs care today or now to a routine appointment or self-care', () => {
      for (const r of results) {
        const needsToday = r.story.levels.every((l) => urgency(l) <= urgency('urgent'));
        if (needsToday) assert.ok(urgency(r.level) <= urgency('urgent'), `${r.level} for: ${r.story.text}`);
        if (strict) assert.ok(!r.underTriaged, `${r.level} for: ${r.story.text}`);
      }
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
