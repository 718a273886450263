import type { ArmRegion, HandAnswer, HandRegion } from './types.ts';

/** The places of the hand map in words: one name for each, which every interface uses. */
export const PLACE_NAMES: Readonly<Record<HandRegion | ArmRegion, string>> = {
  thumb: 'thumb',
  index: 'index finger',
  middle: 'middle finger',
  ring: 'ring finger',
  little: 'little finger',
  thumb_side: 'thumb side of the hand',
  little_side: 'little-finger side of the hand',
  wrist: 'wrist',
  forearm: 'forearm',
  upper_arm: 'upper arm',
};

/** A place's name to start a label or a line with: "Index finger". */
export function placeLabel(place: HandRegion | ArmRegion): string {
  const name = PLACE_NAMES[place];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** The places marked on one hand in words: "palm side: thumb, index finger; back: thumb; arm: wrist". */
export function handPlacesText(hand: HandAnswer): string {
  const names = (places: readonly (HandRegion | ArmRegion)[]): string =>
    places.map((place) => PLACE_NAMES[place]).join(', ');
  const parts: string[] = [];
  if (hand.palm?.length) parts.push(`palm side: ${names(hand.palm)}`);
  if (hand.back?.length) parts.push(`back: ${names(hand.back)}`);
  if (hand.arm?.length) parts.push(`arm: ${names(hand.arm)}`);
  return parts.join('; ');
}
