import { interview } from './interview.ts';
import { places } from './places.ts';
import { result } from './result.ts';
import { start } from './start.ts';
import { web } from './web.ts';

/**
 * numbcheck's words in English, by key, in ICU MessageFormat (plurals, numbers and choices inside the message), one
 * module per part of the product. Every other language has exactly these keys and placeholders (`catalog.test.ts`).
 */
export const AREAS = { interview, result, start, web, places } as const;

export const en = { ...interview, ...result, ...start, ...web, ...places } as const;

/** A message's key. */
export type MessageKey = keyof typeof en;
