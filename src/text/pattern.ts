/**
 * The phrase pattern language of the lexicons (see `lexicon/schema.ts`): compiling a pattern string into elements,
 * and matching elements against tokens. Language-independent.
 */

import type { Token } from './tokenize.ts';

/**
 * Words an element accepts: words compared by their normalised form (their stem, in a lexicon with a stemmer), words
 * compared by the form written (`=рука`), words starting with a prefix (`tingl*`) or ending with a suffix (`*лась`).
 * Forms, prefixes and suffixes are compared with the word as read, before stemming.
 */
export interface Alternatives {
  exact: ReadonlySet<string>;
  forms: ReadonlySet<string>;
  prefixes: readonly string[];
  suffixes: readonly string[];
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

/**
 * Replaces a group of alternative phrases, `{pins and needles|tingl*|numb}`, by one pattern per phrase; its single
 * words stay together as one alternative (`tingl*|numb`).
 */
function expandGroups(pattern: string): string[] {
  const group = /\{([^{}]*)\}/.exec(pattern);
  if (group === null) return [pattern];
  const options = (group[1] ?? '').split('|').map((option) => option.trim());
  if (options.some((option) => option === '')) throw new PatternError(pattern, 'empty phrase in a {…} group');
  const single = options.filter((option) => /^[^\s?[\]#@!{}]+$/.test(option));
  const phrases = [
    ...(single.length > 0 ? [single.join('|')] : []),
    ...options.filter((o) => !single.includes(o)),
  ];
  const before = pattern.slice(0, group.index);
  const after = pattern.slice(group.index + group[0].length);
  return phrases.flatMap((phrase) => expandGroups(`${before}${phrase}${after}`));
}

/**
 * Expands `{…|…}` groups, then replaces each `@NAME` chunk by each of the macro's phrases, giving one pattern per
 * combination.
 */
export function expandMacros(pattern: string, macros: Readonly<Record<string, readonly string[]>>): string[] {
  if (pattern.includes('{')) return expandGroups(pattern).flatMap((one) => expandMacros(one, macros));
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

function alternatives(
  text: string,
  normalise: (word: string) => string,
  stem: (word: string) => string,
  pattern: string,
): Alternatives {
  const exact = new Set<string>();
  const forms = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (const alt of text.split('|')) {
    const body = alt.replace(/^[=*]/, '').replace(/\*$/, '');
    if (body === '' || body.includes('*') || body.includes('='))
      throw new PatternError(pattern, `malformed alternative "${alt}" in "${text}"`);
    if (alt.startsWith('=')) forms.add(normalise(body));
    else if (alt.startsWith('*')) suffixes.push(normalise(body));
    else if (alt.endsWith('*')) prefixes.push(normalise(body));
    else exact.add(stem(normalise(body)));
  }
  return { exact, forms, prefixes, suffixes };
}

/**
 * Compiles one pattern (after macro expansion) into elements. `normalise` folds a word as the tokeniser does; `stem`
 * then reduces a plain word to the form tokens are compared by (the word itself in a lexicon without a stemmer).
 */
export function compilePattern(
  pattern: string,
  normalise: (word: string) => string,
  stem: (word: string) => string = (word) => word,
): Element[] {
  const elements: Element[] = [];
  for (const chunk of pattern.split(' ')) {
    const gap = /^\[(\d+)\]$/.exec(chunk);
    if (gap) {
      elements.push({ kind: 'gap', max: Number(gap[1]) });
      continue;
    }
    if (chunk.startsWith('!')) {
      elements.push({ kind: 'not', alts: alternatives(chunk.slice(1), normalise, stem, pattern) });
      continue;
    }
    const optional = chunk.length > 1 && chunk.endsWith('?');
    const body = optional ? chunk.slice(0, -1) : chunk;
    if (body === '#') elements.push({ kind: 'number', optional });
    else elements.push({ kind: 'word', alts: alternatives(body, normalise, stem, pattern), optional });
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

/** Whether a word, read as `word` and normalised to `norm`, is one of the alternatives. */
export function accepts(alts: Alternatives, norm: string, word: string = norm): boolean {
  if (alts.exact.has(norm) || alts.forms.has(word)) return true;
  for (const prefix of alts.prefixes) if (word.startsWith(prefix)) return true;
  for (const suffix of alts.suffixes) if (word.endsWith(suffix)) return true;
  return false;
}

/** The words, forms, prefixes and suffixes a pattern can start with, and whether it can start with a number. */
export function firstOf(elements: readonly Element[]): {
  words: string[];
  forms: string[];
  prefixes: string[];
  suffixes: string[];
  number: boolean;
} {
  const words: string[] = [];
  const forms: string[] = [];
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  let number = false;
  for (const element of elements) {
    if (element.kind === 'not') continue;
    if (element.kind === 'gap') break;
    if (element.kind === 'number') number = true;
    else {
      words.push(...element.alts.exact);
      forms.push(...element.alts.forms);
      prefixes.push(...element.alts.prefixes);
      suffixes.push(...element.alts.suffixes);
    }
    if (!element.optional) break;
  }
  return { words, forms, prefixes, suffixes, number };
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
      if (token?.kind === 'word' && accepts(element.alts, token.norm, token.word)) {
        literals.push(t);
        best = matchFrom(elements, e + 1, t + 1, context, literals, value, start);
        literals.pop();
      }
      if (element.optional)
        best = longer(best, matchFrom(elements, e + 1, t, context, literals, value, start));
      return best;
    }
    case 'not':
      if (token?.kind === 'word' && accepts(element.alts, token.norm, token.word)) return null;
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
