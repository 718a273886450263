/**
 * For tests: what in a text a person reads breaks numbcheck's one style of dates, percentages and durations (the style
 * of `src/format` in its default locale). Web addresses are left out: their dates and numbers are not numbcheck's.
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';

const RULES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'a space before a percent sign', pattern: /\d[\s\u00a0\u202f]%/g },
  { name: 'an ISO 8601 date in words for a person', pattern: /\b\d{4}-\d{2}-\d{2}\b/g },
  { name: 'a date with the month first', pattern: new RegExp(`\\b${MONTH} \\d{1,2},? \\d{4}\\b`, 'g') },
  { name: 'a date in figures with slashes', pattern: /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g },
  {
    name: 'a long date style',
    pattern:
      /\b\d{1,2} (?:January|February|March|April|June|July|August|September|October|November|December) \d{4}\b/g,
  },
  { name: 'an abbreviated length of time', pattern: /\b\d+ (?:min|mins|s|sec|secs|h|hr|hrs)\b(?!-)/g },
];

/** The medium date style of the default locale ("6 Dec 2026"), so that a test can see dates were checked at all. */
export const MEDIUM_DATE = new RegExp(`\\b\\d{1,2} ${MONTH} \\d{4}\\b`);

/** Each place where `text` breaks the style, as "rule: «excerpt»"; empty when it keeps to it. */
export function styleProblems(text: string): string[] {
  const readable = text.replace(/https?:\/\/\S+/g, '');
  const problems: string[] = [];
  for (const rule of RULES) {
    for (const match of readable.matchAll(rule.pattern)) {
      const at = match.index ?? 0;
      problems.push(`${rule.name}: «${readable.slice(Math.max(0, at - 30), at + match[0].length + 30)}»`);
    }
  }
  return problems;
}
