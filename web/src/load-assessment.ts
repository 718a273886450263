/** The assessment's code (web/src/assessment.ts), loaded on first use: the knowledge base is most of its size. */
export type AssessmentModule = typeof import('./assessment.ts');

export function loadAssessment(): Promise<AssessmentModule> {
  return import('./assessment.ts');
}
