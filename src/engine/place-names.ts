import { ENGLISH_PLACE_WORDS, fillPlainMessage, type MessageValues } from '../messages/index.ts';
import type { ArmRegion, HandAnswer, HandRegion } from './types.ts';

/** A place of the hand map. */
type Place = HandRegion | ArmRegion;

type PlaceKey = keyof typeof ENGLISH_PLACE_WORDS;

/** Writes the `places` area's messages: a language's `Translate`, or English by default. */
export type PlaceWords = (key: PlaceKey, values?: MessageValues) => string;

/** Each place's name in the catalogs (the `places` area), by its id. */
const PLACE_KEYS: Readonly<Record<Place, PlaceKey>> = {
  thumb: 'place.thumb',
  index: 'place.index',
  middle: 'place.middle',
  ring: 'place.ring',
  little: 'place.little',
  thumb_side: 'place.thumb_side',
  little_side: 'place.little_side',
  wrist: 'place.wrist',
  forearm: 'place.forearm',
  upper_arm: 'place.upper_arm',
};

/**
 * English, for callers that pass no `Translate` (the terminal, the diary's English sentences): the `places` area is
 * plain text, so it is written without FormatJS.
 */
const english: PlaceWords = (key, values) => fillPlainMessage(ENGLISH_PLACE_WORDS[key], values);

/** The places of the hand map in English words, for callers that write English. */
export const PLACE_NAMES: Readonly<Record<Place, string>> = {
  thumb: english(PLACE_KEYS.thumb),
  index: english(PLACE_KEYS.index),
  middle: english(PLACE_KEYS.middle),
  ring: english(PLACE_KEYS.ring),
  little: english(PLACE_KEYS.little),
  thumb_side: english(PLACE_KEYS.thumb_side),
  little_side: english(PLACE_KEYS.little_side),
  wrist: english(PLACE_KEYS.wrist),
  forearm: english(PLACE_KEYS.forearm),
  upper_arm: english(PLACE_KEYS.upper_arm),
};

/** A place's name in the words of `t` (English by default): "index finger". */
export function placeName(place: Place, t: PlaceWords = english): string {
  return t(PLACE_KEYS[place]);
}

/** A place's name to start a label or a line with: "Index finger". */
export function placeLabel(place: Place, t: PlaceWords = english): string {
  const name = placeName(place, t);
  return `${name.charAt(0).toLocaleUpperCase()}${name.slice(1)}`;
}

/** The places marked on one hand in words: "palm side: thumb, index finger; back: thumb; arm: wrist". */
export function handPlacesText(hand: HandAnswer, t: PlaceWords = english): string {
  const names = (list: readonly Place[]): string => list.map((place) => placeName(place, t)).join(', ');
  const parts: string[] = [];
  if (hand.palm?.length) parts.push(t('place.palmSide', { places: names(hand.palm) }));
  if (hand.back?.length) parts.push(t('place.backSide', { places: names(hand.back) }));
  if (hand.arm?.length) parts.push(t('place.arm', { places: names(hand.arm) }));
  return parts.join('; ');
}
