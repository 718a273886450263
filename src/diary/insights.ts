import {
  ARM_REGIONS,
  type ArmRegion,
  HAND_REGIONS,
  type HandAnswer,
  type HandRegion,
  placeName as nameOfPlace,
} from '../engine/index.ts';
import { formatDate, formatList, formatMinutes, formatNumber, formatPercent } from '../format/index.ts';
import type { Knowledge, TriageLevel } from '../knowledge/index.ts';
import { type Language, localeOf, type MessageKey, translator } from '../messages/index.ts';
import { type Episode, type EpisodeSide, episodeSide } from './episode.ts';
import type { Exposure } from './exposure.ts';
import { describeRatio, direction, poissonRateRatio, type RateRatio, type RateSide } from './rate-ratio.ts';
import type { BctqRecord, SavedAssessment } from './records.ts';
import { DAY_MS, epochMs, formatDay, localMs, weekStartDay } from './time.ts';
import {
  activityLabelIn,
  activityWhile,
  countOf,
  EXPOSURE_KINDS,
  type ExposureKind,
  interventionPhrases,
  periodsOf,
} from './vocabulary.ts';

/**
 * Insights from a diary: pure functions of the entries (and of "now", passed in), so that they are tested on fixed
 * data and run the same in the browser. They describe when and how often episodes happened; they never say what
 * caused them.
 */

/** How many episodes had one value of a pattern, and their share of all episodes. */
export interface Tally {
  key: string;
  label: string;
  episodes: number;
  /** Share of all episodes, 0–1. An episode with two activities counts for both, so activity shares can sum past 1. */
  share: number;
}

export interface ActivityTally extends Tally {
  /** Mean severity of the rated episodes with this activity, or null when none was rated. */
  meanSeverity: number | null;
}

/** How often a place on the hand or arm was marked. */
export interface PlaceTally {
  place: HandRegion | ArmRegion;
  label: string;
  left: number;
  right: number;
  /** Episodes with the place marked on either side. */
  episodes: number;
}

export interface Patterns {
  episodes: number;
  /** Night 00–06, morning 06–12, afternoon 12–18, evening 18–24, in the person's local time. */
  timeOfDay: Tally[];
  /** Episodes by local hour, 0–23. */
  hours: number[];
  /** Monday to Sunday, local time. */
  dayOfWeek: Tally[];
  activities: ActivityTally[];
  hands: Tally[];
  places: PlaceTally[];
  severity: { rated: number; mean: number | null };
  duration: { timed: number; medianMinutes: number | null };
  /** The patterns in sentences, for a screen reader and for people who skip charts. */
  text: string[];
  /** The same sentences by what they are about, so that each chart can carry its own in any language. */
  about: PatternSentences;
}

/** The patterns' sentences by the chart they belong to. */
export interface PatternSentences {
  time: string[];
  day: string[];
  activity: string[];
  /** Which hands, then the places marked most. */
  hands: string[];
}

const BANDS = [
  { key: 'night', label: 'diary.band.night' },
  { key: 'morning', label: 'diary.band.morning' },
  { key: 'afternoon', label: 'diary.band.afternoon' },
  { key: 'evening', label: 'diary.band.evening' },
] as const satisfies readonly { key: string; label: MessageKey }[];

const DAYS = [
  { key: 'monday', label: 'diary.day.monday' },
  { key: 'tuesday', label: 'diary.day.tuesday' },
  { key: 'wednesday', label: 'diary.day.wednesday' },
  { key: 'thursday', label: 'diary.day.thursday' },
  { key: 'friday', label: 'diary.day.friday' },
  { key: 'saturday', label: 'diary.day.saturday' },
  { key: 'sunday', label: 'diary.day.sunday' },
] as const satisfies readonly { key: string; label: MessageKey }[];

