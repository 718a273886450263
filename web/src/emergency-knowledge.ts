import type { EmergencyKindId, Knowledge } from '../../src/knowledge/index.ts';

/**
 * What the emergency page reads of the knowledge base when there is no assessment: the emergency level, the kinds of
 * emergency with their steps, and the sources they cite.
 */
export type EmergencyKnowledge = Pick<Knowledge, 'emergencyKinds' | 'sources' | 'notice' | 'version'> & {
  levels: Pick<Knowledge['levels'], 'emergency'>;
};

/** The emergencies the page without an assessment explains in full: stroke and heart attack, the commonest. */
export const OPEN_KINDS: readonly EmergencyKindId[] = ['stroke', 'heart'];

/**
 * The part of the knowledge base the emergency page needs without an assessment: the emergency level, the kinds of
 * emergency and the sources they cite. Small enough to ship with the start page, so that "Emergency?" opens at once,
 * even when the rest of the app cannot be loaded.
 */
export function emergencyKnowledgeOf(knowledge: Knowledge): EmergencyKnowledge {
  const levels = { emergency: knowledge.levels.emergency };
  const emergencyKinds = knowledge.emergencyKinds;
  const cited = new Set([
    ...levels.emergency.now.flatMap((item) => item.sources),
    ...emergencyKinds.flatMap((kind) => [
      ...kind.signs.sources,
      ...[...kind.now, ...kind.tell, ...kind.wait].flatMap((step) => step.sources),
    ]),
  ]);
  return {
    levels,
    emergencyKinds,
    sources: knowledge.sources.filter((source) => cited.has(source.id)),
    notice: knowledge.notice,
    version: knowledge.version,
  };
}
