import { errors } from './errors.ts';
import { interview } from './interview.ts';
import { result } from './result.ts';

/**
 * numbcheck's words in English, by key, in ICU MessageFormat (plurals, numbers and choices inside the message), one
 * module per part of the product. Every other language has exactly these keys and placeholders (`catalog.test.ts`).
 */
export const AREAS = { errors, interview, result } as const;

export const en = { ...errors, ...interview, ...result } as const;

/** A message's key. */
export type MessageKey = keyof typeof en;
