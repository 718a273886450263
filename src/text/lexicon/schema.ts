/**
 * The shape of a free-text lexicon: everything language-specific that the intake needs, as data. The matcher in
 * `src/text/` holds no words of any language, so adding a language (Russian first) is a new file of this type.
 *
 * Phrases are written in a small pattern language, one string per phrase, tokens separated by spaces:
 * - `numb` a word; `numb|numbness` any of these words; `tingl*` any word starting with `tingl`;
 * - `my?` an optional word (also `my|the?`);
 * - `[3]` up to three words of any kind, not across a sentence end or a clause break such as "but";
 * - `#` a number, in digits or words ("64", "sixty four", "a few");
 * - `!finger*` the next word must not be this (it is not consumed): `ring !finger*` is a ring, not a ring finger;
 * - `@NAME` any phrase of the macro NAME (see `macros`); `@NAME?` the same, or nothing;
 * - `{pins and needles|tingl*}` any of these phrases, of one word or more.
 * Words are written as the tokeniser produces them: lower case, apostrophes dropped ("don't" is `dont`). Prefixes,
 * suffixes and `=` forms are compared with the word as read, never stemmed.
 */

import type { ArmRegion, HandRegion } from '../../engine/index.ts';

/** One phrase in the pattern language described above. */
export type Pattern = string;

/** What one mention says about a finding before negation and uncertainty are applied. */
export type MentionState = 'present' | 'absent' | 'unknown';

/** A finding a phrase sets, and in which state when nothing negates or hedges it (present by default). */
export interface FindingEffect {
  finding: string;
  state?: MentionState;
}

/**
 * Phrases that mean one or more findings. An entry with no findings is a blocker: it only stops other phrases
 * from matching inside it ("fell asleep" is not a fall).
 */
export interface FindingEntry {
  findings: (string | FindingEffect)[];
  patterns: Pattern[];
  /**
   * A topic rather than a symptom: it counts only when negated. "No chest symptoms" rules chest pain out; "chest"
   * alone says nothing.
   */
  onlyNegated?: boolean;
  /** A phrase that means something only with its `inContext` context ("my arm aches" when walking uphill). */
  onlyInContext?: boolean;
  /** The findings that a negation of this phrase rules out, when they differ from `findings`. */
  negates?: string[];
  /**
   * Findings whose overlapping, shorter mentions this phrase replaces, or `all`. "Short of breath climbing stairs"
   * replaces the "short of breath" inside it.
   */
  overrides?: string[] | 'all';
  /** Body words inside this phrase are a context, not where the numbness is ("arms above my head"). */
  context?: boolean;
  /**
   * A phrase whose meaning depends on when it happened, from the nearest time expression in the same sentence:
   * within `withinDays`, or undated, `findings` (or `undated`) apply; longer ago, `older` applies. "Broke my wrist
   * two days ago" is a recent injury, "two years ago" an old one.
   */
  timed?: {
    withinDays: number;
    older: FindingEffect[];
    undated?: FindingEffect[];
    /** Denying it without a date denies the older reading too: "I've never broken my arm". */
    negatesOlder?: boolean;
  };
  /**
   * A phrase whose meaning changes when the sentence also names a context from `contexts`: chest pain while
   * running is exertional chest pain. `findings` replace the entry's; `unknown` are reported as not settled.
   */
  inContext?: {
    context: string;
    findings: string[];
    unknown?: string[];
    /** Where the context must be said: in the same sentence (the default) or anywhere in the text. */
    scope?: 'sentence' | 'text';
    /** The note that says so, with `{words}` filled in; `messages.inContext` by default. */
    note?: string;
  };
  /** How strongly the phrase points to a choice answer (onset, pattern); 1 by default. */
  weight?: number;
}

/**
 * Words that change the meaning of mentions near them, in the NegEx and ConText tradition:
 * - `negation`: "no", "without", "don't have"; after the mention: "are normal";
 * - `uncertainty`: "maybe", "I think": danger signs read as present (and marked uncertain), others as unknown;
 * - `doubt`: "I don't think", "what if", "worried about": everything in scope is unknown;
 * - `experiencer`: "my mother has", "family history of": about someone else, dropped;
 * - `pseudo`: phrases that look like a cue and are not ("not only", "no doubt", "my wife says");
 * - `terminator`: ends every scope ("but", "however", "except").
 */
export type CueKind = 'negation' | 'uncertainty' | 'doubt' | 'experiencer' | 'pseudo' | 'terminator';

export interface Cue {
  kind: CueKind;
  /**
   * An experiencer cue of family history ("runs in the family"): about someone else even in a text written about
   * a relative's own numbness.
   */
  history?: boolean;
  /**
   * `before` (the default): the cue precedes what it modifies; `after`: it follows ("face and speech are normal");
   * `both`: it follows a mention just before it, or else precedes (Russian «нет»: «боли нет», «нет боли»).
   */
  direction?: 'before' | 'after' | 'both';
  patterns: Pattern[];
}

/** A place on the hand or arm, in the hand-map vocabulary of the engine. */
export interface PlaceEntry {
  patterns: Pattern[];
  palm?: HandRegion[];
  back?: HandRegion[];
  arm?: ArmRegion[];
  /** A whole hand or all the fingers: dropped for a side on which particular fingers are named. */
  general?: boolean;
  /** Plural ("hands", "fingers"): both sides, when no side is named. */
  plural?: boolean;
  /** The side the phrase itself names ("both hands"). */
  side?: 'left' | 'right' | 'both';
  /** Says where but marks nothing ("some fingers"): consumed so that its words mark nothing either. */
  vague?: boolean;
  /**
   * A finger named by an adjective alone ("ring", "little"): a place only when a finger noun follows, directly or
   * through a list ("ring and little finger"), so that "my ring" stays jewellery.
   */
  needsNoun?: boolean;
}

