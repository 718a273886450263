import { type BctqInstrument, bctq } from './instruments/bctq.ts';
import { knowledge } from './knowledge.ts';
import { type KnowledgeTexts, localize, textsOf } from './localize.ts';
import type { Advice, Knowledge } from './schema.ts';
import { sleepAdvice } from './sleep-advice.ts';

/** The parts of the knowledge a person reads: the knowledge base, the BCTQ questionnaire and the sleep advice. */
export interface ReadableKnowledge {
  knowledge: Knowledge;
  bctq: BctqInstrument;
  sleepAdvice: readonly Advice[];
}

const ENGLISH: ReadableKnowledge = { knowledge, bctq, sleepAdvice };

/** Where each part's places start: the knowledge base's at the top ("causes.…"), the questionnaire's at "bctq.…". */
const ROOTS: Readonly<Record<keyof ReadableKnowledge, string>> = {
  knowledge: '',
  bctq: 'bctq',
  sleepAdvice: 'sleepAdvice',
};

/** The knowledge a person reads, in the words of `texts`: the same causes, numbers and sources. */
export function inWords(texts: KnowledgeTexts): ReadableKnowledge {
  return {
    knowledge: localize(ENGLISH.knowledge, texts, ROOTS.knowledge),
    bctq: localize(ENGLISH.bctq, texts, ROOTS.bctq),
    sleepAdvice: localize(ENGLISH.sleepAdvice, texts, ROOTS.sleepAdvice),
  };
}

/** Every English text a person reads in the knowledge, by its place: what each language has to say in its words. */
export function englishTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const part of Object.keys(ROOTS) as (keyof ReadableKnowledge)[]) {
    for (const [place, text] of textsOf(ENGLISH[part], ROOTS[part])) texts.set(place, text);
  }
  return texts;
}
