import type { TriageReason } from '../engine/index.ts';
import { assess } from '../engine/index.ts';
import { formatList } from '../format/index.ts';
import { knowledge as defaultKnowledge, type Knowledge, type TriageLevel } from '../knowledge/index.ts';
import { type Language, localeOf, translator } from '../messages/index.ts';
import { answersFromFindings, episodeFindings, reasonsOf } from './danger-check.ts';
import type { Episode } from './episode.ts';
import { placeName, placesOf, type Trend } from './insights.ts';
import { DAY_MS, epochMs, localHour } from './time.ts';
import { activityWhile } from './vocabulary.ts';

/**
 * Changes in a diary worth a doctor's look: a new pattern, spreading to new places, more frequent or worse lately,
 * weakness or danger signs reported. They are shown as one calm prompt with the triage level the engine gives for
 * them and for the symptoms logged lately.
 */

export type ChangeKind =
  | 'new_pattern'
  | 'spreading'
  | 'more_frequent'
  | 'more_severe'
  | 'weakness'
  | 'danger_signs';

export interface Change {
  kind: ChangeKind;
  text: string;
}

export interface ChangeReport {
  changes: Change[];
  /** The engine's triage level for what changed and what was logged lately, or null when nothing changed. */
  level: TriageLevel | null;
  reasons: TriageReason[];
  /** A calm sentence or two for the person, or null when nothing changed. */
  prompt: string | null;
}

/** "Lately" is the last 4 weeks, as in the trend. */
export const RECENT_DAYS = 28;
/** A new activity, time of day or place counts once it shows up in at least this many recent episodes. */
export const MIN_NEW_EPISODES = 2;
/** New patterns need a history to be new against: at least this many episodes before the last 4 weeks. */
export const MIN_EARLIER_EPISODES = 3;

/** Findings that mean weakness or clumsiness: a nerve working less well, not only feeling less. */
export const WEAKNESS_FINDINGS = [
  'hand_weakness',
  'rapid_weakness',
  'both_hands_clumsy',
  'one_side_weakness',
];

/** The quarters of the day, from local midnight, as the band select of `diary.change.band` names them. */
const BANDS = ['night', 'morning', 'afternoon', 'evening'];

function countBy<T>(items: readonly Episode[], keys: (e: Episode) => Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const e of items) for (const k of new Set(keys(e))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function newKeys<T>(recent: Map<T, number>, earlier: Map<T, number>): T[] {
  return [...recent.entries()].filter(([k, n]) => n >= MIN_NEW_EPISODES && !earlier.has(k)).map(([k]) => k);
}

export interface ChangeOptions {
  now: string;
  knowledge?: Knowledge;
  /** The language of the changes and the prompt (the knowledge's labels and advice stay its own); English by default. */
  language?: Language;
}

/** What changed lately, and the engine's triage level for it. `trend` is the diary's trend as of `now`. */
export function changesWorthALook(
  episodes: readonly Episode[],
  trend: Trend,
  options: ChangeOptions,
): ChangeReport {
  const knowledge = options.knowledge ?? defaultKnowledge;
  const language = options.language ?? 'en';
  const t = translator(language);
  const words = (items: readonly string[]): string =>
    formatList(items, 'and', { locale: localeOf(language) });
  const nowMs = epochMs(options.now);
  const from = nowMs - RECENT_DAYS * DAY_MS;
  const recent = episodes.filter((e) => {
    const t = epochMs(e.startedAt);
    return t >= from && t <= nowMs;
  });
  const earlier = episodes.filter((e) => epochMs(e.startedAt) < from);
  const changes: Change[] = [];

  if (earlier.length >= MIN_EARLIER_EPISODES) {
    const activities = newKeys(
      countBy(recent, (e) => e.activities),
      countBy(earlier, (e) => e.activities),
    );
    const band = (e: Episode) => [Math.floor(localHour(e.startedAt, e.utcOffsetMinutes) / 6)];
    const bands = newKeys(countBy(recent, band), countBy(earlier, band));
    const parts = [
      ...activities.map((a) => activityWhile(a, language)),
      ...bands.map((b) => t('diary.change.band', { band: BANDS[b] ?? 'evening' })),
    ];
    if (parts.length > 0)
      changes.push({ kind: 'new_pattern', text: t('diary.change.newPattern', { list: words(parts) }) });

    const spread: string[] = [];
    for (const side of ['left', 'right'] as const) {
      const marked = (e: Episode) => [...placesOf(e.handMap[side])];
      const recentPlaces = countBy(recent, marked);
      const earlierPlaces = countBy(earlier, marked);
      const sideNow = recent.filter((e) => e.handMap[side]).length;
      const sideBefore = earlier.some((e) => e.handMap[side]);
      if (!sideBefore && sideNow >= MIN_NEW_EPISODES) {
        spread.push(t('diary.change.hand', { side }));
        continue;
      }
      for (const place of newKeys(recentPlaces, earlierPlaces))
        spread.push(t('diary.change.place', { side, place: placeName(place, language) }));
    }
    if (spread.length > 0)
      changes.push({ kind: 'spreading', text: t('diary.change.spreading', { list: words(spread) }) });
  }
  if (trend.frequency === 'more')
    changes.push({ kind: 'more_frequent', text: t('diary.change.moreFrequent') });
  if (trend.severity === 'worse') changes.push({ kind: 'more_severe', text: t('diary.change.moreSevere') });
  const weak = WEAKNESS_FINDINGS.filter((f) => recent.some((e) => e.symptoms.includes(f)));
  if (weak.length > 0) {
    const labels = weak.map((f) => knowledge.findings.find((x) => x.id === f)?.label.toLowerCase() ?? f);
    changes.push({ kind: 'weakness', text: t('diary.change.weakness', { list: words(labels) }) });
  }

  // Danger signs were met by the emergency screen when they were logged; they are named here too, so that the level
  // below (which counts them: a passed stroke sign is still an emergency) is never a surprise.
  const danger = knowledge.findings.filter(
    (f) => f.danger && !weak.includes(f.id) && recent.some((e) => e.symptoms.includes(f.id)),
  );
  if (danger.length > 0) {
    changes.push({
      kind: 'danger_signs',
      text: t('diary.change.danger', { list: words(danger.map((f) => f.label.toLowerCase())) }),
    });
  }

  if (changes.length === 0) return { changes, level: null, reasons: [], prompt: null };

  const findings = new Set(recent.flatMap(episodeFindings));
  if (changes.some((c) => c.kind === 'spreading' || c.kind === 'more_frequent' || c.kind === 'more_severe')) {
    findings.add('getting_worse');
  }
  if (weak.length > 0) findings.add('hand_weakness');
  const assessment = assess(answersFromFindings(findings, knowledge), knowledge);
  const level = assessment.triage.level;
  const guidance = knowledge.levels[level];
  const advice = guidance ? `${guidance.title}: ${guidance.summary}` : level;
  const list = words(changes.map((c) => c.text.charAt(0).toLowerCase() + c.text.slice(1)));
  const prompt = t('diary.change.prompt', { list, advice });
  return { changes, level, reasons: reasonsOf(assessment), prompt };
}
