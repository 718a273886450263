/**
 * The free-text intake of the web app, loaded with a dynamic import when a person submits their own words, so that
 * the parser and its lexicon stay out of the first load. The words are read here, in the browser: they are never
 * sent anywhere, and only the answers the person checked are kept (with the interview, in the tab).
 */
import { assess } from '../../../src/engine/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';
import { type ParseResult, parseText } from '../../../src/text/index.ts';

export { UnderstoodScreen } from './understood-screen.tsx';

/** What the words say, and whether that alone is an emergency (then nothing waits for the chips). */
export function readWords(text: string, knowledge: Knowledge): { result: ParseResult; emergency: boolean } {
  const result = parseText(text, undefined, knowledge);
  return { result, emergency: assess(result.answers, knowledge).triage.level === 'emergency' };
}
