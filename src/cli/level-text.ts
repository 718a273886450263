import type { Knowledge, TriageLevel } from '../knowledge/index.ts';

/** How the terminal shows a triage level: a marker and a word, so that the level never depends on colour alone. */
export interface LevelLook {
  marker: string;
  word: string;
  color: 'red' | 'yellow' | 'cyan' | 'green';
}

export const LEVEL_LOOK: Record<TriageLevel, LevelLook> = {
  emergency: { marker: '!!!', word: 'EMERGENCY', color: 'red' },
  urgent: { marker: '!!', word: 'URGENT', color: 'yellow' },
  doctor: { marker: '!', word: 'SEE A DOCTOR', color: 'cyan' },
  self_care: { marker: '✓', word: 'SELF-CARE', color: 'green' },
};

/**
 * What each level means for the person (DESIGN.md's triage table), used only if the knowledge has no guidance for a
 * level, so that the level is never shown without words.
 */
const DESIGN_MEANING: Record<TriageLevel, { title: string; summary: string }> = {
  emergency: {
    title: 'Call your emergency number now (112 / 911 / 999)',
    summary: 'Do not drive yourself. Note when it started.',
  },
  urgent: {
    title: 'See a doctor today (within 24 hours)',
    summary: 'An urgent GP slot, urgent care, or the NHS-111-style service.',
  },
  doctor: {
    title: "Book a doctor's appointment",
    summary: 'In the next days to a couple of weeks.',
  },
  self_care: {
    title: 'Self-care is reasonable',
    summary: 'See a doctor if it keeps coming back, lasts over about 2 weeks, or gets worse.',
  },
};

/** The words for a level: the knowledge's guidance, or DESIGN.md's table when the knowledge has none. */
export function levelWords(level: TriageLevel, knowledge: Knowledge): { title: string; summary: string } {
  const guidance = knowledge.levels[level];
  return guidance ? { title: guidance.title, summary: guidance.summary } : DESIGN_MEANING[level];
}
