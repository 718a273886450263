/**
 * The phrase pattern language of the lexicons (see `lexicon/schema.ts`): compiling a pattern string into elements,
 * and matching elements against tokens. Language-independent.
 */

import type { Token } from './tokenize.ts';

/** Words an element accepts: exact words, or words starting with a prefix. */
export interface Alternatives {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

export type Element =
  | { kind: 'word'; alts: Alternatives; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'number'; optional: boolean }
  | { kind: 'not'; alts: Alternatives };

/** Where a pattern matched: the token after its last element, the tokens its words matched, and its number. */
export interface Match {
  start: number;
  end: number;
  /** The tokens matched by words (not by gaps): only these are "used up" by the phrase. */
  literals: number[];
  value: number | undefined;
}

/** What the matcher needs to know about the tokens beyond the tokens themselves. */
export interface MatchContext {
  tokens: readonly Token[];
  /** Tokens a gap may not cross: sentence ends and clause breaks ("but"). */
  barrier: readonly boolean[];
  /** The numbers that start at a token: their value and the token after them. */
  numberAt(index: number): readonly { value: number; next: number }[];
}

export class PatternError extends Error {
  constructor(pattern: string, problem: string) {
    super(`lexicon pattern "${pattern}": ${problem}`);
    this.name = 'PatternError';
  }
}

/** Replaces each `@NAME` chunk by each of the macro's phrases, giving one pattern per combination. */
export function expandMacros(pattern: string, macros: Readonly<Record<string, readonly string[]>>): string[] {
  const chunks = pattern.trim().split(/\s+/);
  const at = chunks.findIndex((chunk) => chunk.startsWith('@'));
  if (at === -1) return [chunks.join(' ')];
  const chunk = chunks[at] ?? '';
  const optional = chunk.endsWith('?');
  const name = chunk.slice(1, optional ? -1 : undefined);
  const phrases = macros[name];
  if (phrases === undefined) throw new PatternError(pattern, `there is no macro @${name}`);
  const before = chunks.slice(0, at).join(' ');
  const after = chunks.slice(at + 1).join(' ');
  const options = optional ? [...phrases, ''] : phrases;
  return options.flatMap((phrase) =>
    expandMacros([before, phrase, after].filter((part) => part !== '').join(' '), macros),
  );
}

function alternatives(text: string, normalise: (word: string) => string, pattern: string): Alternatives {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of text.split('|')) {
    if (alt === '') throw new PatternError(pattern, `empty alternative in "${text}"`);
    if (alt.endsWith('*')) prefixes.push(normalise(alt.slice(0, -1)));
    else exact.add(normalise(alt));
  }
  return { exact, prefixes };
}

/** Compiles one pattern (after macro expansion) into elements. */
export function compilePattern(pattern: string, normalise: (word: string) => string): Element[] {
  const elements: Element[] = [];
  for (const chunk of pattern.split(' ')) {
    const gap = /^\[(\d+)\]$/.exec(chunk);
    if (gap) {
      elements.push({ kind: 'gap', max: Number(gap[1]) });
      continue;
    }
    if (chunk.startsWith('!')) {
      elements.push({ kind: 'not', alts: alternatives(chunk.slice(1), normalise, pattern) });
      continue;
    }
    const optional = chunk.length > 1 && chunk.endsWith('?');
    const body = optional ? chunk.slice(0, -1) : chunk;
    if (body === '#') elements.push({ kind: 'number', optional });
    else elements.push({ kind: 'word', alts: alternatives(body, normalise, pattern), optional });
  }
  const first = elements.find((e) => e.kind !== 'not');
  if (!first || first.kind === 'gap')
    throw new PatternError(pattern, 'it must start with a word or a number');
  if (elements.at(-1)?.kind === 'gap') throw new PatternError(pattern, 'it must not end with a gap');
  if (elements.every((e) => e.kind === 'gap' || e.kind === 'not' || e.optional)) {
    throw new PatternError(pattern, 'it must have at least one word that is not optional');
  }
  return elements;
}

export function accepts(alts: Alternatives, word: string): boolean {
  if (alts.exact.has(word)) return true;
  for (const prefix of alts.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

/** The words and prefixes a pattern can start with, and whether it can start with a number. */
export function firstOf(elements: readonly Element[]): {
  words: string[];
  prefixes: string[];
  number: boolean;
} {
  const words: string[] = [];
  const prefixes: string[] = [];
  let number = false;
  for (const element of elements) {
    if (element.kind === 'not') continue;
    if (element.kind === 'gap') break;
    if (element.kind === 'number') number = true;
    else {
      words.push(...element.alts.exact);
      prefixes.push(...element.alts.prefixes);
    }
    if (!element.optional) break;
  }
  return { words, prefixes, number };
}

function longer(a: Match | null, b: Match | null): Match | null {
  if (a === null) return b;
  if (b === null) return a;
  if (b.end !== a.end) return b.end > a.end ? b : a;
  return b.literals.length > a.literals.length ? b : a;
}

function matchFrom(
  elements: readonly Element[],
  e: number,
  t: number,
  context: MatchContext,
  literals: number[],
  value: number | undefined,
  start: number,
): Match | null {
  const element = elements[e];
  if (element === undefined) return { start, end: t, literals: [...literals], value };
  const token = context.tokens[t];
  switch (element.kind) {
    case 'word': {
      let best: Match | null = null;
      if (token?.kind === 'word' && accepts(element.alts, token.norm)) {
        literals.push(t);
        best = matchFrom(elements, e + 1, t + 1, context, literals, value, start);
        literals.pop();
      }
      if (element.optional)
        best = longer(best, matchFrom(elements, e + 1, t, context, literals, value, start));
      return best;
    }
    case 'not':
      if (token?.kind === 'word' && accepts(element.alts, token.norm)) return null;
      return matchFrom(elements, e + 1, t, context, literals, value, start);
    case 'gap': {
      // A gap counts words only: a comma or a bracket in the middle ("my arm (right) is swollen") is free.
      let best = matchFrom(elements, e + 1, t, context, literals, value, start);
      let words = 0;
      for (let next = t; next < context.tokens.length && !context.barrier[next]; next++) {
        if (context.tokens[next]?.kind === 'word' && ++words > element.max) break;
        best = longer(best, matchFrom(elements, e + 1, next + 1, context, literals, value, start));
      }
      return best;
    }
    case 'number': {
      let best: Match | null = null;
      for (const number of context.numberAt(t)) {
        for (let i = t; i < number.next; i++) literals.push(i);
        best = longer(
          best,
          matchFrom(elements, e + 1, number.next, context, literals, value ?? number.value, start),
        );
        literals.length -= number.next - t;
      }
      if (element.optional)
        best = longer(best, matchFrom(elements, e + 1, t, context, literals, value, start));
      return best;
    }
  }
}

/** The longest match of a pattern starting at token `start`, or null. */
export function matchAt(elements: readonly Element[], start: number, context: MatchContext): Match | null {
  const match = matchFrom(elements, 0, start, context, [], undefined, start);
  const first = match?.literals[0];
  return match === null || first === undefined ? null : { ...match, start: first };
}
