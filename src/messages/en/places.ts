/**
 * The places of the hand map in words, by place id, and how a hand's marked places are listed: plain text with at most
 * `{name}` placeholders, so that the terminal writes them without FormatJS. In English.
 */
export const places = {
  'place.thumb': 'thumb',
  'place.index': 'index finger',
  'place.middle': 'middle finger',
  'place.ring': 'ring finger',
  'place.little': 'little finger',
  'place.thumb_side': 'thumb side of the hand',
  'place.little_side': 'little-finger side of the hand',
  'place.wrist': 'wrist',
  'place.forearm': 'forearm',
  'place.upper_arm': 'upper arm',
  'place.palmSide': 'palm side: {places}',
  'place.backSide': 'back: {places}',
  'place.arm': 'arm: {places}',
} as const;
