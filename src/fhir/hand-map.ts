import type { Coding } from '@medplum/fhirtypes';
import { ARM_REGIONS, HAND_REGIONS, type HandAnswer, type HandMapAnswer } from '../engine/index.ts';
import { anyOf, bad, type Path } from '../errors.ts';
import { type Language, type MessageKey, translator } from '../messages/index.ts';
import { HAND_MAP_CODES } from './codes.ts';

/**
 * The hand map as codes of numbcheck's hand-map code system, one per mark: `left.palm.index`, `right.arm.wrist`, and
 * `left` for a hand named with no place marked on it. Written in the map's own order, so that reading the codes back
 * gives the same map.
 */

const SIDES = ['left', 'right'] as const;
const FACES = ['palm', 'back'] as const;

/** Every code a hand map can have, in the order the Questionnaire offers them. */
export function allHandMapCodes(): string[] {
  return SIDES.flatMap((side) => [
    side,
    ...FACES.flatMap((face) => HAND_REGIONS.map((region) => `${side}.${face}.${region}`)),
    ...ARM_REGIONS.map((region) => `${side}.arm.${region}`),
  ]);
}

/** The codes of a hand map; a hand with no place marked is its side alone. */
export function handMapCodes(map: HandMapAnswer): string[] {
  const codes: string[] = [];
  for (const [side, hand] of Object.entries(map) as [string, HandAnswer][]) {
    const marks = Object.entries(hand).flatMap(([where, regions]: [string, readonly string[]]) =>
      regions.map((region) => `${side}.${where}.${region}`),
    );
    codes.push(...(marks.length > 0 ? marks : [side]));
  }
  return codes;
}

/** The hand map back from its codes; `paths` locate each code for the error a code that is not one gets. */
export function handMapFromCodes(codes: readonly { code: unknown; path: Path }[]): HandMapAnswer {
  const map: HandMapAnswer = {};
  for (const { code, path } of codes) {
    const [side, where, region] = typeof code === 'string' ? code.split('.') : [];
    const known =
      (side === 'left' || side === 'right') &&
      (where === undefined ||
        (FACES.some((f) => f === where) && HAND_REGIONS.some((r) => r === region)) ||
        (where === 'arm' && ARM_REGIONS.some((r) => r === region)));
    if (!known || side === undefined)
      throw bad('NUMB_BAD_IMPORT', path, anyOf(['left', 'left.palm.index', 'right.arm.wrist']), code);
    const hand: HandAnswer = map[side as 'left' | 'right'] ?? {};
    map[side as 'left' | 'right'] = hand;
    if (where === 'palm' || where === 'back' || where === 'arm') {
      const list: string[] = hand[where] ?? [];
      list.push(region as string);
      (hand as Record<string, string[]>)[where] = list;
    }
  }
  return map;
}

/** A hand-map code as a coding, its display in the person's language: "left hand, palm side: index finger". */
export function handMapCoding(code: string, language: Language): Coding {
  const t = translator(language);
  const [side, where, region] = code.split('.');
  const hand = t(side === 'left' ? 'diary.fhir.leftHand' : 'diary.fhir.rightHand');
  if (where === undefined || region === undefined) return { system: HAND_MAP_CODES, code, display: hand };
  // Every region of the hand map has its `place.…` words (src/messages/*/places.ts).
  const place = t(`place.${region}` as MessageKey);
  const key = where === 'palm' ? 'place.palmSide' : where === 'back' ? 'place.backSide' : 'place.arm';
  return { system: HAND_MAP_CODES, code, display: `${hand}, ${t(key, { places: place })}` };
}