const SIDES: readonly { key: EpisodeSide; label: MessageKey }[] = [
  { key: 'left', label: 'diary.side.left' },
  { key: 'right', label: 'diary.side.right' },
  { key: 'both', label: 'diary.side.both' },
  { key: 'not_marked', label: 'diary.side.not_marked' },
];

const PLACES: readonly (HandRegion | ArmRegion)[] = [...HAND_REGIONS, ...ARM_REGIONS];

/** A place of the hand map in words: "index finger", «указательный палец». */
export function placeName(place: HandRegion | ArmRegion, language: Language = 'en'): string {
  return nameOfPlace(place, translator(language));
}

/** The places marked on one hand, palm or back or arm. */
export function placesOf(hand: HandAnswer | undefined): Set<HandRegion | ArmRegion> {
  const places = new Set<HandRegion | ArmRegion>();
  if (!hand) return places;
  for (const r of hand.palm ?? []) places.add(r);
  for (const r of hand.back ?? []) places.add(r);
  for (const r of hand.arm ?? []) places.add(r);
  return places;
}

function tally(key: string, label: string, episodes: number, total: number): Tally {
  return { key, label, episodes, share: total === 0 ? 0 : episodes / total };
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function one(value: number, language: Language): string {
  return formatNumber(value, 1, { locale: localeOf(language) });
}

/** When, where and with what the episodes happened, in `language`'s words. */
export function patterns(episodes: readonly Episode[], language: Language = 'en'): Patterns {
  const t = translator(language);
  const total = episodes.length;
  const hours = new Array<number>(24).fill(0);
  const days = new Array<number>(7).fill(0);
  const sides = new Map<EpisodeSide, number>();
  const activities = new Map<string, { count: number; severities: number[] }>();
  const left = new Map<string, number>();
  const right = new Map<string, number>();
  const either = new Map<string, number>();
  const severities: number[] = [];
  const durations: number[] = [];
  for (const episode of episodes) {
    const local = new Date(localMs(episode.startedAt, episode.utcOffsetMinutes));
    const hour = local.getUTCHours();
    hours[hour] = (hours[hour] ?? 0) + 1;
    const day = (local.getUTCDay() + 6) % 7;
    days[day] = (days[day] ?? 0) + 1;
    const side = episodeSide(episode);
    sides.set(side, (sides.get(side) ?? 0) + 1);
    for (const activity of episode.activities) {
      const entry = activities.get(activity) ?? { count: 0, severities: [] };
      entry.count++;
      if (episode.severity !== null) entry.severities.push(episode.severity);
      activities.set(activity, entry);
    }
    const l = placesOf(episode.handMap.left);
    const r = placesOf(episode.handMap.right);
    for (const place of l) left.set(place, (left.get(place) ?? 0) + 1);
    for (const place of r) right.set(place, (right.get(place) ?? 0) + 1);
    for (const place of new Set([...l, ...r])) either.set(place, (either.get(place) ?? 0) + 1);
    if (episode.severity !== null) severities.push(episode.severity);
    if (episode.durationMinutes !== null) durations.push(episode.durationMinutes);
  }
  const timeOfDay = BANDS.map((band, i) => {
    const count = hours.slice(i * 6, i * 6 + 6).reduce((a, b) => a + b, 0);
    return tally(band.key, t(band.label), count, total);
  });
  const result: Patterns = {
    episodes: total,
    timeOfDay,
    hours,
    dayOfWeek: DAYS.map((day, i) => tally(day.key, t(day.label), days[i] ?? 0, total)),
    activities: [...activities.entries()]
      .map(([id, entry]) => ({
        ...tally(id, activityLabelIn(id, language), entry.count, total),
        meanSeverity: mean(entry.severities),
      }))
      .sort((a, b) => b.episodes - a.episodes || (a.key < b.key ? -1 : 1)),
    hands: SIDES.map((side) => tally(side.key, t(side.label), sides.get(side.key) ?? 0, total)),
    places: PLACES.map((place) => ({
      place,
      label: placeName(place, language),
      left: left.get(place) ?? 0,
      right: right.get(place) ?? 0,
      episodes: either.get(place) ?? 0,
    })),
    severity: { rated: severities.length, mean: mean(severities) },
    duration: { timed: durations.length, medianMinutes: median(durations) },
    text: [],
    about: { time: [], day: [], activity: [], hands: [] },
  };
  result.about = patternSentences(result, language);
  result.text = patternText(result, language);
  return result;
}

function top<T extends { episodes: number }>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (item.episodes > (best?.episodes ?? 0)) best = item;
  return best;
}

