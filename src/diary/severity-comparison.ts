import { formatList, formatNumber, formatPercent } from '../format/index.ts';
import { catalogOf, type Language, localeOf, translator } from '../messages/index.ts';
import type { Episode } from './episode.ts';
import type { Exposure } from './exposure.ts';
import { differenceDirection, type MeanDifference, summarize, welchDifference } from './mean-difference.ts';
import { interventionLabelIn, interventionPhrases } from './vocabulary.ts';

/**
 * What the person tried, from the episodes themselves: for every intervention ticked on some episodes, the mean
 * severity of the episodes logged with it against those logged without it, with Welch's 95 % interval of the
 * difference (mean-difference.ts).
 *
 * Severity only, never frequency. An intervention ticked on an episode says it was in place when an episode
 * happened; the diary does not know whether it was in place on the days without an episode. Episodes per day or week
 * "with it" would count only days that had an episode, so every such day has at least one by construction, and the
 * time it was in place without any numbness (the denominator of a rate) is missing. Such a rate would be biased in an
 * unknown direction, so none is shown: how often is compared only over logged periods (runs, working days, nights,
 * with and without it), as a Poisson rate ratio (`compareInterventions` in insights.ts).
 *
 * An episode linked to a logged period counts with the period's interventions too: they were in place for the whole
 * period, so the episode happened with them even when they were not ticked again on the episode.
 */

/**
 * Fewer rated episodes than this on either side and severity is "not enough data yet". Welch's interval needs a
 * spread on each side (2 ratings at least); 3 gives each side at least 2 degrees of freedom and matches the minimum of
 * the diary's other comparisons (3 periods on each side, 3 rated episodes in each 4 weeks of the trend).
 */
export const MIN_RATED_PER_SIDE = 3;

/** Said once under the comparisons: why episode counts do not give "fewer episodes with it". */
export const EPISODE_FREQUENCY_NOTE = catalogOf('en')['diary.frequencyNote'];

export interface SeveritySide {
  /** Episodes on this side, rated or not. */
  episodes: number;
  /** Episodes on this side with a severity. */
  rated: number;
  /** Mean severity of the rated ones (0–10), or null when none was rated. */
  meanSeverity: number | null;
}

export interface SeverityComparison {
  intervention: string;
  with: SeveritySide;
  without: SeveritySide;
  status: 'compared' | 'not_enough_data';
  /** Rated episodes still needed on each side before severity is compared; both 0 once compared. */
  needed: { with: number; without: number };
  /** Mean severity with it minus without it, with Welch's 95 % interval; null when not compared. */
  difference: MeanDifference | null;
  /** Less severe with it (the interval below 0), more severe (above 0), or no clear difference. */
  verdict: 'less_severe' | 'more_severe' | 'no_clear_difference' | null;
  /** One or two sentences; they say what happened together and never claim a cause. */
  text: string;
}

export interface InterventionsTried {
  /** Episodes looked at (those of the period, or all). */
  episodes: number;
  /** Rated episodes needed on each side before severity is compared. */
  minimumRatedPerSide: number;
  /** One per intervention ticked on some episode, the most used first. */
  severity: SeverityComparison[];
  /** Why frequency is not compared from episodes alone. */
  frequencyNote: string;
  /** The report's lines: "Interventions tried: wrist splint (on 8 of 17 episodes) — …", then the note; none when nothing was tried. */
  text: string[];
}

function one(value: number, language: Language): string {
  return formatNumber(value, 1, { locale: localeOf(language) });
}

function sideOf(episodes: readonly Episode[]): { side: SeveritySide; severities: number[] } {
  const severities: number[] = [];
  for (const e of episodes) if (e.severity !== null) severities.push(e.severity);
  return {
    side: {
      episodes: episodes.length,
      rated: severities.length,
      meanSeverity: severities.length > 0 ? summarize(severities).mean : null,
    },
    severities,
  };
}

/** Each episode's interventions, in the order of `episodes`: its own and those of the period it is linked to. */
export function interventionsOf(episodes: readonly Episode[], exposures: readonly Exposure[]): string[][] {
  const byId = new Map(exposures.map((x) => [x.id, x.interventions]));
  return episodes.map((e) => {
    const linked = e.exposureId === null ? undefined : byId.get(e.exposureId);
    if (!linked || linked.length === 0) return e.interventions;
    return [...new Set([...e.interventions, ...linked])];
  });
}

