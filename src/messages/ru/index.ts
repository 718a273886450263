import type { MessageKey } from '../en/index.ts';
import { interview } from './interview.ts';
import { result } from './result.ts';
import { webDiary } from './webDiary.ts';

/** numbcheck's words in Russian, written as a Russian doctor would say them: the same keys as in English. */
export const AREAS = { interview, result, webDiary } as const;

export const ru: Readonly<Record<MessageKey, string>> = { ...interview, ...result, ...webDiary };
