import type { places as english } from '../en/places.ts';

/** Места на схеме кисти и как перечисляются отмеченные места. */
export const places: Readonly<Record<keyof typeof english, string>> = {
  'place.thumb': 'большой палец',
  'place.index': 'указательный палец',
  'place.middle': 'средний палец',
  'place.ring': 'безымянный палец',
  'place.little': 'мизинец',
  'place.thumb_side': 'сторона кисти у большого пальца',
  'place.little_side': 'сторона кисти у мизинца',
  'place.wrist': 'запястье',
  'place.forearm': 'предплечье',
  'place.upper_arm': 'плечо',
  'place.palmSide': 'ладонь: {places}',
  'place.backSide': 'тыл кисти: {places}',
  'place.arm': 'рука: {places}',
};