/** Severity with and without one intervention, its sentences in `language`. */
export function compareSeverity(
  intervention: string,
  withIt: readonly Episode[],
  without: readonly Episode[],
  language: Language = 'en',
): SeverityComparison {
  const t = translator(language);
  const locale = localeOf(language);
  const a = sideOf(withIt);
  const b = sideOf(without);
  const phrase = interventionPhrases(intervention, language);
  const needed = {
    with: Math.max(0, MIN_RATED_PER_SIDE - a.side.rated),
    without: Math.max(0, MIN_RATED_PER_SIDE - b.side.rated),
  };
  const base = { intervention, with: a.side, without: b.side, needed };
  if (needed.with > 0 || needed.without > 0) {
    const wanted = [
      ...(needed.with > 0 ? [t('diary.severity.neededWith', { count: needed.with, with: phrase.with })] : []),
      ...(needed.without > 0
        ? [
            needed.with > 0
              ? t('diary.severity.neededWithoutToo', { count: needed.without, withoutIt: phrase.withoutIt })
              : t('diary.severity.neededWithout', { count: needed.without, without: phrase.without }),
          ]
        : []),
    ];
    return {
      ...base,
      status: 'not_enough_data',
      difference: null,
      verdict: null,
      text: t('diary.severity.notEnough', {
        wanted: formatList(wanted, 'and', { locale }),
        min: MIN_RATED_PER_SIDE,
        withRated: a.side.rated,
        withIt: phrase.withIt,
        withoutRated: b.side.rated,
        withoutIt: phrase.withoutIt,
      }),
    };
  }
  const difference = welchDifference(a.severities, b.severities);
  const way = differenceDirection(difference);
  const verdict = way === 'lower' ? 'less_severe' : way === 'higher' ? 'more_severe' : 'no_clear_difference';
  const shared = {
    with: phrase.with,
    both: phrase.both,
    withIt: phrase.withIt,
    percent: formatPercent(0.95, { locale }),
    means: t('diary.severity.means', {
      withMean: one(a.side.meanSeverity ?? 0, language),
      withIt: phrase.withIt,
      withoutMean: one(b.side.meanSeverity ?? 0, language),
      withoutIt: phrase.withoutIt,
    }),
    counts: t('diary.severity.counts', {
      withRated: a.side.rated,
      withIt: phrase.withIt,
      withoutRated: b.side.rated,
      withoutIt: phrase.withoutIt,
    }),
    // Said with every comparison, in every language: severity moved together with it, which is not cause.
    caveat: t('diary.severity.caveat', { cause: phrase.other }),
  };
  let text: string;
  if (verdict === 'less_severe') {
    // The interval of "how much less severe" is that of the difference turned round: without minus with.
    text = t('diary.severity.less', {
      ...shared,
      points: one(-difference.difference, language),
      low: one(-difference.high, language),
      high: one(-difference.low, language),
    });
  } else if (verdict === 'more_severe') {
    text = t('diary.severity.more', {
      ...shared,
      points: one(difference.difference, language),
      low: one(difference.low, language),
      high: one(difference.high, language),
    });
  } else {
    text = t('diary.severity.noClear', {
      ...shared,
      low: one(-difference.low, language),
      high: one(difference.high, language),
    });
  }
  return { ...base, status: 'compared', difference, verdict, text };
}

/**
 * For every intervention ticked on some of `episodes` (or in place for a period one is linked to): severity with
 * against without it. `exposures` are the periods episodes may be linked to.
 */
export function interventionsTried(
  episodes: readonly Episode[],
  exposures: readonly Exposure[],
  language: Language = 'en',
): InterventionsTried {
  const t = translator(language);
  const tried = interventionsOf(episodes, exposures);
  const uses = new Map<string, number>();
  for (const ids of tried) for (const id of ids) uses.set(id, (uses.get(id) ?? 0) + 1);
  const ids = [...uses.keys()].sort((x, y) => (uses.get(y) ?? 0) - (uses.get(x) ?? 0) || (x < y ? -1 : 1));
  const severity = ids.map((id) => {
    const withIt: Episode[] = [];
    const without: Episode[] = [];
    episodes.forEach((e, i) => {
      (tried[i]?.includes(id) ? withIt : without).push(e);
    });
    return compareSeverity(id, withIt, without, language);
  });
  const total = episodes.length;
  const usage = (c: SeverityComparison): string =>
    t('diary.tried.usage', {
      label: interventionLabelIn(c.intervention, language).toLowerCase(),
      count: c.with.episodes,
      total,
    });
  const frequencyNote = t('diary.frequencyNote');
  const text: string[] = [];
  const [only] = severity;
  if (only && severity.length === 1) {
    text.push(t('diary.tried.one', { usage: usage(only), text: only.text }));
  } else if (severity.length > 1) {
    text.push(t('diary.tried.many', { list: severity.map(usage).join(', ') }));
    for (const c of severity) {
      text.push(
        t('diary.tried.line', { label: interventionLabelIn(c.intervention, language), text: c.text }),
      );
    }
  }
  if (severity.length > 0) text.push(frequencyNote);
  return {
    episodes: total,
    minimumRatedPerSide: MIN_RATED_PER_SIDE,
    severity,
    frequencyNote,
    text,
  };
}
