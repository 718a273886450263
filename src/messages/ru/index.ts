import type { MessageKey } from '../en/index.ts';
import { interview } from './interview.ts';
import { places } from './places.ts';
import { result } from './result.ts';
import { start } from './start.ts';
import { web } from './web.ts';

/** numbcheck's words in Russian, written as a Russian doctor would say them: the same keys as in English. */
export const AREAS = { interview, result, start, web, places } as const;

export const ru: Readonly<Record<MessageKey, string>> = {
  ...interview,
  ...result,
  ...start,
  ...web,
  ...places,
};
