import type { Knowledge, TriageLevel } from '../knowledge/index.ts';
import type { Translate } from '../messages/index.ts';

/**
 * How the terminal shows a triage level: a marker and a word (`cli.level.word`), so that the level never depends on
 * colour alone.
 */
export interface LevelLook {
  marker: string;
  color: 'red' | 'yellow' | 'cyan' | 'green';
}

export const LEVEL_LOOK: Record<TriageLevel, LevelLook> = {
  emergency: { marker: '!!!', color: 'red' },
  urgent: { marker: '!!', color: 'yellow' },
  doctor: { marker: '!', color: 'cyan' },
  self_care: { marker: '✓', color: 'green' },
};

/**
 * The words for a level: the knowledge's guidance, or, if the knowledge has none for a level, what each level means
 * for the person (DESIGN.md's triage table), so that the level is never shown without words.
 */
export function levelWords(
  level: TriageLevel,
  knowledge: Knowledge,
  t: Translate,
): { title: string; summary: string } {
  const guidance = knowledge.levels[level];
  if (guidance) return { title: guidance.title, summary: guidance.summary };
  return { title: t('cli.level.title', { level }), summary: t('cli.level.summary', { level }) };
}
