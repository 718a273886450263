import type { TriageReason } from '../engine/index.ts';
import { assess, PLACE_NAMES } from '../engine/index.ts';
import { knowledge as defaultKnowledge, type Knowledge, type TriageLevel } from '../knowledge/index.ts';
import { answersFromFindings, episodeFindings, reasonsOf } from './danger-check.ts';
import type { Episode } from './episode.ts';
import { placesOf, type Trend } from './insights.ts';
import { DAY_MS, epochMs, localHour } from './time.ts';
import { activityLabel } from './vocabulary.ts';

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

const BAND_NAMES = ['at night', 'in the morning', 'in the afternoon', 'in the evening'];

function countBy<T>(items: readonly Episode[], keys: (e: Episode) => Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const e of items) for (const k of new Set(keys(e))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function newKeys<T>(recent: Map<T, number>, earlier: Map<T, number>): T[] {
  return [...recent.entries()].filter(([k, n]) => n >= MIN_NEW_EPISODES && !earlier.has(k)).map(([k]) => k);
}

function words(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface ChangeOptions {
  now: string;
  knowledge?: Knowledge;
}

/** What changed lately, and the engine's triage level for it. `trend` is the diary's trend as of `now`. */
export function changesWorthALook(
  episodes: readonly Episode[],
  trend: Trend,
  options: ChangeOptions,
): ChangeReport {
  const knowledge = options.knowledge ?? defaultKnowledge;
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
      ...activities.map((a) => `while ${activityLabel(a).toLowerCase()}`),
      ...bands.map((b) => BAND_NAMES[b] ?? ''),
    ];
    if (parts.length > 0)
      changes.push({ kind: 'new_pattern', text: `A new pattern: episodes ${words(parts)}` });

    const spread: string[] = [];
    for (const side of ['left', 'right'] as const) {
      const marked = (e: Episode) => [...placesOf(e.handMap[side])];
      const recentPlaces = countBy(recent, marked);
      const earlierPlaces = countBy(earlier, marked);
      const sideNow = recent.filter((e) => e.handMap[side]).length;
      const sideBefore = earlier.some((e) => e.handMap[side]);
      if (!sideBefore && sideNow >= MIN_NEW_EPISODES) {
        spread.push(`the ${side} hand`);
        continue;
      }
      for (const place of newKeys(recentPlaces, earlierPlaces))
        spread.push(`the ${side} ${PLACE_NAMES[place]}`);
    }
    if (spread.length > 0)
      changes.push({ kind: 'spreading', text: `Spreading to new places: ${words(spread)}` });
  }
  if (trend.frequency === 'more')
    changes.push({ kind: 'more_frequent', text: 'More frequent in the last 4 weeks than the 4 before' });
  if (trend.severity === 'worse')
    changes.push({ kind: 'more_severe', text: 'Worse in the last 4 weeks than the 4 before' });
  const weak = WEAKNESS_FINDINGS.filter((f) => recent.some((e) => e.symptoms.includes(f)));
  if (weak.length > 0) {
    const labels = weak.map((f) => knowledge.findings.find((x) => x.id === f)?.label.toLowerCase() ?? f);
    changes.push({ kind: 'weakness', text: `Weakness reported lately: ${words(labels)}` });
  }

  // Danger signs were met by the emergency screen when they were logged; they are named here too, so that the level
  // below (which counts them: a passed stroke sign is still an emergency) is never a surprise.
  const danger = knowledge.findings.filter(
    (f) => f.danger && !weak.includes(f.id) && recent.some((e) => e.symptoms.includes(f.id)),
  );
  if (danger.length > 0) {
    changes.push({
      kind: 'danger_signs',
      text: `Danger signs logged lately: ${words(danger.map((f) => f.label.toLowerCase()))}`,
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
  const prompt = `Some changes in your diary are worth showing a doctor: ${words(changes.map((c) => c.text.charAt(0).toLowerCase() + c.text.slice(1)))}. ${advice}`;
  return { changes, level, reasons: reasonsOf(assessment), prompt };
}
