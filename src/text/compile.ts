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

/** A lexicon's word lists, each word normalised and stemmed as tokens are, for comparing with `Token.norm`. */
export interface WordSets {
  connectors: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  self: ReadonlySet<string>;
  fingerNouns: ReadonlySet<string>;
  startWords: ReadonlySet<string>;
  partOf: ReadonlySet<string>;
  anaphors: ReadonlySet<string>;
  sinceWords: ReadonlySet<string>;
  fillers: ReadonlySet<string>;
  female: ReadonlySet<string>;
  male: ReadonlySet<string>;
}

export interface CompiledLexicon extends Tokenizer {
  lexicon: Lexicon;
  patterns: CompiledPattern[];
  /** Single words that end every scope and that gaps may not cross ("but", "however"). */
  terminatorWords: ReadonlySet<string>;
  words: WordSets;
  /** Lower-cases a word and folds its letters, with no correction or stemming. */
  fold(word: string): string;
  /** The third-person words of a text about someone else, by `Token.norm`, and the word each is read as. */
  pronouns: ReadonlyMap<string, string>;
  /** The patterns that can start at a token: its normalised form (`norm`) and the word as read. */
  candidates(norm: string, word?: string): readonly CompiledPattern[];
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
  const stemCache = new Map<string, string>();
  const stemmer = lexicon.stem;
  const stem =
    stemmer === undefined
      ? (word: string): string => word
      : (word: string): string => {
          const hit = stemCache.get(word);
          if (hit !== undefined) return hit;
          const out = stemmer(word);
          if (stemCache.size >= MAX_CACHE) stemCache.clear();
          stemCache.set(word, out);
          return out;
        };
  /** A word of a word list, as tokens are compared with it. */
  const listWord = (word: string): string => stem(foldWord(word));

  const patterns: CompiledPattern[] = [];
  for (const { owner, patterns: sources } of ownersOf(lexicon)) {
    for (const source of sources) {
      for (const expanded of expandMacros(source, lexicon.macros)) {
        patterns.push({ elements: compilePattern(expanded, foldWord, stem), owner, source });
      }
    }
  }

  const byWord = new Map<string, CompiledPattern[]>();
  const byForm = new Map<string, CompiledPattern[]>();
  const byPrefix: { prefix: string; pattern: CompiledPattern }[] = [];
  const bySuffix: { suffix: string; pattern: CompiledPattern }[] = [];
  const byNumber: CompiledPattern[] = [];
  const vocabulary = new Set<string>();
  const forms = new Set<string>();
  const prefixes = new Set<string>();
  const index = (map: Map<string, CompiledPattern[]>, key: string, pattern: CompiledPattern): void => {
    const list = map.get(key) ?? [];
    list.push(pattern);
    map.set(key, list);
  };
  for (const pattern of patterns) {
    const first = firstOf(pattern.elements);
    for (const word of new Set(first.words)) index(byWord, word, pattern);
    for (const form of new Set(first.forms)) index(byForm, form, pattern);
    for (const prefix of new Set(first.prefixes)) byPrefix.push({ prefix, pattern });
    for (const suffix of new Set(first.suffixes)) bySuffix.push({ suffix, pattern });
    if (first.number) byNumber.push(pattern);
    for (const element of pattern.elements) {
      if (element.kind !== 'word' && element.kind !== 'not') continue;
      for (const word of element.alts.exact) vocabulary.add(word);
      for (const form of element.alts.forms) forms.add(form);
      for (const prefix of element.alts.prefixes) prefixes.add(prefix);
    }
  }

  // Number words are a closed list of forms ("две", "двух"): compared as read, never stemmed.
  const numberWords = new Map<string, number>();
  const numberPhrases = new Map<string, NumberPhrase[]>();
  for (const [phrase, value] of Object.entries(lexicon.numbers)) {
    const words = phrase.split(/\s+/).map(foldWord);
    const [head] = words;
    if (head === undefined) continue;
    for (const word of words) forms.add(word);
    if (words.length === 1) numberWords.set(head, value);
    else numberPhrases.set(head, [...(numberPhrases.get(head) ?? []), { words, value }]);
  }
  // One-edit corrections compare stems, so that any inflection of a misspelt word is corrected ("онимели" →
  // "онемели"); without a stemmer a stem is the word itself.
  const fuzzyTargets = [...new Set(lexicon.fuzzy.targets.map((target) => stem(foldWord(target))))];
  for (const target of fuzzyTargets) vocabulary.add(target);
  const spellings = new Map(
    Object.entries(lexicon.spellings).map(([from, to]) => [foldWord(from), foldWord(to)]),
  );
  for (const to of spellings.values()) {
    vocabulary.add(stem(to));
    forms.add(to);
  }
  const prefixList = [...prefixes];