/** Words that qualify the place after them: a side ("my left"), or the back of the hand ("the back of"). */
export interface PlaceModifier {
  patterns: Pattern[];
  side?: 'left' | 'right' | 'both';
  surface?: 'palm' | 'back';
  /**
   * It may also follow its place, and then qualifies the place just before it («предплечье слева», «большой палец с
   * тыльной стороны»).
   */
  after?: boolean;
}

/**
 * A time expression. `ago`, `since` and `point` say when it started ("two days ago", "since Monday",
 * "yesterday"); `span` says how long ("for six weeks"); `anaphor` refers to the time said before ("since then").
 * The value in days is `days`, or the number in the phrase (`#`) times `unitDays`.
 */
export interface TimeEntry {
  patterns: Pattern[];
  kind: 'ago' | 'since' | 'point' | 'span' | 'anaphor';
  days?: number;
  unitDays?: number;
  /** How long one episode lasts ("for a few minutes at a time"), not since when: never the duration answer. */
  episode?: boolean;
  /** "More than two weeks": a little longer than the value. */
  beyond?: boolean;
}

/** Age and sex: the phrase's number (`#`) is the age when `age` is set. */
export interface PersonEntry {
  patterns: Pattern[];
  age?: boolean;
  /** The age a phrase without a number stands for ("in my fifties": 55). */
  ageValue?: number;
  sex?: 'female' | 'male';
}

/** Messages the intake adds to its notes, in this language. `{words}` and `{finding}` are filled in. */
export interface LexiconMessages {
  defaultSide: string;
  conflict: string;
  uncertainDanger: string;
  someoneElse: string;
  undated: string;
  inContext: string;
  choiceConflict: string;
  inferred: string;
  proxy: string;
}

/** A language's lexicon: all the words the intake knows, and how to cut text into them. */
export interface Lexicon {
  /** BCP 47 language tag, for example `en`. */
  language: string;
  /** A regular-expression character class body of the characters words are made of. */
  letters: string;
  /** Characters that join a word inside it and are then dropped ("don't" → "dont"). */
  apostrophes: string;
  /** Letters folded before matching, for example Russian ё → е. */
  fold: Record<string, string>;
  /**
   * Reduces a folded word to its stem, for an inflected language ("руки", "руку", "рукой" → "рук"). Pattern words
   * are stemmed once when the lexicon is compiled, the words of a text as they are read, and the two compared.
   * Without it, words are compared whole.
   */
  stem?: (word: string) => string;
  /** Common misspellings, word → word, applied before matching. */
  spellings: Record<string, string>;
  /**
   * Words that a misspelt word of at least `minLength` letters is corrected to when it is one edit away from
   * exactly one of them, starting with the same letter (and is not itself one of the lexicon's words).
   */
  fuzzy: { minLength: number; targets: string[] };
  /** Number words and phrases ("one", "a few", "a couple of") and their values; digits are read as numbers. */
  numbers: Record<string, number>;
  /** Named lists of alternative phrases, used in patterns as `@NAME`. */
  macros: Record<string, string[]>;
  cues: Cue[];
  findings: FindingEntry[];
  places: PlaceEntry[];
  modifiers: PlaceModifier[];
  /**
   * Other parts of the body: a side word before them is theirs, and they are never a place on the hand map. A
   * sensation inside one of these phrases («болит шея») is that part's, not the numbness's.
   */
  otherBody: Pattern[];
  /** Words for the sensation itself ("numb", "pins and needles"): a sentence with one is about where it is. */
  sensations: Pattern[];
  /** Words that join a list ("and", "or"): negation and sides carry across them. */
  connectors: string[];
  /**
   * Words that open a clause of time or condition ("when", "if", "while"): a cue that has reached its mention stops
   * there, so that "my arm doesn't ache when I walk" denies the ache, not the walking.
   */
  subordinators: string[];
  /** Words by which the writer speaks of themself ("my", "I"): they end a scope about someone else. */
  self: string[];
  /** Nouns for a finger, which finger adjectives (`needsNoun`) need after them. */
  fingerNouns: string[];
  /**
   * Words that say when the numbness began ("started", "noticed"): a time in their sentence is the numbness's own,
   * even when the sentence names no symptom ("It started a week ago").
   */
  startWords: string[];
  /** Words that make the place after them the one the place before belongs to ("thumb of my left hand"). */
  partOf: string[];
  /**
   * A whole hand or arm named right after another place, with only little words or its side between, is the place
   * it belongs to, without a word for "of": the Russian genitive («большой палец левой руки»).
   */
  containerAfter?: boolean;
  /**
   * Negative concord, as in Russian: a negation word before a phrase that is itself negative («ничего не чувствую»,
   * «ни днём ни ночью не проходит») strengthens it rather than denying it.
   */
  negativeConcord?: boolean;
  /** Words that refer back to the numbness ("it", "they"): a sentence with one is about it. */
  anaphors: string[];
  /** Words that make a time after them the start of the numbness: "since I broke my wrist two years ago". */
  sinceWords: string[];
  /** Little words that may stand between a side or a container and its place ("thumb of my left hand"). */
  fillers: string[];
  /**
   * Reading a text written about someone else's numbness ("my dad's arm went numb, he can't lift it"): as that
   * person's own answers, with third-person words read as first-person ones (`pronouns`: "his" → "my", "she" →
   * "i"), and the relative named giving the person's sex.
   */
  proxy: { pronouns: Record<string, string>; female: string[]; male: string[] };
  /** Named contexts that `inContext` entries refer to. */
  contexts: Record<string, Pattern[]>;
  times: TimeEntry[];
  people: PersonEntry[];
  messages: LexiconMessages;
}
