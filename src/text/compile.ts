/**
 * A lexicon compiled for matching: every pattern parsed once, indexed by the words it can start with, and the
 * word normaliser (spellings, folding, one-edit misspellings) with its cache. Compiled once per lexicon object.
 */

import type {
  Cue,
  FindingEntry,
  Lexicon,
  PersonEntry,
  PlaceEntry,
  PlaceModifier,
  TimeEntry,
} from './lexicon/schema.ts';
import { compilePattern, type Element, expandMacros, firstOf, PatternError } from './pattern.ts';
import { type Token, type Tokenizer, tokenRegex } from './tokenize.ts';

/** What a pattern belongs to: the layer it is resolved in, and its entry. */
export type Owner =
  | { layer: 'finding'; entry: FindingEntry; order: number }
  | { layer: 'cue'; cue: Cue }
  | { layer: 'place'; place: PlaceEntry }
  | { layer: 'modifier'; modifier: PlaceModifier }
  | { layer: 'body' }
  | { layer: 'sensation' }
  | { layer: 'context'; name: string }
  | { layer: 'time'; time: TimeEntry }
  | { layer: 'person'; person: PersonEntry };

export interface CompiledPattern {
  elements: Element[];
  owner: Owner;
  /** The pattern as written, for messages. */
  source: string;
}

interface NumberPhrase {
  words: string[];
  value: number;
}