  const known = (word: string): boolean =>
    vocabulary.has(stem(word)) ||
    forms.has(word) ||
    /^\d/.test(word) ||
    prefixList.some((prefix) => word.startsWith(prefix));

  const normCache = new Map<string, string>();
  const normalise = (raw: string): string => {
    const hit = normCache.get(raw);
    if (hit !== undefined) return hit;
    let word = foldWord(raw);
    word = spellings.get(word) ?? word;
    // A possessive, an "is" or a plural ("neck's", "mums", "someones") is its noun, when only the noun is known.
    if (word.length > 3 && word.endsWith('s') && !known(word) && known(word.slice(0, -1)))
      word = word.slice(0, -1);
    const wordStem = stem(word);
    if (
      word.length >= lexicon.fuzzy.minLength &&
      wordStem.length >= lexicon.fuzzy.minLength &&
      !known(word)
    ) {
      // Typing slips keep the first letter; a word that differs there is usually another word ("dripping" is not
      // "tripping").
      const near = fuzzyTargets.filter(
        (target) => target[0] === wordStem[0] && withinOneEdit(wordStem, target),
      );
      const [only] = near;
      // The corrected stem keeps the word's own ending.
      if (only !== undefined && near.length === 1 && word.startsWith(wordStem))
        word = only + word.slice(wordStem.length);
    }
    if (normCache.size >= MAX_CACHE) normCache.clear();
    normCache.set(raw, word);
    return word;
  };

  const isNumberStart = (word: string): boolean =>
    /^\d/.test(word) || numberWords.has(word) || numberPhrases.has(word);

  const candidateCache = new Map<string, CompiledPattern[]>();
  const candidates = (norm: string, word: string = norm): readonly CompiledPattern[] => {
    const key = norm === word ? word : `${norm}\u0000${word}`;
    const hit = candidateCache.get(key);
    if (hit !== undefined) return hit;
    const list = [...(byWord.get(norm) ?? []), ...(byForm.get(word) ?? [])];
    for (const { prefix, pattern } of byPrefix) if (word.startsWith(prefix)) list.push(pattern);
    for (const { suffix, pattern } of bySuffix) if (word.endsWith(suffix)) list.push(pattern);
    if (isNumberStart(word)) list.push(...byNumber);
    const unique = [...new Set(list)];
    if (candidateCache.size >= MAX_CACHE) candidateCache.clear();
    candidateCache.set(key, unique);
    return unique;
  };

  const wordAt = (tokens: readonly Token[], index: number): string | undefined => {
    const token = tokens[index];
    return token?.kind === 'word' ? token.word : undefined;
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
        const [element, ...rest] = compilePattern(expanded, foldWord, stem);
        if (rest.length === 0 && element?.kind === 'word')
          for (const w of element.alts.exact) terminatorWords.add(w);
      }
    }
  }

  const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(listWord));
  const words: WordSets = {
    connectors: set(lexicon.connectors),
    subordinators: set(lexicon.subordinators),
    self: set(lexicon.self),
    fingerNouns: set(lexicon.fingerNouns),
    startWords: set(lexicon.startWords),
    partOf: set(lexicon.partOf),
    anaphors: set(lexicon.anaphors),
    sinceWords: set(lexicon.sinceWords),
    fillers: set(lexicon.fillers),
    female: set(lexicon.proxy.female),
    male: set(lexicon.proxy.male),
  };
  const pronouns = new Map(
    Object.entries(lexicon.proxy.pronouns).map(([from, to]) => [listWord(from), foldWord(to)]),
  );

  const compiled: CompiledLexicon = {
    lexicon,
    patterns,
    regex: tokenRegex(lexicon.letters, lexicon.apostrophes),
    normalise,
    stem,
    fold: foldWord,
    and: foldWord(lexicon.connectors[0] ?? 'and'),
    terminatorWords,
    words,
    pronouns,
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
