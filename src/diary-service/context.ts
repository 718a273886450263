import type { EntryDefaults } from '../diary/index.ts';
import type { Knowledge } from '../knowledge/index.ts';

/**
 * What the diary's operations need besides the diary itself: the knowledge entries are checked against, the clock,
 * and the id, time and offset of a new entry. The server makes one for its routes; the web app one for the diary
 * that lives in the browser.
 */
export interface DiaryServiceContext {
  knowledge: Knowledge;
  now(): Date;
  /** The id, the current time and an offset (0, UTC, unless the request gave one) for a new entry. */
  defaults(utcOffsetMinutes?: number): EntryDefaults;
}