/** The items with as many episodes as `best`: more than one means none of them stands out. */
function tiedWith<T extends { episodes: number }>(items: readonly T[], best: T): T[] {
  return items.filter((item) => item.episodes === best.episodes);
}

/** The patterns in sentences: how many episodes, each chart's sentences, then severity and length. */
function patternText(p: Patterns, language: Language): string[] {
  const t = translator(language);
  const n = p.episodes;
  if (n === 0) return [t('diary.patterns.none')];
  const { time, day, activity, hands } = p.about;
  const lines = [t('diary.patterns.count', { count: n }), ...time, ...day, ...activity, ...hands];
  if (p.severity.mean !== null) {
    lines.push(
      t('diary.patterns.severity', { mean: one(p.severity.mean, language), rated: p.severity.rated }),
    );
  }
  if (p.duration.medianMinutes !== null) {
    const length = formatMinutes(Math.round(p.duration.medianMinutes), { locale: localeOf(language) });
    lines.push(t('diary.patterns.length', { length, timed: p.duration.timed }));
  }
  return lines;
}

/** What stands out in each chart, in words; nothing when there are no episodes. */
function patternSentences(p: Patterns, language: Language): PatternSentences {
  const t = translator(language);
  const n = p.episodes;
  const about: PatternSentences = { time: [], day: [], activity: [], hands: [] };
  if (n === 0) return about;
  const band = top(p.timeOfDay);
  // A time of day shared by another as often does not stand out: naming one of them would mislead.
  if (band && tiedWith(p.timeOfDay, band).length > 1) {
    about.time.push(t('diary.patterns.noBand'));
  } else if (band) {
    const spread = band.share >= 0.5 ? 'no' : 'yes';
    about.time.push(t('diary.patterns.band', { spread, band: band.key, count: band.episodes, total: n }));
  }
  const day = top(p.dayOfWeek);
  // A day stands out when it has at least twice its even share (n/7) and at least 3 episodes.
  if (day && day.episodes >= 3 && day.episodes >= (2 * n) / 7) {
    about.day.push(t('diary.patterns.day', { day: day.key, count: day.episodes, total: n }));
  } else {
    about.day.push(t('diary.patterns.noDay'));
  }
  const activity = p.activities[0];
  const tied = activity ? tiedWith(p.activities, activity) : [];
  if (activity && tied.length > 1) {
    const list = formatList(
      tied.map((a) => activityWhile(a.key, language)),
      'and',
      { locale: localeOf(language) },
    );
    about.activity.push(t('diary.patterns.activityTie', { list, count: activity.episodes, total: n }));
  } else if (activity) {
    const found = { while: activityWhile(activity.key, language), count: activity.episodes, total: n };
    about.activity.push(
      activity.meanSeverity === null
        ? t('diary.patterns.activity', found)
        : t('diary.patterns.activitySeverity', { ...found, severity: one(activity.meanSeverity, language) }),
    );
  } else {
    about.activity.push(t('diary.patterns.noActivity'));
  }
  const tallied = (label: string, count: number) => t('diary.patterns.tally', { label, count });
  const hands = p.hands.filter((h) => h.episodes > 0).map((h) => tallied(h.label, h.episodes));
  about.hands.push(t('diary.patterns.hands', { list: hands.join(', ') }));
  const places = [...p.places]
    .filter((pl) => pl.episodes > 0)
    .sort((a, b) => b.episodes - a.episodes)
    .slice(0, 3);
  if (places.length > 0) {
    const list = places.map((pl) => tallied(pl.label, pl.episodes)).join(', ');
    about.hands.push(t('diary.patterns.places', { list }));
  }
  return about;
}

