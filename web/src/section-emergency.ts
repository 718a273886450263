import { createContext } from 'preact';
import type { Assessment } from '../../src/engine/index.ts';

/**
 * An emergency raised by a section (the diary when a logged episode has a danger sign): the app shows the emergency
 * page over everything, with the assessment, a line of what happened (`note`), and a way back to the section.
 */
export interface SectionEmergency {
  assessment: Assessment;
  note: string;
  backLabel: string;
}

/** How a section raises the emergency page. */
export const RaiseEmergency = createContext<(emergency: SectionEmergency) => void>(() => {});
