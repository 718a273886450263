import { useContext } from 'preact/hooks';
import type { EpisodeWithCheck } from '../api/diary.ts';
import { t } from '../language.ts';
import { setPageTitle } from '../page.tsx';
import { RaiseEmergency } from '../section-emergency.ts';

/** What the home screen says after an entry was saved elsewhere (the form) or here (Same again). */
export interface Notice {
  text: string;
  /** The level of what was logged, when it is worth a doctor: a calm line with the level's words. */
  level: 'urgent' | 'doctor' | null;
}

let pendingNotice: Notice | null = null;

/** Leaves a notice for the home screen and goes there. */
export function goHome(notice: Notice | null = null): void {
  pendingNotice = notice;
  if (location.hash === '#/diary') window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = '#/diary';
}

export function noticeFor(saved: EpisodeWithCheck, what: string): Notice {
  const level = saved.check.level;
  return { text: what, level: level === 'urgent' || level === 'doctor' ? level : null };
}

/** Shows the emergency page for a saved episode with a danger sign; true if it did. */
export function useEmergencyCheck(): (saved: EpisodeWithCheck) => boolean {
  const raise = useContext(RaiseEmergency);
  return (saved) => {
    if (!saved.check.emergency) return false;
    // "Back to the diary" on the emergency page then lands on the diary's home, which says the episode was kept.
    history.replaceState(null, '', '#/diary');
    setPageTitle(t('webDiary.emergency.title'));
    pendingNotice = { text: t('webDiary.emergency.kept'), level: null };
    raise({
      assessment: saved.check.assessment,
      note: t('webDiary.emergency.note'),
      backLabel: t('webDiary.emergency.back'),
    });
    return true;
  };
}

/** The notice left for the home screen, once. */
export function takeNotice(): Notice | null {
  const taken = pendingNotice;
  pendingNotice = null;
  return taken;
}