/** One week of the diary, Monday to Sunday in the person's local time. */
export interface WeekCount {
  /** The Monday, `YYYY-MM-DD`. */
  weekStart: string;
  episodes: number;
  meanSeverity: number | null;
}

/**
 * Episodes per local week, every week from the week of `from` to the week of `to` (both local day numbers), empty
 * weeks included so that a chart's gaps are real.
 */
export function weeklyCounts(episodes: readonly Episode[], fromDay: number, toDay: number): WeekCount[] {
  const first = weekStartDay(fromDay);
  const last = weekStartDay(toDay);
  const size = Math.max(0, Math.floor((last - first) / 7) + 1);
  const counts = new Array<number>(size).fill(0);
  const sums = new Array<number>(size).fill(0);
  const rated = new Array<number>(size).fill(0);
  for (const episode of episodes) {
    const day = Math.floor(localMs(episode.startedAt, episode.utcOffsetMinutes) / DAY_MS);
    const week = Math.floor((weekStartDay(day) - first) / 7);
    if (week < 0 || week >= size) continue;
    counts[week] = (counts[week] ?? 0) + 1;
    if (episode.severity !== null) {
      sums[week] = (sums[week] ?? 0) + episode.severity;
      rated[week] = (rated[week] ?? 0) + 1;
    }
  }
  return counts.map((episodesInWeek, i) => ({
    weekStart: formatDay(first + i * 7),
    episodes: episodesInWeek,
    meanSeverity: (rated[i] ?? 0) > 0 ? (sums[i] ?? 0) / (rated[i] ?? 1) : null,
  }));
}

/** The window the trend compares: the last 4 weeks against the 4 before. */
export const TREND_WINDOW_DAYS = 28;
/** Fewer rated episodes than this on either side, and the severity trend is "not enough data yet". */
export const MIN_RATED_PER_WINDOW = 3;
/**
 * A change in mean severity of at least this many points on the 0–10 scale counts as milder or worse: the smallest
 * change that people rate as meaningful on 0–10 pain scales is about 2 points or 30 % (Farrar et al., Pain 2001;
 * 94:149–158). numbcheck borrows it for numbness, which has no such study.
 */
export const SEVERITY_CHANGE_POINTS = 2;

export interface TrendWindow {
  from: string;
  to: string;
  episodes: number;
  rated: number;
  meanSeverity: number | null;
}

export interface Trend {
  weeks: WeekCount[];
  recent: TrendWindow;
  previous: TrendWindow;
  /** More or fewer episodes in the last 4 weeks than in the 4 before (the 95 % interval of the ratio clear of 1). */
  frequency: 'more' | 'fewer' | 'no_clear_change' | 'not_enough_data';
  rateRatio: RateRatio | null;
  severity: 'worse' | 'milder' | 'no_clear_change' | 'not_enough_data';
  text: string[];
}

function windowOf(episodes: readonly Episode[], fromMs: number, toMs: number): TrendWindow {
  let count = 0;
  const severities: number[] = [];
  for (const episode of episodes) {
    const t = epochMs(episode.startedAt);
    if (t < fromMs || t >= toMs) continue;
    count++;
    if (episode.severity !== null) severities.push(episode.severity);
  }
  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    episodes: count,
    rated: severities.length,
    meanSeverity: mean(severities),
  };
}

/**
 * The trend over weeks: the weekly counts, and whether the last 4 weeks had more or fewer episodes, milder or worse,
 * than the 4 before. `diaryStart` is the first moment the diary covers (its oldest entry of any kind): a window the
 * diary did not cover yet is "not enough data", not "no episodes". The text is in `language`.
 */
