/**
 * What the start page shows of the knowledge base (its version, in the footer; the notice that numbcheck is
 * information, not a diagnosis; and what the emergency page says without an assessment) as a module,
 * `virtual:numbcheck/knowledge-facts` in English and `virtual:numbcheck/knowledge-facts/ru` in Russian.
 * The start page imports them from here rather than from src/knowledge, so that the page can be drawn and made
 * interactive without loading the whole knowledge base, which the interview loads when it begins. The English
 * module is in the first load; another language's is loaded when a person reads that language.
 */
import type { Plugin } from 'vite';
import { type Knowledge, knowledge, readableIn } from '../../src/knowledge/index.ts';
import { isLanguage } from '../../src/messages/index.ts';
import { emergencyKnowledgeOf } from '../src/emergency-knowledge.ts';

export const KNOWLEDGE_FACTS = 'virtual:numbcheck/knowledge-facts';
/** Vite's convention for a module that is not a file: the leading NUL keeps other plugins off it. */
const RESOLVED = `\0${KNOWLEDGE_FACTS}`;

/** The module's source: read from the knowledge each time it is built, so that it cannot fall out of step. */
export function knowledgeFactsSource(facts: Knowledge = knowledge): string {
  return [
    `export const version = ${JSON.stringify(facts.version)};`,
    `export const notice = ${JSON.stringify(facts.notice)};`,
    `export const emergencyKnowledge = ${JSON.stringify(emergencyKnowledgeOf(facts))};`,
    '',
  ].join('\n');
}

export function knowledgeFacts(): Plugin {
  return {
    name: 'numbcheck:knowledge-facts',
    resolveId(source) {
      return source === KNOWLEDGE_FACTS || source.startsWith(`${KNOWLEDGE_FACTS}/`) ? `\0${source}` : null;
    },
    load(id) {
      if (id === RESOLVED) return knowledgeFactsSource();
      if (!id.startsWith(`${RESOLVED}/`)) return null;
      const language = id.slice(RESOLVED.length + 1);
      if (!isLanguage(language)) throw new Error(`knowledge-facts: numbcheck does not speak "${language}"`);
      return knowledgeFactsSource(readableIn(language).knowledge);
    },
  };
}
