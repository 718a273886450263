import type { MessageKey } from '../en/index.ts';
import { errors } from './errors.ts';
import { interview } from './interview.ts';
import { result } from './result.ts';

/** numbcheck's words in Russian, written as a Russian doctor would say them: the same keys as in English. */
export const AREAS = { errors, interview, result } as const;

export const ru: Readonly<Record<MessageKey, string>> = { ...errors, ...interview, ...result };