export function trend(
  episodes: readonly Episode[],
  now: string,
  diaryStart: string | null,
  utcOffsetMinutes: number,
  language: Language = 'en',
): Trend {
  const t = translator(language);
  const nowMs = epochMs(now);
  const recentFrom = nowMs - TREND_WINDOW_DAYS * DAY_MS;
  const previousFrom = recentFrom - TREND_WINDOW_DAYS * DAY_MS;
  const recent = windowOf(episodes, recentFrom, nowMs + 1);
  const previous = windowOf(episodes, previousFrom, recentFrom);
  const nowDay = Math.floor(localMs(now, utcOffsetMinutes) / DAY_MS);
  let firstDay = nowDay;
  for (const e of episodes)
    firstDay = Math.min(firstDay, Math.floor(localMs(e.startedAt, e.utcOffsetMinutes) / DAY_MS));
  const weeks = weeklyCounts(episodes, firstDay, nowDay);
  const covered = diaryStart !== null && epochMs(diaryStart) <= previousFrom;
  let frequency: Trend['frequency'] = 'not_enough_data';
  let rateRatio: RateRatio | null = null;
  let severity: Trend['severity'] = 'not_enough_data';
  const text: string[] = [];
  if (!covered) {
    text.push(t('diary.trend.notCovered'));
  } else {
    rateRatio = poissonRateRatio(recent.episodes, TREND_WINDOW_DAYS, previous.episodes, TREND_WINDOW_DAYS);
    const way = direction(rateRatio);
    frequency = way === 'higher' ? 'more' : way === 'lower' ? 'fewer' : 'no_clear_change';
    text.push(
      t('diary.trend.frequency', {
        way: frequency,
        recent: recent.episodes,
        previous: previous.episodes,
        ratio: describeRatio(rateRatio, language),
      }),
    );
    if (recent.rated < MIN_RATED_PER_WINDOW || previous.rated < MIN_RATED_PER_WINDOW) {
      text.push(t('diary.trend.notEnoughRated', { min: MIN_RATED_PER_WINDOW }));
    } else {
      const change = (recent.meanSeverity ?? 0) - (previous.meanSeverity ?? 0);
      severity =
        change >= SEVERITY_CHANGE_POINTS
          ? 'worse'
          : change <= -SEVERITY_CHANGE_POINTS
            ? 'milder'
            : 'no_clear_change';
      text.push(
        t('diary.trend.severity', {
          way: severity,
          recent: one(recent.meanSeverity ?? 0, language),
          previous: one(previous.meanSeverity ?? 0, language),
        }),
      );
    }
  }
  return { weeks, recent, previous, frequency, rateRatio, severity, text };
}

/** Below this many exposure periods on either side, a comparison says "not enough data yet" (as diary apps do). */
export const MIN_PERIODS_PER_SIDE = 3;

/** Episodes on exposure periods with an intervention against periods of the same kind without it. */
export interface InterventionComparison {
  exposureKind: ExposureKind;
  intervention: string;
  with: RateSide;
  without: RateSide;
  status: 'compared' | 'not_enough_data';
  /** Rate with against rate without, with its 95 % interval; null when not compared. */
  rateRatio: RateRatio | null;
  verdict: 'fewer' | 'more' | 'no_clear_difference' | null;
  /** One sentence; it compares rates and never claims a cause. */
  text: string;
}

/** The episodes of each exposure: the larger of the count the person gave and the episodes linked to it. */
export function episodesPerExposure(
  exposures: readonly Exposure[],
  episodes: readonly Episode[],
): Map<string, number> {
  const linked = new Map<string, number>();
  for (const e of episodes)
    if (e.exposureId !== null) linked.set(e.exposureId, (linked.get(e.exposureId) ?? 0) + 1);
  return new Map(exposures.map((x) => [x.id, Math.max(x.episodeCount, linked.get(x.id) ?? 0)]));
}

function side(periods: number, episodes: number): RateSide {
  return { periods, episodes, rate: periods === 0 ? 0 : episodes / periods };
}

