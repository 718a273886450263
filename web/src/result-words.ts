import { formatNumber } from '../../src/format/index.ts';
import type { TriageLevel } from '../../src/knowledge/index.ts';
import type { MessageKey } from '../../src/messages/index.ts';
import { webLocale } from './language.ts';

/**
 * The words the result puts on the engine's numbers, so that a person reads "likely" and "strong" rather than
 * "98 %" and "+2.1". Pure, so that the bands are tested without a browser; the numbers stay one tap away.
 */

/** A short word for each level, shown beside its icon so that the level never rests on colour alone. */
export const LEVEL_WORD: Readonly<Record<TriageLevel, MessageKey>> = {
  emergency: 'web.levelEmergency',
  urgent: 'web.levelUrgent',
  doctor: 'web.levelDoctor',
  self_care: 'web.levelSelfCare',
};

export type Likelihood = 'likely' | 'possible' | 'lessLikely';

/** Each band's word in the catalogs. */
export const LIKELIHOOD_WORD: Readonly<Record<Likelihood, MessageKey>> = {
  likely: 'likelihood.likely',
  possible: 'likelihood.possible',
  lessLikely: 'likelihood.lessLikely',
};

/**
 * A cause's chance as a band. Each cause is weighed on its own (a person can have two), so the band says how likely
 * each one is, not how they share one hundred percent.
 */
export function likelihoodOf(probability: number): Likelihood {
  if (probability >= 0.5) return 'likely';
  if (probability >= 0.15) return 'possible';
  return 'lessLikely';
}

export type Strength = 'strong' | 'moderate' | 'slight';

/** Each strength's word in the catalogs. */
export const STRENGTH_WORD: Readonly<Record<Strength, MessageKey>> = {
  strong: 'strength.strong',
  moderate: 'strength.moderate',
  slight: 'strength.slight',
};

/**
 * How strongly one answer moves a cause, from its weight in natural-log odds: beyond ln 3 it triples (or cuts to a
 * third) the odds, which clinicians call a strong sign; below ln 1.5 it barely moves them.
 */
export function strengthOf(weight: number): Strength {
  const size = Math.abs(weight);
  if (size >= Math.log(3)) return 'strong';
  if (size >= Math.log(1.5)) return 'moderate';
  return 'slight';
}

/** How many times an answer multiplies a cause's odds, "×3.0" or "×0.5": the weight as a person can read it. */
export function oddsFactor(weight: number): string {
  return `×${formatNumber(Math.exp(weight), 1, { locale: webLocale() })}`;
}
