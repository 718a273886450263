import { formatNumber } from '../../src/format/index.ts';

/**
 * The words the result puts on the engine's numbers, so that a person reads "likely" and "strong" rather than
 * "98 %" and "+2.1". Pure, so that the bands are tested without a browser; the numbers stay one tap away.
 */

export type Likelihood = 'likely' | 'possible' | 'less likely';

/**
 * A cause's chance in words. Each cause is weighed on its own (a person can have two), so the words say how likely
 * each one is, not how they share one hundred percent.
 */
export function likelihoodWord(probability: number): Likelihood {
  if (probability >= 0.5) return 'likely';
  if (probability >= 0.15) return 'possible';
  return 'less likely';
}

export type Strength = 'strong' | 'moderate' | 'slight';

/**
 * How strongly one answer moves a cause, from its weight in natural-log odds: beyond ln 3 it triples (or cuts to a
 * third) the odds, which clinicians call a strong sign; below ln 1.5 it barely moves them.
 */
export function strengthWord(weight: number): Strength {
  const size = Math.abs(weight);
  if (size >= Math.log(3)) return 'strong';
  if (size >= Math.log(1.5)) return 'moderate';
  return 'slight';
}

/** How many times an answer multiplies a cause's odds, "×3.0" or "×0.5": the weight as a person can read it. */
export function oddsFactor(weight: number): string {
  return `×${formatNumber(Math.exp(weight), 1)}`;
}
