import { sectionFromHash } from './sections.tsx';

/** The header's "Emergency?" link opens the emergency advice over whatever screen is showing. */
export const EMERGENCY_HASH = '#emergency';

/** Whether the location's `hash` opens something other than the assessment: the emergency advice or a section. */
export function opensBesideAssessment(hash: string): boolean {
  return hash === EMERGENCY_HASH || sectionFromHash(hash) !== null;
}
