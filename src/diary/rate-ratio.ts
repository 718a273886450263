/**
 * Comparing two episode rates: a Poisson rate ratio with a 95 % confidence interval on the log scale.
 *
 * Episodes are counts over exposure (so many runs, so many working days), which is what the Poisson model is for.
 * With `a` episodes over `n1` periods on one side and `b` over `n0` on the other, the ratio is (a/n1)/(b/n0) and
 * its log has standard error √(1/a + 1/b) (Rothman, Greenland & Lash, Modern Epidemiology, 3rd ed., ch. 14).
 *
 * Continuity correction: a zero count makes the log ratio infinite. When either count is zero, 0.5 is added to both
 * counts (the Haldane–Anscombe correction), which gives a finite ratio with the wide interval that so little data
 * deserves. The result says when it was applied.
 */

import { formatNumber, formatPercent, formatSignificant } from '../format/index.ts';
import { type Language, localeOf, translator } from '../messages/index.ts';

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

export interface RateSide {
  /** Exposure periods (runs, working days) on this side. */
  periods: number;
  episodes: number;
  /** Episodes per period. */
  rate: number;
}

export interface RateRatio {
  /** The rate on the first side divided by the rate on the second. */
  ratio: number;
  /** The 95 % interval. */
  low: number;
  high: number;
  /** Whether 0.5 was added to both counts because one was zero. */
  corrected: boolean;
}

/**
 * The Poisson rate ratio of `episodes1` over `periods1` against `episodes0` over `periods0`, with its 95 % interval.
 * Both period counts must be positive.
 */
export function poissonRateRatio(
  episodes1: number,
  periods1: number,
  episodes0: number,
  periods0: number,
): RateRatio {
  if (!(periods1 > 0 && periods0 > 0)) throw new RangeError('a rate ratio needs periods on both sides');
  const corrected = episodes1 === 0 || episodes0 === 0;
  const a = corrected ? episodes1 + 0.5 : episodes1;
  const b = corrected ? episodes0 + 0.5 : episodes0;
  const logRatio = Math.log(a / periods1) - Math.log(b / periods0);
  const se = Math.sqrt(1 / a + 1 / b);
  return {
    ratio: Math.exp(logRatio),
    low: Math.exp(logRatio - Z_95 * se),
    high: Math.exp(logRatio + Z_95 * se),
    corrected,
  };
}

/** Which way the interval points: below 1, above 1, or spanning 1 (no clear difference). */
export function direction(ratio: RateRatio): 'lower' | 'higher' | 'unclear' {
  if (ratio.high < 1) return 'lower';
  if (ratio.low > 1) return 'higher';
  return 'unclear';
}

/** A ratio for reading: 0.4, 1.7, 12, 0.05 (with the language's decimal sign: 0,4 in Russian). */
export function formatRatio(value: number, language: Language = 'en'): string {
  const locale = localeOf(language);
  if (value < 0.095) return formatSignificant(value, 1, { locale });
  if (value < 9.95) return formatNumber(value, 1, { locale });
  return formatNumber(value, 0, { locale });
}

/** "rate ratio 0.4, 95% interval 0.2–0.8", in `language`. */
export function describeRatio(ratio: RateRatio, language: Language = 'en'): string {
  return translator(language)('diary.ratio', {
    ratio: formatRatio(ratio.ratio, language),
    percent: formatPercent(0.95, { locale: localeOf(language) }),
    low: formatRatio(ratio.low, language),
    high: formatRatio(ratio.high, language),
  });
}
