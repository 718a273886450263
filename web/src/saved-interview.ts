/**
 * The interview of this tab as it is kept in sessionStorage, so that a reload keeps the person's place. This
 * module reads no more than whether one is under way, which is what the start page needs to know; the interview's
 * own code (src/interview/) checks the rest against the knowledge when it restores it.
 */

export const STORAGE_KEY = 'numbcheck.interview.v1';

/** The saved interview of this tab, if the browser lets us read it (private modes may not). */
export function readSavedInterview(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Whether `saved` is an interview the person has begun, which the page then opens on instead of the start screen. */
export function isUnderway(saved: string | null): boolean {
  if (saved === null) return false;
  try {
    const data: unknown = JSON.parse(saved);
    return typeof data === 'object' && data !== null && 'started' in data && data.started === true;
  } catch {
    return false;
  }
}
