/** For the diary client's tests: an episode as the web app's form sends it. */
export const EPISODE = {
  startedAt: '2026-11-20T07:15:00+01:00',
  severity: 4,
  durationMinutes: 10,
  handMap: { right: { palm: ['thumb' as const, 'index' as const] } },
  activities: ['sleeping'],
  note: 'woke with a numb hand',
};
