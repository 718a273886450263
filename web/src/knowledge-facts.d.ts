// The modules web/build/knowledge-facts.ts writes at build time: what the start page needs of the knowledge base,
// in English and, loaded when chosen, in Russian.
declare module 'virtual:numbcheck/knowledge-facts' {
  /** The knowledge base's version, as every result reports it. */
  export const version: string;
  /** "numbcheck gives information, not a diagnosis…", as the knowledge base words it. */
  export const notice: string;
  /** The emergency page's guidance, kinds of emergency and their sources (web/src/emergency-knowledge.ts). */
  export const emergencyKnowledge: import('./emergency-knowledge.ts').EmergencyKnowledge;
}
declare module 'virtual:numbcheck/knowledge-facts/ru' {
  export const version: string;
  export const notice: string;
  export const emergencyKnowledge: import('./emergency-knowledge.ts').EmergencyKnowledge;
}