/**
 * For every kind of exposure and every intervention used on some of its periods: the episode rate per period with
 * the intervention against without it, as a Poisson rate ratio with its 95 % interval, or "not enough data yet"
 * below `MIN_PERIODS_PER_SIDE` periods on either side. The sentences are in `language`.
 */
export function compareInterventions(
  exposures: readonly Exposure[],
  episodes: readonly Episode[],
  language: Language = 'en',
): InterventionComparison[] {
  const counts = episodesPerExposure(exposures, episodes);
  const comparisons: InterventionComparison[] = [];
  for (const kind of EXPOSURE_KINDS) {
    const periods = exposures.filter((x) => x.kind === kind);
    const interventions = [...new Set(periods.flatMap((x) => x.interventions))].sort();
    for (const intervention of interventions) {
      let n1 = 0;
      let a = 0;
      let n0 = 0;
      let b = 0;
      for (const x of periods) {
        const count = counts.get(x.id) ?? 0;
        if (x.interventions.includes(intervention)) {
          n1++;
          a += count;
        } else {
          n0++;
          b += count;
        }
      }
      comparisons.push(compare(kind, intervention, side(n1, a), side(n0, b), language));
    }
  }
  return comparisons;
}

function compare(
  kind: ExposureKind,
  intervention: string,
  withIt: RateSide,
  without: RateSide,
  language: Language,
): InterventionComparison {
  const t = translator(language);
  const phrase = interventionPhrases(intervention, language);
  const periods = periodsOf(kind, 0, 'compared', language);
  const base = { exposureKind: kind, intervention, with: withIt, without };
  if (withIt.periods < MIN_PERIODS_PER_SIDE || without.periods < MIN_PERIODS_PER_SIDE) {
    return {
      ...base,
      status: 'not_enough_data',
      rateRatio: null,
      verdict: null,
      text: t('diary.compare.notEnough', {
        periods,
        both: phrase.both,
        withPeriods: countOf(kind, withIt.periods, language),
        withIt: phrase.withIt,
        withoutPeriods: without.periods,
        withoutIt: phrase.withoutIt,
        min: MIN_PERIODS_PER_SIDE,
      }),
    };
  }
  const rateRatio = poissonRateRatio(withIt.episodes, withIt.periods, without.episodes, without.periods);
  const way = direction(rateRatio);
  const verdict = way === 'lower' ? 'fewer' : way === 'higher' ? 'more' : 'no_clear_difference';
  const text = t('diary.compare.result', {
    verdict,
    periods,
    with: phrase.with,
    both: phrase.both,
    ratio: describeRatio(rateRatio, language),
    withEpisodes: t('diary.episodes', { count: withIt.episodes }),
    withPeriods: periodsOf(kind, withIt.periods, 'in', language),
    withIt: phrase.withIt,
    withoutEpisodes: t('diary.episodes', { count: without.episodes }),
    withoutPeriods: periodsOf(kind, without.periods, 'in', language),
    withoutIt: phrase.withoutIt,
  });
  return { ...base, status: 'compared', rateRatio, verdict, text };
}

/** One saved assessment, as the diary compares it over time. */
export interface AssessmentPoint {
  id: string;
  takenAt: string;
  utcOffsetMinutes: number;
  knowledgeVersion: string;
  level: TriageLevel;
  /** The three likeliest causes then. */
  topCauses: { id: string; name: string; probability: number }[];
}

export interface AssessmentHistory {
  points: AssessmentPoint[];
  text: string[];
}

const LEVEL_ORDER: readonly TriageLevel[] = ['emergency', 'urgent', 'doctor', 'self_care'];

function levelTitle(level: TriageLevel, knowledge: Knowledge): string {
  return knowledge.levels[level]?.title ?? level;
}

/**
 * A saved assessment's cause, named in the reader's knowledge (the language they read in); a cause this knowledge no
 * longer has keeps the name it was saved with.
 */
