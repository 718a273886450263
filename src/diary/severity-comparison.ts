import { formatNumber, formatPercent } from '../format/index.ts';
import type { Episode } from './episode.ts';
import type { Exposure } from './exposure.ts';
import { differenceDirection, type MeanDifference, summarize, welchDifference } from './mean-difference.ts';
import { interventionLabel, interventionPhrase } from './vocabulary.ts';

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
export const EPISODE_FREQUENCY_NOTE =
  'Episode counts alone can’t show whether episodes came less often with something: the diary knows it was in place ' +
  'only when an episode was logged, not on the days without one. To compare how often, log runs, working days or ' +
  'nights with and without it.';

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

function one(value: number): string {
  return formatNumber(value, 1);
}

const NINETY_FIVE = formatPercent(0.95);

function rated(count: number): string {
  return `${count} more rated episode${count === 1 ? '' : 's'}`;
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

/** Severity with and without one intervention. */
export function compareSeverity(
  intervention: string,
  withIt: readonly Episode[],
  without: readonly Episode[],
): SeverityComparison {
  const a = sideOf(withIt);
  const b = sideOf(without);
  const phrase = interventionPhrase(intervention);
  const needed = {
    with: Math.max(0, MIN_RATED_PER_SIDE - a.side.rated),
    without: Math.max(0, MIN_RATED_PER_SIDE - b.side.rated),
  };
  const base = { intervention, with: a.side, without: b.side, needed };
  if (needed.with > 0 || needed.without > 0) {
    const wanted = [
      ...(needed.with > 0 ? [`${rated(needed.with)} with ${phrase}`] : []),
      ...(needed.without > 0
        ? [
            needed.with > 0
              ? `${needed.without} more without it`
              : `${rated(needed.without)} without ${phrase}`,
          ]
        : []),
    ];
    return {
      ...base,
      status: 'not_enough_data',
      difference: null,
      verdict: null,
      text:
        `Not enough data yet: ${wanted.join(' and ')}, to compare severity (at least ${MIN_RATED_PER_SIDE} rated ` +
        `episodes of each are needed; so far ${a.side.rated} with, ${b.side.rated} without).`,
    };
  }
  const difference = welchDifference(a.severities, b.severities);
  const way = differenceDirection(difference);
  const verdict = way === 'lower' ? 'less_severe' : way === 'higher' ? 'more_severe' : 'no_clear_difference';
  const means = `average ${one(a.side.meanSeverity ?? 0)} of 10 with, ${one(b.side.meanSeverity ?? 0)} without`;
  const counts = `${a.side.rated} rated episodes with and ${b.side.rated} without`;
  const caveat = `This shows what happened together, not that ${phrase} caused it.`;
  let text: string;
  if (verdict === 'less_severe') {
    // The interval of "how much less severe" is that of the difference turned round: without minus with.
    text = `Episodes logged with ${phrase} were on average ${one(-difference.difference)} points less severe (${NINETY_FIVE} interval ${one(-difference.high)} to ${one(-difference.low)} points; ${means}), ${counts}. ${caveat}`;
  } else if (verdict === 'more_severe') {
    text = `Episodes logged with ${phrase} were on average ${one(difference.difference)} points more severe (${NINETY_FIVE} interval ${one(difference.low)} to ${one(difference.high)} points; ${means}), ${counts}. ${caveat}`;
  } else {
    const low = difference.low;
    const high = difference.high;
    text = `No clear difference in severity between episodes logged with and without ${phrase} (${means}; the ${NINETY_FIVE} interval runs from ${one(-low)} points lower to ${one(high)} points higher with it), ${counts}. ${caveat}`;
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
): InterventionsTried {
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
    return compareSeverity(id, withIt, without);
  });
  const total = episodes.length;
  const usage = (c: SeverityComparison): string =>
    `${interventionLabel(c.intervention).toLowerCase()} (on ${c.with.episodes} of ${total} episode${total === 1 ? '' : 's'})`;
  const text: string[] = [];
  const [only] = severity;
  if (only && severity.length === 1) {
    text.push(`Interventions tried: ${usage(only)} — ${only.text}`);
  } else if (severity.length > 1) {
    text.push(`Interventions tried: ${severity.map(usage).join(', ')}.`);
    for (const c of severity) text.push(`${interventionLabel(c.intervention)} — ${c.text}`);
  }
  if (severity.length > 0) text.push(EPISODE_FREQUENCY_NOTE);
  return {
    episodes: total,
    minimumRatedPerSide: MIN_RATED_PER_SIDE,
    severity,
    frequencyNote: EPISODE_FREQUENCY_NOTE,
    text,
  };
}
