/** The intake's code, loaded on first use: the parser's lexicon is most of its size, and most people never need it. */
export type IntakeModule = typeof import('./index.tsx');

export function loadIntake(): Promise<IntakeModule> {
  return import('./index.tsx');
}
