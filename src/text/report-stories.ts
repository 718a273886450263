/**
 * Scores story files through text alone and prints the figures as a Markdown table:
 * `npm run stories -- examples/stories/blind-2.json [more files]`. With `--misses` it also lists the stories that
 * were under-triaged or got an unacceptable level or cause.
 */
import { assessWords, judgeStory, loadStories, SCORE_HEADER, scoreRow, scoreStories } from './stories.ts';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const files = args.filter((a) => a !== '--misses');
if (files.length === 0) {
  console.error('usage: npm run stories -- <story file.json> [more files] [--misses]');
  process.exit(2);
}

const lines = [...SCORE_HEADER];
const misses: string[] = [];
for (const file of files) {
  const results = loadStories(file).map((story) => judgeStory(story, assessWords(story.text)));
  lines.push(scoreRow(file, scoreStories(results)));
  for (const r of results) {
    if (r.levelRight && r.causeTopThree && !r.underTriaged) continue;
    const flag = r.underTriaged ? 'UNDER' : r.levelRight ? 'cause' : 'level';
    misses.push(
      `${flag} ${r.level} (want ${r.story.levels.join('/')}; ${r.top.join(', ')}): ${r.story.text}`,
    );
  }
}
console.log(lines.join('\n'));
if (showMisses) console.log(`\n${misses.join('\n')}`);
