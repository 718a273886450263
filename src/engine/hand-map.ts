import type { ArmRegion, HandAnswer, HandMapAnswer, HandRegion } from './types.ts';

/** Katz & Stirrat's hand-diagram ratings, from most to least typical of carpal tunnel syndrome [KATZ1990]. */
export type KatzRating = 'classic' | 'probable' | 'possible' | 'unlikely';
const KATZ_ORDER: KatzRating[] = ['classic', 'probable', 'possible', 'unlikely'];

const MEDIAN_DIGITS: HandRegion[] = ['thumb', 'index', 'middle'];
const DIGITS: HandRegion[] = ['thumb', 'index', 'middle', 'ring', 'little'];

function digitsMarked(hand: HandAnswer): Set<HandRegion> {
  const marked = new Set<HandRegion>();
  for (const region of [...(hand.palm ?? []), ...(hand.back ?? [])]) {
    if (DIGITS.includes(region)) marked.add(region);
  }
  return marked;
}

function hasMarks(hand: HandAnswer | undefined): hand is HandAnswer {
  return (
    hand !== undefined && (hand.palm?.length ?? 0) + (hand.back?.length ?? 0) + (hand.arm?.length ?? 0) > 0
  );
}

/**
 * Rates one hand with the Katz hand diagram. Digit symptoms count on either side of the finger; "palm" and
 * "dorsum" are the palm and back of the hand itself. Katz as written leaves two patterns unrated: two or more of
 * digits 1–3 with symptoms on the back of the hand, or with palm symptoms only on the little-finger side. Both are
 * rated "possible" here, the rating whose definition they come closest to.
 */
export function katzRating(hand: HandAnswer): KatzRating {
  const digits = digitsMarked(hand);
  const medianCount = MEDIAN_DIGITS.filter((d) => digits.has(d)).length;
  if (medianCount === 0) return 'unlikely';
  if (medianCount === 1) return 'possible';
  const palm = hand.palm ?? [];
  const dorsum = (hand.back ?? []).some((r) => r === 'thumb_side' || r === 'little_side');
  if (dorsum) return 'possible';
  const palmThumbSide = palm.includes('thumb_side');
  const palmLittleSide = palm.includes('little_side');
  if (!palmThumbSide && !palmLittleSide) return 'classic';
  return palmThumbSide ? 'probable' : 'possible';
}

/** The most carpal-tunnel-like rating over the hands that have marks, or null when no hand is marked. */
export function bestKatz(map: HandMapAnswer): { rating: KatzRating; hand: 'left' | 'right' } | null {
  let best: { rating: KatzRating; hand: 'left' | 'right' } | null = null;
  for (const side of ['left', 'right'] as const) {
    const hand = map[side];
    if (!hasMarks(hand)) continue;
    const rating = katzRating(hand);
    if (!best || KATZ_ORDER.indexOf(rating) < KATZ_ORDER.indexOf(best.rating)) best = { rating, hand: side };
  }
  return best;
}

/** Little finger involved with at most one of digits 1–3: the ulnar nerve's territory [ANAT]. */
function isUlnarPattern(hand: HandAnswer): boolean {
  const digits = digitsMarked(hand);
  const medianCount = MEDIAN_DIGITS.filter((d) => digits.has(d)).length;
  return digits.has('little') && medianCount <= 1;
}

/** Only the back of the thumb and first web space: the superficial radial nerve (tight watch bands) [ANAT]. */
function isBackOfThumbOnly(hand: HandAnswer): boolean {
  const back = hand.back ?? [];
  const onlyThumbBack =
    back.length > 0 && back.every((r) => r === 'thumb' || r === 'thumb_side' || r === 'index');
  return (
    onlyThumbBack && (hand.palm?.length ?? 0) === 0 && back.some((r) => r === 'thumb' || r === 'thumb_side')
  );
}

const ARM_ABOVE_WRIST: ArmRegion[] = ['forearm', 'upper_arm'];

/**
 * The findings a hand map sets. Every one is either present or absent once the map is answered: a map is a full
 * picture of where the numbness is.
 */
export function handMapFindings(map: HandMapAnswer): [string, boolean][] {
  const hands = [map.left, map.right].filter(hasMarks);
  const left = hasMarks(map.left);
  const right = hasMarks(map.right);
  const katz = bestKatz(map)?.rating;
  return [
    ['side_left', left],
    ['side_right', right],
    ['both_hands', left && right],
    ['katz_classic_probable', katz === 'classic' || katz === 'probable'],
    ['katz_possible', katz === 'possible'],
    ['ulnar_fingers', hands.some(isUlnarPattern)],
    ['back_of_thumb', hands.some(isBackOfThumbOnly)],
    ['all_fingers', hands.some((h) => digitsMarked(h).size === DIGITS.length)],
    ['arm_involved', hands.some((h) => (h.arm ?? []).some((r) => ARM_ABOVE_WRIST.includes(r)))],
  ];
}

/**
 * The hand map's Katz rating as findings: at most one is present, so the "why" reads them as one answer, and says
 * `phrases.handMapNotTypical` when neither is.
 */
export const KATZ_FINDINGS = ['katz_classic_probable', 'katz_possible'] as const;

/** The finding ids a hand map can set, for the knowledge check and the interview. */
export const HAND_MAP_FINDINGS = handMapFindings({}).map(([id]) => id);
