/**
 * The red-flag matrix (examples/red-flags.json): each red flag of hand and arm numbness with the rule that carries
 * it and the ways to meet it, in answers and in people's own words. The tests and docs/red-flags.md read it here.
 */
import { readFileSync } from 'node:fs';
import type { Answers } from '../engine/index.ts';
import { knowledge as defaultKnowledge, type Knowledge, type TriageRule } from '../knowledge/index.ts';

/** One red flag as the matrix states it. */
export interface RedFlag {
  /** The red flag in plain words. */
  flag: string;
  /** The id of the triage rule that carries it. */
  rule: string;
  /** The findings that make it, in the rule's terms. */
  findings: string[];
  /** Answers that meet it, and nothing else. */
  answers: Answers;
  /** People's own words that must reach the rule's level through text alone. */
  words: string[];
  /** Words that deny it: its findings must not all be read as present. */
  negated: string[];
}

export function loadRedFlags(): RedFlag[] {
  const file = new URL('../../examples/red-flags.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')).flags;
}

/** The rule a red flag names; throws when the knowledge has no such rule, so that the matrix cannot drift. */
export function ruleOf(flag: RedFlag, knowledge: Knowledge = defaultKnowledge): TriageRule {
  const rule = knowledge.rules.find((r) => r.id === flag.rule);
  if (!rule)
    throw new Error(`examples/red-flags.json: "${flag.flag}" names rule "${flag.rule}", which is not known`);
  return rule;
}