export function savedCauseName(cause: { id: string; name: string }, knowledge: Knowledge): string {
  return knowledge.causes.find((known) => known.id === cause.id)?.name ?? cause.name;
}

/**
 * Saved assessments over time, oldest first, and how the latest compares with the one before, in `language` (the
 * level titles and cause names are the knowledge's own).
 */
export function assessmentHistory(
  records: readonly SavedAssessment[],
  knowledge: Knowledge,
  language: Language = 'en',
): AssessmentHistory {
  const t = translator(language);
  const locale = localeOf(language);
  const points = [...records]
    .sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0))
    .map(
      (r): AssessmentPoint => ({
        id: r.id,
        takenAt: r.takenAt,
        utcOffsetMinutes: r.utcOffsetMinutes,
        knowledgeVersion: r.assessment.knowledgeVersion,
        level: r.assessment.triage.level,
        topCauses: r.assessment.causes
          .slice(0, 3)
          .map((c) => ({ id: c.id, name: savedCauseName(c, knowledge), probability: c.probability })),
      }),
    );
  const latest = points[points.length - 1];
  const before = points[points.length - 2];
  if (!latest) return { points, text: [t('diary.assessments.none')] };
  const describe = (p: AssessmentPoint): string =>
    `${formatDate(p.takenAt, { locale, utcOffsetMinutes: p.utcOffsetMinutes })}: ${levelTitle(p.level, knowledge)}; ${p.topCauses
      .map((c) => `${c.name} ${formatPercent(c.probability, { locale })}`)
      .join(', ')}`;
  const text = [t('diary.assessments.latest', { description: describe(latest) })];
  if (before) {
    text.push(t('diary.assessments.before', { description: describe(before) }));
    const change = LEVEL_ORDER.indexOf(latest.level) - LEVEL_ORDER.indexOf(before.level);
    text.push(
      t('diary.assessments.change', {
        change: change < 0 ? 'moreUrgent' : change > 0 ? 'lessUrgent' : 'same',
      }),
    );
  }
  return { points, text };
}

export interface BctqPoint {
  id: string;
  takenAt: string;
  utcOffsetMinutes: number;
  symptomSeverity: number | null;
  functionalStatus: number | null;
}

export interface BctqHistory {
  points: BctqPoint[];
  text: string[];
}

/** BCTQ scores over time, oldest first: 1 is no symptoms or difficulty, 5 the worst. The text is in `language`. */
export function bctqHistory(records: readonly BctqRecord[], language: Language = 'en'): BctqHistory {
  const t = translator(language);
  const locale = localeOf(language);
  const score = (value: number | null): string =>
    value === null ? t('diary.bctq.notScored') : formatNumber(value, 2, { locale });
  const points = [...records]
    .sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0))
    .map(
      (r): BctqPoint => ({
        id: r.id,
        takenAt: r.takenAt,
        utcOffsetMinutes: r.utcOffsetMinutes,
        symptomSeverity: r.scores.symptomSeverity,
        functionalStatus: r.scores.functionalStatus,
      }),
    );
  const first = points[0];
  const latest = points[points.length - 1];
  if (!first || !latest) return { points, text: [t('diary.bctq.none')] };
  const day = (p: BctqPoint): string =>
    formatDate(p.takenAt, { locale, utcOffsetMinutes: p.utcOffsetMinutes });
  if (first === latest) {
    return {
      points,
      text: [
        t('diary.bctq.once', {
          date: day(latest),
          severity: score(latest.symptomSeverity),
          function: score(latest.functionalStatus),
        }),
      ],
    };
  }
  return {
    points,
    text: [
      t('diary.bctq.times', {
        count: points.length,
        firstSeverity: score(first.symptomSeverity),
        firstDate: day(first),
        latestSeverity: score(latest.symptomSeverity),
        latestDate: day(latest),
        firstFunction: score(first.functionalStatus),
        latestFunction: score(latest.functionalStatus),
      }),
    ],
  };
}
