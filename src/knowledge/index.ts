export {
  type BctqInstrument,
  type BctqItem,
  type BctqItemId,
  type BctqScale,
  bctq,
} from './instruments/bctq.ts';
export { knowledge } from './knowledge.ts';
export { KNOWLEDGE_TEXTS, readableIn } from './languages.ts';
export { loadKnowledgeTexts } from './load-texts.ts';
export type { KnowledgeTexts } from './localize.ts';
export { englishTexts, inWords, type ReadableKnowledge } from './readable.ts';
export * from './schema.ts';
export { sleepAdvice } from './sleep-advice.ts';
