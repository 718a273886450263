import type { KnowledgeTexts } from '../localize.ts';
import { bctq } from './bctq.ts';
import { care } from './care.ts';
import { causes } from './causes.ts';
import { guidance } from './guidance.ts';
import { phrases } from './phrases.ts';
import { questions } from './questions.ts';

/**
 * The knowledge in Russian, written as a Russian clinician would put it to a patient: one table per part of the
 * knowledge base, each a text's place → its Russian text (`npm run knowledge:texts -- ru` lists what is missing).
 */
export const ru: KnowledgeTexts = { ...questions, ...bctq, ...care, ...causes, ...guidance, ...phrases };
