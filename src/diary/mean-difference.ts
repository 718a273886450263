/**
 * Comparing two mean severities: the difference of the means with Welch's 95 % interval.
 *
 * Severity ratings of episodes with and without something have no reason to share one spread, and the two groups are
 * small and of unequal size, which is what Welch's interval is for (Welch, Biometrika 1947; 34:28–35): the standard
 * error √(s₁²/n₁ + s₀²/n₀), and Student's t with the Welch–Satterthwaite degrees of freedom instead of a normal z,
 * which would be too narrow for a handful of episodes. The t quantile comes from stdlib (it takes fractional degrees
 * of freedom), not from a hand-written inverse.
 *
 * One adjustment: ratings are whole points on 0–10, so a side whose ratings are all the same (3, 3, 3) has a sample
 * variance of 0, and the interval would shrink to a point and claim certainty that three ratings cannot give. Each
 * side's variance is therefore taken as at least 1/12, the variance of a rating rounded to a whole point (a uniform
 * spread one point wide). It changes nothing once the ratings differ by a point or more.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** The least variance a side of whole-point ratings is given: that of rounding to a whole point. */
export const RATING_VARIANCE_FLOOR = 1 / 12;

/** Fewer values than this on a side and the spread cannot be estimated. */
export const MIN_VALUES_PER_SIDE = 2;

export interface SampleSummary {
  count: number;
  mean: number;
  /** The sample variance (n − 1 in the denominator). */
  variance: number;
}

export interface MeanDifference {
  /** The mean of the first side minus the mean of the second. */
  difference: number;
  /** The 95 % interval of the difference. */
  low: number;
  high: number;
  standardError: number;
  /** Welch–Satterthwaite degrees of freedom. */
  degreesOfFreedom: number;
}

/** Count, mean and sample variance of `values` (at least one). */
export function summarize(values: readonly number[]): SampleSummary {
  const count = values.length;
  if (count === 0) throw new RangeError('a summary needs at least one value');
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / count;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { count, mean, variance: count > 1 ? squares / (count - 1) : 0 };
}

/**
 * The difference of the means of `first` and `second` with Welch's 95 % interval, each side's variance floored at
 * `RATING_VARIANCE_FLOOR`. Both sides need at least `MIN_VALUES_PER_SIDE` values.
 */
export function welchDifference(first: readonly number[], second: readonly number[]): MeanDifference {
  if (first.length < MIN_VALUES_PER_SIDE || second.length < MIN_VALUES_PER_SIDE) {
    throw new RangeError(`a mean difference needs at least ${MIN_VALUES_PER_SIDE} values on each side`);
  }
  const a = summarize(first);
  const b = summarize(second);
  const va = Math.max(a.variance, RATING_VARIANCE_FLOOR) / a.count;
  const vb = Math.max(b.variance, RATING_VARIANCE_FLOOR) / b.count;
  const variance = va + vb;
  const degreesOfFreedom = variance ** 2 / (va ** 2 / (a.count - 1) + vb ** 2 / (b.count - 1));
  const standardError = Math.sqrt(variance);
  const half = tQuantile(0.975, degreesOfFreedom) * standardError;
  const difference = a.mean - b.mean;
  return { difference, low: difference - half, high: difference + half, standardError, degreesOfFreedom };
}

/** Which way the interval points: below 0, above 0, or spanning 0 (no clear difference). */
export function differenceDirection(d: MeanDifference): 'lower' | 'higher' | 'unclear' {
  if (d.high < 0) return 'lower';
  if (d.low > 0) return 'higher';
  return 'unclear';
}
