import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessWords, judgeStory, loadStories } from './stories.ts';

/**
 * The development stories, through their words alone, as `--text` reads them: the English ones
 * (examples/stories/dev.json) and the Russian ones (dev-ru.json), each read in the language its letters show.
 */
const SETS = ['dev.json', 'dev-ru.json'] as const;

for (const name of SETS) {
  const vignettes = loadStories(new URL(`../../examples/stories/${name}`, import.meta.url));

  describe(`development stories (${name}), from their words alone (--text)`, () => {
    assert.equal(vignettes.length, 24);
    for (const story of vignettes) {
      it(`${story.id}: ${story.text.slice(0, 60)}…`, () => {
        const judged = judgeStory(story, assessWords(story.text));
        const seen = `level ${judged.level}; top: ${judged.top.join(', ')}`;
        assert.ok(!judged.underTriaged, `${story.id} is under-triaged: ${seen}`);
        assert.ok(judged.levelRight, `${story.id} expected ${story.levels.join(' or ')}; got ${seen}`);
        assert.ok(
          judged.causeTopThree,
          `${story.id} expected one of ${story.causes} in the top three; got ${seen}`,
        );
      });
    }
  });
}
