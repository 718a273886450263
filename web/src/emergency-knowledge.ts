import type { Knowledge } from '../../src/knowledge/index.ts';

/** What the emergency page reads of the knowledge base when there is no assessment: its guidance, rules and sources. */
export type EmergencyKnowledge = Pick<Knowledge, 'levels' | 'rules' | 'sources' | 'notice' | 'version'>;

/** The emergencies the page without an assessment explains: stroke and heart attack, the commonest. */
export const GENERAL_RULES: readonly string[] = ['stroke_signs', 'chest_pain'];

/**
 * The part of the knowledge base the emergency page needs without an assessment: the emergency level, the general
 * rules and the sources they cite. Small enough to ship with the start page, so that "Emergency?" opens at once,
 * even when the rest of the app cannot be loaded.
 */
export function emergencyKnowledgeOf(knowledge: Knowledge): EmergencyKnowledge {
  const levels = knowledge.levels.filter((level) => level.level === 'emergency');
  const rules = knowledge.rules.filter((rule) => GENERAL_RULES.includes(rule.id));
  const cited = new Set([
    ...levels.flatMap((level) => level.now.flatMap((item) => item.sources)),
    ...rules.flatMap((rule) => rule.sources),
  ]);
  return {
    levels,
    rules,
    sources: knowledge.sources.filter((source) => cited.has(source.id)),
    notice: knowledge.notice,
    version: knowledge.version,
  };
}