export interface CompiledLexicon extends Tokenizer {
  lexicon: Lexicon;
  patterns: CompiledPattern[];
  /** Single words that end every scope and that gaps may not cross ("but", "however"). */
  terminatorWords: ReadonlySet<string>;
  /** The patterns that can start at a token with this normalised word. */
  candidates(word: string): readonly CompiledPattern[];
  /** The numbers that start at token `index`: digits, number words, "sixty four", "a couple of". */
  numbersAt(tokens: readonly Token[], index: number): { value: number; next: number }[];
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();
/** Caches of normalised words and candidate lists are cleared past this size, so a long-running server stays small. */
const MAX_CACHE = 20_000;

/** Damerau–Levenshtein distance of at most one (one insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function ownersOf(lexicon: Lexicon): { owner: Owner; patterns: readonly string[] }[] {
  return [
    ...lexicon.findings.map((entry, order) => ({
      owner: { layer: 'finding', entry, order } satisfies Owner,
      patterns: entry.patterns,
    })),
    ...lexicon.cues.map((cue) => ({ owner: { layer: 'cue', cue } satisfies Owner, patterns: cue.patterns })),
    ...lexicon.places.map((place) => ({
      owner: { layer: 'place', place } satisfies Owner,
      patterns: place.patterns,
    })),
    ...lexicon.modifiers.map((modifier) => ({
      owner: { layer: 'modifier', modifier } satisfies Owner,
      patterns: modifier.patterns,
    })),
    { owner: { layer: 'body' }, patterns: lexicon.otherBody },
    { owner: { layer: 'sensation' }, patterns: lexicon.sensations },
    ...Object.entries(lexicon.contexts).map(([name, patterns]) => ({
      owner: { layer: 'context', name } satisfies Owner,
      patterns,
    })),
    ...lexicon.times.map((time) => ({
      owner: { layer: 'time', time } satisfies Owner,
      patterns: time.patterns,
    })),
    ...lexicon.people.map((person) => ({
      owner: { layer: 'person', person } satisfies Owner,
      patterns: person.patterns,
    })),
  ];
}

/** Compiles a lexicon, or returns the compiled form made before for the same lexicon object. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;

  const foldWord = (word: string): string => {
    let out = word.toLowerCase();
    for (const mark of lexicon.apostrophes) out = out.replaceAll(mark, '');
    for (const [from, to] of Object.entries(lexicon.fold)) out = out.replaceAll(from, to);
    return out;
  };

  const patterns: CompiledPattern[] = [];
  for (const { owner, patterns: sources } of ownersOf(lexicon)) {
    for (const source of sources) {
      for (const expanded of expandMacros(source, lexicon.macros)) {
        patterns.push({ elements: compilePattern(expanded, foldWord), owner, source });
      }
    }
  }

  const byWord = new Map<string, CompiledPattern[]>();
  const byPrefix: { prefix: string; pattern: CompiledPattern }[] = [];
  const byNumber: CompiledPattern[] = [];
  const vocabulary = new Set<string>();
  const prefixes = new Set<string>();
  for (const pattern of patterns) {
    const first = firstOf(pattern.elements);
    for (const word of new Set(first.words)) {
      const list = byWord.get(word) ?? [];
      list.push(pattern);
      byWord.set(word, list);
    }
    for (const prefix of new Set(first.prefixes)) byPrefix.push({ prefix, pattern });
    if (first.number) byNumber.push(pattern);
    for (const element of pattern.elements) {
      if (element.kind !== 'word' && element.kind !== 'not') continue;
      for (const word of element.alts.exact) vocabulary.add(word);
      for (const prefix of element.alts.prefixes) prefixes.add(prefix);
    }
  }

  const numberWords = new Map<string, number>();
  const numberPhrases = new Map<string, NumberPhrase[]>();
  for (const [phrase, value] of Object.entries(lexicon.numbers)) {
    const words = phrase.split(/\s+/).map(foldWord);
    const [head] = words;
    if (head === undefined) continue;
    for (const word of words) vocabulary.add(word);
    if (words.length === 1) numberWords.set(head, value);
    else numberPhrases.set(head, [...(numberPhrases.get(head) ?? []), { words, value }]);
  }
  const fuzzyTargets = lexicon.fuzzy.targets.map(foldWord);
  for (const word of fuzzyTargets) vocabulary.add(word);
  const spellings = new Map(
    Object.entries(lexicon.spellings).map(([from, to]) => [foldWord(from), foldWord(to)]),
  );
  for (const to of spellings.values()) vocabulary.add(to);
  const prefixList = [...prefixes];

  const known = (word: string): boolean =>
    vocabulary.has(word) || /^\d/.test(word) || prefixList.some((prefix) => word.startsWith(prefix));

  const normCache = new Map<string, string>();
  const normalise = (raw: string): string => {
    const hit = normCache.get(raw);
    if (hit !== undefined) return hit;
    let word = foldWord(raw);
    word = spellings.get(word) ?? word;
    // A possessive, an "is" or a plural ("neck's", "mums", "someones") is its noun, when only the noun is known.
    if (word.length > 3 && word.endsWith('s') && !known(word) && known(word.slice(0, -1)))
      word = word.slice(0, -1);
    if (word.length >= lexicon.fuzzy.minLength && !known(word)) {
      // Typing slips keep the first letter; a word that differs there is usually another word ("dripping" is not
      // "tripping").
      const near = fuzzyTargets.filter((target) => target[0] === word[0] && withinOneEdit(word, target));
      const [only] = near;
      if (only !== undefined && near.length === 1) word = only;
    }
    if (normCache.size >= MAX_CACHE) normCache.clear();
    normCache.set(raw, word);
    return word;
  };

  const isNumberStart = (word: string): boolean =>
    /^\d/.test(word) || numberWords.has(word) || numberPhrases.has(word);

  const candidateCache = new Map<string, CompiledPattern[]>();
  const candidates = (word: string): readonly CompiledPattern[] => {
    const hit = candidateCache.get(word);
    if (hit !== undefined) return hit;
    const list = [...(byWord.get(word) ?? [])];
    for (const { prefix, pattern } of byPrefix) if (word.startsWith(prefix)) list.push(pattern);
    if (isNumberStart(word)) list.push(...byNumber);
    const unique = [...new Set(list)];
    if (candidateCache.size >= MAX_CACHE) candidateCache.clear();
    candidateCache.set(word, unique);
    return unique;
  };

  const wordAt = (tokens: readonly Token[], index: number): string | undefined => {
    const token = tokens[index];
    return token?.kind === 'word' ? token.norm : undefined;
  };

  const numbersAt = (tokens: readonly Token[], index: number): { value: number; next: number }[] => {
    const word = wordAt(tokens, index);
    if (word === undefined) return [];
    const found: { value: number; next: number }[] = [];
    if (/^\d+([.,]\d+)?$/.test(word)) found.push({ value: Number(word.replace(',', '.')), next: index + 1 });
    const single = numberWords.get(word);
    if (single !== undefined) {
      found.push({ value: single, next: index + 1 });
      // "sixty four": a round ten followed by a unit adds up, in English and Russian alike.
      const unit = numberWords.get(wordAt(tokens, index + 1) ?? '');
      if (single >= 20 && single < 100 && single % 10 === 0 && unit !== undefined && unit >= 1 && unit <= 9) {
        found.push({ value: single + unit, next: index + 2 });
      }
    }
    for (const phrase of numberPhrases.get(word) ?? []) {
      if (phrase.words.every((w, i) => wordAt(tokens, index + i) === w)) {
        found.push({ value: phrase.value, next: index + phrase.words.length });
      }
    }
    return found;
  };

  const terminatorWords = new Set<string>();
  for (const cue of lexicon.cues) {
    if (cue.kind !== 'terminator') continue;
    for (const source of cue.patterns) {
      for (const expanded of expandMacros(source, lexicon.macros)) {
        const [element, ...rest] = compilePattern(expanded, foldWord);
        if (rest.length === 0 && element?.kind === 'word')
          for (const w of element.alts.exact) terminatorWords.add(w);
      }
    }
  }

  const compiled: CompiledLexicon = {
    lexicon,
    patterns,
    regex: tokenRegex(lexicon.letters, lexicon.apostrophes),
    normalise,
    terminatorWords,
    candidates,
    numbersAt,
  };
  cache.set(lexicon, compiled);
  return compiled;
}

/** Checks that every pattern of a lexicon compiles; returns the problems, for the lexicon's tests. */
export function lexiconProblems(lexicon: Lexicon): string[] {
  const problems: string[] = [];
  for (const { patterns } of ownersOf(lexicon)) {
    for (const source of patterns) {
      try {
        for (const expanded of expandMacros(source, lexicon.macros)) compilePattern(expanded, (w) => w);
      } catch (error) {
        problems.push(error instanceof PatternError ? error.message : String(error));
      }
    }
  }
  return problems;
}
