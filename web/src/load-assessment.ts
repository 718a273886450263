import { loadLanguage, loadWith } from './language.ts';

/** The assessment's code (web/src/assessment.ts), loaded on first use: the knowledge base is most of its size. */
export type AssessmentModule = typeof import('./assessment.ts');

/**
 * Loads the assessment with the words it is drawn in: the catalog of the language the app speaks and the knowledge
 * in that language, so that no screen of it can show a word before its language has arrived.
 */
export async function loadAssessment(): Promise<AssessmentModule> {
  const [assessment] = await Promise.all([import('./assessment.ts'), loadLanguage()]);
  await loadWith(assessment.loadKnowledgeWords);
  return assessment;
}
