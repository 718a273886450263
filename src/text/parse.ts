/**
 * Free-text intake: "my left hand goes numb when I run" → the findings it states, with the words that state them,
 * and the same information as engine answers. Pure: no I/O, no clock, so it runs in the browser as well.
 *
 * How it reads a text, in the NegEx / ConText tradition:
 * 1. tokens, then every lexicon phrase that matches, each in its layer (findings, cues, places, times, people);
 * 2. overlaps resolved: longer phrases first, and a phrase may replace the shorter ones it contains;
 * 3. cues (negation, uncertainty, doubt, someone else) applied to the mentions in their scope, which ends at a
 *    sentence end, at "but" and its kin, and at anything that is not part of a list;
 * 4. time-dependent and context-dependent meanings settled, then each finding's mentions merged;
 * 5. places, times, age and sex turned into the hand map and the choice answers.
 */

import {
  type Answers,
  ARM_REGIONS,
  type ArmRegion,
  HAND_REGIONS,
  type HandAnswer,
  type HandMapAnswer,
  type HandRegion,
  handMapFindings,
  type YesNoAnswer,
} from '../engine/index.ts';
import { knowledge as defaultKnowledge, type Knowledge } from '../knowledge/index.ts';
import { type CompiledLexicon, type CompiledPattern, compileLexicon, type Owner } from './compile.ts';
import { lexiconFor } from './language.ts';
import type {
  FindingEffect,
  FindingEntry,
  Lexicon,
  LexiconMessages,
  MentionState,
  PersonEntry,
  PlaceEntry,
  PlaceModifier,
  TimeEntry,
} from './lexicon/schema.ts';
import { type Match, type MatchContext, matchAt } from './pattern.ts';
import { type Token, tokenize } from './tokenize.ts';

/** One finding understood from the text, and where in the text it was said. */
export interface UnderstoodFinding {
  finding: string;
  state: YesNoAnswer;
  /** The words that said it, as written. */
  words: string;
  /** Offsets of `words` in the text. */
  start: number;
  end: number;
  /** Said with doubt ("maybe", "I think"); a danger sign said with doubt is read as present. */
  uncertain?: boolean;
}

/** One place on the hand map understood from the text. */
export interface UnderstoodPlace {
  side: 'left' | 'right';
  palm: HandRegion[];
  back: HandRegion[];
  arm: ArmRegion[];
  words: string;
  start: number;
  end: number;
  /** No side was named: the right hand was assumed. */
  assumedSide?: boolean;
}

/** A choice or number question answered from the text (onset, duration, pattern, sex, age). */
export interface UnderstoodChoice {
  question: string;
  value: string | number;
  words: string;
  start: number;
  end: number;
}

export interface ParseResult {
  /** The findings understood, in the order they were said; the web shows them as chips, the API returns them. */
  findings: UnderstoodFinding[];
  /** The same information as engine answers, ready for `parseAnswers` and `assess`. */
  answers: Answers;
  /** What the reader should know: assumptions, doubts, contradictions. */
  notes: string[];
  places: UnderstoodPlace[];
  choices: UnderstoodChoice[];
}

/**
 * Findings that give a sudden numbness an ordinary cause (lying on the arm, cold, exercise, an injury) or a pattern
 * that is not a stroke's (it keeps coming back, it wakes you at night): with one of them, sudden numbness of one
 * hand is not read as a stroke sign. The danger screen still asks.
 */
const EXPLAINED_BY = [
  'lying_on_arm',
  'resolves_on_moving',
  'elbow_leaning',
  'tight_items',
  'during_running',
  'cycling',
  'gripping_tools',
  'arms_overhead',
  'heavy_straps',
  'neck_movement',
  'cold_trigger',
  'prolonged_cold',
  'stress_trigger',
  'fast_breathing_panic',
  'recent_injury',
  'major_trauma',
  'pale_cold_painful_limb',
  'compartment_signs',
  'sudden_arm_swelling',
  'night_waking',
  'comes_and_goes',
];

/** Checklists about the person's history: a time said right after one of these is its time, not the numbness's. */
const HISTORY_QUESTIONS = ['conditions', 'diet_and_medicines', 'risk_history'];
// How far, in words, things reach. A time belongs to a time-dependent phrase up to TIME_REACH words away, and to a
// condition, medicine or activity right next to it (ATTACH_REACH); "since" makes a time the start of the numbness
// up to SINCE_REACH words before it. A cue reaches its first mention within FIRST_GAP words (NegEx uses five or
// six) and then the next item of a list within LIST_GAP; an after-cue ("… are normal") reaches back AFTER_FIRST_GAP
// words, then AFTER_LIST_GAP along a list.
const TIME_REACH = 8;
/** How many words before a place its possessive may stand ("my badly swollen left hand"), sides not counted. */
const OWNER_REACH = 3;
const ATTACH_REACH = 3;
const SINCE_REACH = 6;
const FIRST_GAP = 5;
const LIST_GAP = 2;
const AFTER_FIRST_GAP = 3;
const AFTER_LIST_GAP = 1;

interface Hit {
  owner: Owner;
  start: number;
  end: number;
  literals: number[];
  value: number | undefined;
}

type FindingHit = Hit & { owner: { layer: 'finding'; entry: FindingEntry; order: number } };
type PlaceHit = Hit & { owner: { layer: 'place'; place: PlaceEntry } };
type ModifierHit = Hit & { owner: { layer: 'modifier'; modifier: PlaceModifier } };
type TimeHit = Hit & { owner: { layer: 'time'; time: TimeEntry } };
type PersonHit = Hit & { owner: { layer: 'person'; person: PersonEntry } };

interface Mention {
  start: number;
  end: number;
  /** A place on the hand or arm, rather than a finding or a sensation. */
  place: boolean;
  /** A word for the sensation itself ("numb"), rather than a finding. */
  sensation: boolean;
  negated: boolean;
  uncertain: boolean;
  doubt: boolean;
  other: boolean;
}

interface FindingVote {
  state: MentionState;
  start: number;
  end: number;
  uncertain: boolean;
  weight: number;
}

/** What a knowledge base's questions say about each finding, computed once per knowledge. */
interface QuestionIndex {
  checklist: Map<string, string>;
  selfTest: Map<string, string>;
  /** Finding → its choice question and option value. */
  choice: Map<string, { question: string; value: string }>;
  choiceOrder: Map<string, string[]>;
  danger: Set<string>;
  history: Set<string>;
  known: Set<string>;
  /** Finding id → its label, for notes. */
  labels: Map<string, string>;
  ageQuestion: string | undefined;
  ageBands: readonly { finding: string; min?: number; max?: number }[];
  handMapQuestion: string | undefined;
  durationQuestion: string | undefined;
  sexQuestion: string | undefined;
}

const indexCache = new WeakMap<Knowledge, QuestionIndex>();

function questionIndex(knowledge: Knowledge): QuestionIndex {
  const cached = indexCache.get(knowledge);
  if (cached) return cached;
  const index: QuestionIndex = {
    checklist: new Map(),
    selfTest: new Map(),
    choice: new Map(),
    choiceOrder: new Map(),
    danger: new Set(knowledge.findings.filter((f) => f.danger).map((f) => f.id)),
    history: new Set(),
    known: new Set(knowledge.findings.map((f) => f.id)),
    labels: new Map(knowledge.findings.map((f) => [f.id, f.label])),
    ageQuestion: undefined,
    ageBands: [],
    handMapQuestion: undefined,
    durationQuestion: undefined,
    sexQuestion: undefined,
  };
  for (const question of knowledge.questions) {
    switch (question.kind) {
      case 'checklist':
        for (const finding of question.findings) {
          index.checklist.set(finding, question.id);
          if (HISTORY_QUESTIONS.includes(question.id)) index.history.add(finding);
        }
        break;
      case 'selfTest':
      case 'yesno':
        index.selfTest.set(question.finding, question.id);
        break;
      case 'choice':
        index.choiceOrder.set(
          question.id,
          question.options.map((o) => o.value),
        );
        for (const option of question.options) {
          for (const finding of option.present)
            index.choice.set(finding, { question: question.id, value: option.value });
        }
        if (question.options.some((o) => o.present.includes('lasting_over_2_weeks')))
          index.durationQuestion = question.id;
        if (question.options.some((o) => o.present.includes('sex_female'))) index.sexQuestion = question.id;
        break;
      case 'number':
        index.ageQuestion = question.id;
        index.ageBands = question.bands;
        break;
      case 'handMap':
        index.handMapQuestion = question.id;
        break;
    }
  }
  indexCache.set(knowledge, index);
  return index;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function byLength(a: Hit, b: Hit): number {
  return b.end - b.start - (a.end - a.start) || b.literals.length - a.literals.length || a.start - b.start;
}

/** Longest first, keeping only hits that overlap no hit already kept. */
function longestFirst<T extends Hit>(hits: T[]): T[] {
  const kept: T[] = [];
  for (const hit of [...hits].sort(byLength)) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

function findingIds(entry: FindingEntry): string[] {
  return entry.findings.map((f) => (typeof f === 'string' ? f : f.finding));
}

function effectsOf(entry: FindingEntry): FindingEffect[] {
  return entry.findings.map((f) => (typeof f === 'string' ? { finding: f } : f));
}

function resolveFindings(hits: FindingHit[]): FindingHit[] {
  const kept: FindingHit[] = [];
  for (const hit of [...hits].sort((a, b) => byLength(a, b) || a.owner.order - b.owner.order)) {
    const ids = findingIds(hit.owner.entry);
    const blocked = kept.some((k) => {
      if (!overlaps(k, hit)) return false;
      const overrides = k.owner.entry.overrides;
      if (overrides === 'all') return true;
      const keptIds = findingIds(k.owner.entry);
      return ids.some((id) => keptIds.includes(id) || (overrides?.includes(id) ?? false));
    });
    if (!blocked) kept.push(hit);
  }
  // A topic word inside another phrase ("neck" in "moving my neck") belongs to that phrase.
  return kept
    .filter(
      (hit) =>
        !hit.owner.entry.onlyNegated ||
        !kept.some((k) => k !== hit && !k.owner.entry.onlyNegated && overlaps(k, hit)),
    )
    .sort((a, b) => a.start - b.start);
}

function isLayer<L extends Owner['layer']>(layer: L) {
  return (hit: Hit): hit is Hit & { owner: Extract<Owner, { layer: L }> } => hit.owner.layer === layer;
}

/**
 * Reads a text and returns what it says, as findings with their words and as engine answers. Without a lexicon, the
 * text is read in the language its letters show (`lexiconFor`).
 */
export function parseText(
  text: string,
  lexicon: Lexicon = lexiconFor(text),
  knowledge: Knowledge = defaultKnowledge,
): ParseResult {
  const compiled = compileLexicon(lexicon);
  const questions = questionIndex(knowledge);
  const reading = new Reading(text, compiled, questions, false);
  // Written about someone else's numbness ("my dad's arm went numb"): read again, as that person's own words.
  return reading.aboutSomeoneElse()
    ? new Reading(text, compiled, questions, true).result()
    : reading.result();
}

/** One reading of one text: the tokens, the hits of each layer and what they mean. */
class Reading {
  private readonly text: string;
  private readonly lexicon: CompiledLexicon;
  private readonly messages: LexiconMessages;
  private readonly questions: QuestionIndex;
  private readonly tokens: Token[];
  private readonly barrier: boolean[];
  private readonly notes: string[] = [];
  private readonly findingHits: FindingHit[];
  private readonly places: PlaceHit[];
  /**
   * Whether the text names one hand, wrist or arm without a side anywhere, even in a context phrase ("crushed my
   * hand in a door"): then "my fingers" are that hand's fingers, not both hands'.
   */
  private readonly oneUnsidedPlace: boolean;
  private readonly modifiers: ModifierHit[];
  private readonly bodies: Hit[];
  private readonly times: TimeHit[];
  private readonly ages: PersonHit[];
  private readonly sexes: PersonHit[];
  private readonly sensations: Hit[];
  private readonly sensationSentences = new Set<number>();
  /** Sentences about the numbness itself: a sensation, a place, a start word or a word referring back to it. */
  private readonly aboutSentences = new Set<number>();
  private readonly contextSentences = new Map<string, Set<number>>();
  private readonly mentions = new Map<Hit, Mention>();
  private readonly mentionsByStart = new Map<number, Mention[]>();
  private readonly mentionsByEnd = new Map<number, Mention[]>();
  private readonly cueStarts = new Set<number>();
  /** Mentions whose own words are a negation, in a lexicon with negative concord. */
  private readonly negativePhrases = new Set<Mention>();
  private readonly cueEnds = new Set<number>();

  /** Read as someone else's own account: third-person words are the writer's, and relatives are not others. */
  private readonly proxy: boolean;
  /** The text names a relative or someone else (an experiencer cue that is not family history). */
  private readonly relativeSaid: boolean;

  constructor(text: string, lexicon: CompiledLexicon, questions: QuestionIndex, proxy: boolean) {
    this.text = text;
    this.lexicon = lexicon;
    this.messages = lexicon.lexicon.messages;
    this.questions = questions;
    this.proxy = proxy;
    const pronouns = lexicon.pronouns;
    this.tokens = tokenize(text, lexicon).map((t) => {
      const own = proxy && t.kind === 'word' ? pronouns.get(t.norm) : undefined;
      return own === undefined ? t : { ...t, norm: lexicon.stem(own), word: own };
    });
    this.barrier = this.tokens.map(
      (t) => t.kind === 'stop' || (t.kind === 'word' && lexicon.terminatorWords.has(t.norm)),
    );

    const hits = this.match();
    // A phrase that means something only in its context, said without it, neither counts nor hides other phrases.
    const contextsSaid = new Set(hits.filter(isLayer('context')).map((h) => h.owner.name));
    this.findingHits = resolveFindings(
      hits
        .filter(isLayer('finding'))
        .filter(
          (h) => !h.owner.entry.onlyInContext || contextsSaid.has(h.owner.entry.inContext?.context ?? ''),
        ),
    );
    const used = new Set<number>();
    for (const hit of this.findingHits) for (const t of hit.literals) used.add(t);
    // Body words inside any match of a context phrase that was kept ("my arm hanging over the armrest") are a
    // context, even when a longer match of the same phrase was kept instead.
    const contextUsed = new Set<number>();
    for (const hit of hits.filter(isLayer('finding'))) {
      if (!hit.owner.entry.context) continue;
      if (!this.findingHits.some((k) => k.owner.entry === hit.owner.entry && overlaps(k, hit))) continue;
      for (let t = hit.start; t < hit.end; t++) contextUsed.add(t);
    }
    // A sensation word inside a context phrase ("carrying heavy bags") describes the context, not the numbness.
    const sensations = longestFirst(hits.filter(isLayer('sensation'))).filter(
      (h) => !h.literals.every((t) => contextUsed.has(t)),
    );
    for (const hit of sensations) for (const t of hit.literals) used.add(t);
    const cues = longestFirst(
      hits.filter(isLayer('cue')).filter((h) => !h.literals.some((t) => used.has(t))),
    );
    // Places inside a context phrase are not where the numbness is; a side said there still tells the side
    // ("I fell on my left wrist and now my fingers are numb").
    const where = longestFirst(
      hits
        .filter((h) => h.owner.layer === 'place' || h.owner.layer === 'modifier' || h.owner.layer === 'body')
        .filter((h) => h.owner.layer === 'modifier' || !h.literals.some((t) => contextUsed.has(t))),
    );
    this.oneUnsidedPlace = longestFirst(hits.filter(isLayer('place'))).some(
      (h) => h.owner.place.side === undefined && h.owner.place.plural !== true && !h.owner.place.vague,
    );
    this.modifiers = where.filter(isLayer('modifier'));
    this.bodies = where.filter(isLayer('body'));
    const negations = cues.filter((c) => c.owner.cue.kind === 'negation');
    this.places = this.withEllipses(this.withNouns(where.filter(isLayer('place'))), negations);
    this.times = longestFirst(hits.filter(isLayer('time')));
    const people = hits.filter(isLayer('person'));
    this.ages = longestFirst(people.filter((h) => h.owner.person.age));
    this.sexes = longestFirst(people.filter((h) => h.owner.person.sex !== undefined));
    // A pain said in a phrase of another part of the body («болит шея») is that part's: it neither makes a sentence
    // about the numbness nor marks a place on the hand.
    this.sensations = sensations.filter(
      (h) => !this.bodies.some((b) => b.start <= h.start && h.end <= b.end),
    );
    for (const hit of this.sensations) this.sensationSentences.add(this.sentenceOf(hit));
    // A context word inside a phrase that means something else ("running a fever") sets no context.
    const blockers = this.findingHits.filter((h) => h.owner.entry.overrides === 'all');
    for (const hit of hits.filter(isLayer('context'))) {
      if (blockers.some((b) => b.start <= hit.start && hit.end <= b.end)) continue;
      const set = this.contextSentences.get(hit.owner.name) ?? new Set<number>();
      set.add(this.sentenceOf(hit));
      this.contextSentences.set(hit.owner.name, set);
    }

    const about = new Set([...lexicon.words.startWords, ...lexicon.words.anaphors]);
    for (const sentence of this.sensationSentences) this.aboutSentences.add(sentence);
    for (const place of this.places) this.aboutSentences.add(this.sentenceOf(place));
    for (const token of this.tokens)
      if (token.kind === 'word' && about.has(token.norm)) this.aboutSentences.add(token.sentence);

    for (const hit of [...this.findingHits, ...this.places, ...this.ages, ...this.sexes, ...sensations]) {
      this.addMention(hit);
    }
    // Negative concord («ничего не чувствую», «ни днём ни ночью не проходит»): a phrase with a negation of its own
    // is not denied again by the negation word before it.
    if (lexicon.lexicon.negativeConcord) {
      const negationWords = new Set(
        hits
          .filter(isLayer('cue'))
          .filter((c) => c.owner.cue.kind === 'negation' && c.literals.length === 1)
          .flatMap((c) => c.literals),
      );
      for (const [hit, mention] of this.mentions)
        if (hit.owner.layer !== 'place' && hit.literals.some((t) => negationWords.has(t)))
          this.negativePhrases.add(mention);
    }
    this.relativeSaid = cues.some((c) => c.owner.cue.kind === 'experiencer' && !c.owner.cue.history);
    for (const cue of cues) {
      this.cueStarts.add(cue.start);
      this.cueEnds.add(cue.end);
    }
    for (const cue of cues) this.applyCue(cue);
  }

  private match(): Hit[] {
    const context: MatchContext = {
      tokens: this.tokens,
      barrier: this.barrier,
      numberAt: (index) => this.lexicon.numbersAt(this.tokens, index),
    };
    const hits: Hit[] = [];
    this.tokens.forEach((token, index) => {
      if (token.kind !== 'word') return;
      for (const pattern of this.lexicon.candidates(token.norm, token.word)) {
        const match = matchAt(pattern.elements, index, context);
        if (match !== null) hits.push(hitOf(pattern, match));
      }
    });
    return hits;
  }

  /** Finger adjectives ("ring", "little") count only when a finger noun follows, directly or through a list. */
  private withNouns(places: PlaceHit[]): PlaceHit[] {
    const nouns = this.lexicon.words.fingerNouns;
    const connectors = this.lexicon.words.connectors;
    const placeAt = new Map<number, PlaceHit>();
    for (const place of places) for (let t = place.start; t < place.end; t++) placeAt.set(t, place);
    // A finger that needs no noun in the same list is as good as one: «указательный и средний».
    const finger = (other: PlaceHit): boolean =>
      !other.owner.place.needsNoun && (other.owner.place.palm ?? []).some(isDigit);
    return places.filter((place) => {
      if (!place.owner.place.needsNoun) return true;
      for (let t = place.end; t < this.tokens.length; t++) {
        const token = this.tokens[t];
        if (token === undefined || token.kind === 'stop') return false;
        if (nouns.has(token.norm)) return true;
        if (token.kind === 'comma' || connectors.has(token.norm)) continue;
        const other = placeAt.get(t);
        if (other === undefined) break;
        if (finger(other)) return true;
        t = other.end - 1;
      }
      for (let t = place.start - 1; t >= 0; t--) {
        const token = this.tokens[t];
        if (token === undefined || token.kind === 'stop') return false;
        if (token.kind === 'comma' || connectors.has(token.norm)) continue;
        const other = placeAt.get(t);
        if (other === undefined) return false;
        if (finger(other)) return true;
        t = other.start;
      }
      return false;
    });
  }

  /**
   * A side said alone after a list word, "only" or a negation stands for the place named before it, on that side:
   * "numb left hand but not the right", "the right hand is fine, only the left".
   */
  private withEllipses(places: PlaceHit[], negations: Hit[]): PlaceHit[] {
    const fillers = this.lexicon.words.fillers;
    const joins = new Set([...this.lexicon.words.connectors, ...this.lexicon.terminatorWords]);
    const added: PlaceHit[] = [];
    for (const modifier of this.modifiers) {
      const side = modifier.owner.modifier.side;
      if (side === undefined) continue;
      let next = modifier.end;
      while (fillers.has(this.tokens[next]?.norm ?? '')) next++;
      if (places.some((p) => p.start === next) || this.bodies.some((b) => b.start === next)) continue;
      let before = modifier.start - 1;
      while (before >= 0 && fillers.has(this.tokens[before]?.norm ?? '')) before--;
      const token = this.tokens[before];
      const joined =
        token !== undefined &&
        (token.kind === 'comma' || joins.has(token.norm) || negations.some((n) => n.end === before + 1));
      if (!joined) continue;
      const previous = places
        .filter((p) => p.end <= modifier.start && this.sentenceOf(p) === this.sentenceOf(modifier))
        .at(-1);
      if (previous === undefined || previous.owner.place.vague) continue;
      added.push({ ...modifier, owner: { layer: 'place', place: { ...previous.owner.place, side } } });
    }
    return [...places, ...added].sort((a, b) => a.start - b.start);
  }

  private sentenceOf(hit: { start: number }): number {
    return this.tokens[hit.start]?.sentence ?? 0;
  }

  private wordsOf(hit: { start: number; end: number }): { words: string; start: number; end: number } {
    const first = this.tokens[hit.start];
    const last = this.tokens[hit.end - 1];
    const start = first?.start ?? 0;
    const end = last?.end ?? start;
    return { words: this.text.slice(start, end), start, end };
  }

  private addMention(hit: Hit): void {
    const mention: Mention = {
      start: hit.start,
      end: hit.end,
      place: hit.owner.layer === 'place',
      sensation: hit.owner.layer === 'sensation',
      negated: false,
      uncertain: false,
      doubt: false,
      other: false,
    };
    this.mentions.set(hit, mention);
    this.mentionsByStart.set(hit.start, [...(this.mentionsByStart.get(hit.start) ?? []), mention]);
    this.mentionsByEnd.set(hit.end, [...(this.mentionsByEnd.get(hit.end) ?? []), mention]);
  }

  private mentionOf(hit: Hit): Mention {
    return (
      this.mentions.get(hit) ?? {
        start: hit.start,
        end: hit.end,
        place: false,
        sensation: false,
        negated: false,
        uncertain: false,
        doubt: false,
        other: false,
      }
    );
  }

  /** The words for relatives and others the experiencer cues name ("mum", "husband", "friend"). */
  private get relativeWords(): RelativeWords {
    return relativeWordsOf(this.lexicon);
  }

  private isRelative(token: Token): boolean {
    const { norms, forms } = this.relativeWords;
    return norms.has(token.norm) || forms.has(token.word);
  }

  /** The first relative the text names, and the sex the word says ("my mum": female), if it says one. */
  private relativeNamed(): { span: { start: number; end: number }; sex?: 'female' | 'male' } | undefined {
    const { female, male } = this.lexicon.words;
    const relatives = this.relativeWords;
    for (const [i, token] of this.tokens.entries()) {
      const span = { start: i, end: i + 1 };
      if (female.has(token.norm)) return { span, sex: 'female' };
      if (male.has(token.norm)) return { span, sex: 'male' };
      if (relatives.norms.has(token.norm) || relatives.forms.has(token.word)) return { span };
    }
    return undefined;
  }

  /**
   * Whether the text speaks of someone else's symptoms and none of the writer's own: something is said of a relative,
   * and no sensation or place is the writer's.
   */
  aboutSomeoneElse(): boolean {
    const owners = this.places.map((place) => this.ownerOf(place));
    if (owners.includes('self')) return false;
    if (owners.includes('other')) return true;
    if (!this.relativeSaid) return false;
    // A relative named and then spoken of as "he" or "she": the text is about them.
    const pronouns = this.lexicon.pronouns;
    if (this.tokens.some((t) => t.kind === 'word' && pronouns.has(t.norm))) return true;
    // Without pronouns to tell, the symptoms decide: someone else's numbness or danger sign, and none of the
    // writer's own. A relative's history alone ("my mother has diabetes") is not their account.
    const symptom = (hit: Hit): boolean =>
      hit.owner.layer === 'place' ||
      hit.owner.layer === 'sensation' ||
      (hit.owner.layer === 'finding' &&
        findingIds(hit.owner.entry).some(
          (id) => this.questions.danger.has(id) && !this.questions.history.has(id),
        ));
    const symptoms = [...this.mentions].filter(([hit, m]) => symptom(hit) && !m.negated).map(([, m]) => m);
    return symptoms.some((m) => m.other) && !symptoms.some((m) => !m.other);
  }

  /**
   * Whose a place is, by the possessive a few words before it: "my left hand" and "my tingling fingers" are the
   * writer's, "her hand" another's.
   */
  private ownerOf(place: Hit): 'self' | 'other' | undefined {
    for (let t = place.start - 1, words = 0; t >= 0 && words < OWNER_REACH; t--) {
      const token = this.tokens[t];
      if (token === undefined || token.kind !== 'word') return undefined;
      // "My husband's arm" is his: a relative's name comes before the writer's "my".
      if (this.lexicon.pronouns.has(token.norm) || this.isRelative(token)) return 'other';
      if (this.lexicon.words.self.has(token.norm)) return 'self';
      if (!this.modifiers.some((m) => m.start <= t && t < m.end)) words++;
    }
    return undefined;
  }

  private applyCue(cue: Hit & { owner: { layer: 'cue' } }): void {
    const kind = cue.owner.cue.kind;
    if (kind === 'pseudo' || kind === 'terminator') return;
    if (kind === 'experiencer' && this.proxy && !cue.owner.cue.history) return;
    const apply = (m: Mention): void => {
      if (kind === 'negation' && this.negativePhrases.has(m)) return;
      if (kind === 'negation') m.negated = true;
      else if (kind === 'uncertainty') m.uncertain = true;
      else if (kind === 'doubt') m.doubt = true;
      else m.other = true;
    };
    const direction = cue.owner.cue.direction ?? 'before';
    // A cue that may go either way ("нет") takes the mention just before it if there is one: «боли нет».
    const back = direction !== 'before' && this.walkBack(cue.start, apply, direction === 'both');
    if (direction !== 'after' && !back)
      this.walkForward(cue.end, apply, kind === 'experiencer', kind === 'uncertainty' || kind === 'doubt');
    // A cue inside a phrase's gap belongs to it: "my neck doesn't hurt", "my hands aren't clumsy".
    for (const [hit, mention] of this.mentions)
      if (hit.start < cue.start && cue.end <= hit.end) apply(mention);
  }

  /**
   * Applies a cue to the mentions after it: the first within a few words, then the rest of a list. With
   * `pastComma`, a comma right after the cue does not end it («Кажется, покалывает губы»).
   */
  private walkForward(
    from: number,
    apply: (m: Mention) => void,
    stopAtSelf: boolean,
    pastComma = false,
  ): void {
    const { connectors, self, anaphors, subordinators } = this.lexicon.words;
    let gap = 0;
    let seen = false;
    let afterBreak = false;
    // What the list is of: past a comma, a sensation does not continue a list of findings, nor a finding a list of
    // sensations («наверно, немеет ладонь, печатаю по 10 часов»).
    let listOfSensations: boolean | undefined;
    let afterComma = false;
    let t = from;
    while (t < this.tokens.length) {
      const token = this.tokens[t];
      if (token === undefined || this.barrier[t] || this.cueStarts.has(t)) return;
      if (seen && subordinators.has(token.norm)) return;
      const here = this.mentionsByStart.get(t);
      if (here !== undefined) {
        const end = Math.max(...here.map((m) => m.end));
        const sensations = here.every((m) => m.place || m.sensation);
        if (!here.every((m) => m.place)) {
          if (seen && afterComma && listOfSensations !== sensations) return;
          listOfSensations ??= sensations;
          afterComma = false;
        }
        // Everything said inside the phrase is in scope too: "no swelling of the arm".
        for (let i = t; i < end; i++) for (const m of this.mentionsByStart.get(i) ?? []) apply(m);
        // A place is the subject, not the list: "I don't think my right arm is weaker" reaches "weaker".
        if (here.every((m) => m.place)) {
          t = end;
          continue;
        }
        seen = true;
        gap = 0;
        afterBreak = false;
        t = end;
        continue;
      }
      t++;
      if (token.kind === 'comma') {
        if (pastComma && t - 1 === from) continue;
        if (!seen) return;
        afterBreak = true;
        afterComma = true;
        continue;
      }
      if (stopAtSelf && self.has(token.norm)) return;
      // A new clause ("…, it's constant", "… and my hand is weak") is not part of the list.
      if (afterBreak && (self.has(token.norm) || anaphors.has(token.norm))) return;
      if (seen && connectors.has(token.norm)) {
        afterBreak = true;
        continue;
      }
      afterBreak = false;
      gap++;
      if (gap > (seen ? LIST_GAP : FIRST_GAP)) return;
    }
  }

  /**
   * Applies an after-cue ("… are normal") to the mentions just before it, and the rest of their list; says whether
   * it reached any. With `overPlaces`, a place is stepped over as the subject, not denied: «в руке нет силы».
   */
  private walkBack(from: number, apply: (m: Mention) => void, overPlaces = false): boolean {
    const connectors = this.lexicon.words.connectors;
    let gap = 0;
    let seen = false;
    let end = from;
    // Places stepped over on the way to a finding are its complement, and denied with it: «травм руки не было».
    const stepped: Mention[] = [];
    while (end > 0) {
      const t = end - 1;
      const token = this.tokens[t];
      if (token === undefined || this.barrier[t] || this.cueEnds.has(end)) return seen;
      const here = this.mentionsByEnd.get(end);
      if (here !== undefined) {
        const start = Math.min(...here.map((m) => m.start));
        const place = here.every((m) => m.place);
        if (overPlaces && place && !seen) {
          stepped.push(...here);
          end = start;
          continue;
        }
        // Everything said inside a phrase is in scope too («слабости в руке и ноге … нет»), unless the phrase runs
        // across a comma.
        const tight = this.tokens.slice(start, end).every((x) => x.kind === 'word');
        for (let i = start; i < end; i++)
          for (const m of this.mentionsByStart.get(i) ?? []) if (tight || m.end === end) apply(m);
        if (!seen) for (const m of stepped) apply(m);
        seen = true;
        gap = 0;
        end = start;
        continue;
      }
      end--;
      // A cue after what it governs ("… is normal", «… нет») ends at the comma before it: "face drooping, speech is
      // normal" does not deny the face. Leaving a listed sign unread is safe; denying a sign the person has is not.
      if (token.kind === 'comma') return seen;
      if (seen && connectors.has(token.norm)) continue;
      gap++;
      if (gap > (seen ? AFTER_LIST_GAP : AFTER_FIRST_GAP)) return seen;
    }
    return seen;
  }

  private distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
    if (overlaps(a, b)) return 0;
    return a.end <= b.start ? b.start - a.end : a.start - b.end;
  }

  /** The value in days of a time expression; anaphors ("since then") take the time said before them. */
  private daysOf(time: TimeHit): number | undefined {
    const entry = time.owner.time;
    if (entry.kind === 'anaphor') {
      const before = this.times.filter((t) => t.end <= time.start && t.owner.time.kind !== 'anaphor').at(-1);
      return before === undefined ? undefined : this.daysOf(before);
    }
    const days = entry.days ?? (time.value === undefined ? undefined : time.value * (entry.unitDays ?? 1));
    return days === undefined ? undefined : entry.beyond ? days * 1.01 : days;
  }

  private nearestTime(hit: Hit): TimeHit | undefined {
    let best: TimeHit | undefined;
    let bestDistance = TIME_REACH + 1;
    for (const time of this.times) {
      if (this.sentenceOf(time) !== this.sentenceOf(hit) || time.owner.time.episode) continue;
      const d = this.distance(time, hit);
      if (d < bestDistance) {
        best = time;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Each finding mention's effects, after negation, doubt, time and context. */
  private votes(): Map<string, FindingVote[]> {
    const votes = new Map<string, FindingVote[]>();
    const vote = (finding: string, v: FindingVote): void => {
      if (!this.questions.known.has(finding)) return;
      votes.set(finding, [...(votes.get(finding) ?? []), v]);
    };
    for (const hit of this.findingHits) {
      const entry = hit.owner.entry;
      if (entry.findings.length === 0) continue;
      const mention = this.mentionOf(hit);
      const { words } = this.wordsOf(hit);
      if (mention.other) {
        this.notes.push(fill(this.messages.someoneElse, { words }));
        continue;
      }
      if (entry.onlyNegated && !mention.negated) continue;
      // Onset and pattern words ("every day", "suddenly") describe the numbness only in a sentence about it.
      const sentence = this.sentenceOf(hit);
      if (
        findingIds(entry).every((id) => this.questions.choice.has(id)) &&
        !this.aboutSentences.has(sentence)
      )
        continue;
      let effects = effectsOf(entry);
      let negates = entry.negates ?? findingIds(entry);
      if (entry.timed) {
        const time = this.nearestTime(hit);
        const days = time === undefined ? undefined : this.daysOf(time);
        if (days === undefined) {
          // "I've never broken my arm" rules out an old injury as well as a recent one.
          if (entry.timed.negatesOlder) negates = [...negates, ...entry.timed.older.map((e) => e.finding)];
          if (entry.timed.undated) {
            effects = entry.timed.undated;
            if (!mention.negated && effects.some((e) => e.state === 'unknown')) {
              this.notes.push(fill(this.messages.undated, { words }));
            }
          }
        } else if (days > entry.timed.withinDays) {
          effects = entry.timed.older;
          negates = entry.timed.older.map((e) => e.finding);
        }
      }
      const inContext = entry.inContext;
      const contextSentences = inContext && this.contextSentences.get(inContext.context);
      const contextSaid =
        contextSentences !== undefined &&
        (inContext?.scope === 'text' ? contextSentences.size > 0 : contextSentences.has(sentence));
      if (entry.onlyInContext && !contextSaid) continue;
      // Denied in its context, a phrase denies its reading there: "my chest doesn't tighten when I run" denies the
      // chest pain of exertion, not chest pain at rest.
      if (inContext && contextSaid && mention.negated && inContext.findings.length > 0)
        negates = inContext.findings;
      if (inContext && contextSaid && !mention.negated) {
        effects = [
          ...inContext.findings.map((finding) => ({ finding })),
          ...(inContext.unknown ?? []).map((finding): FindingEffect => ({ finding, state: 'unknown' })),
        ];
        this.notes.push(fill(inContext.note ?? this.messages.inContext, { words }));
      }
      const weight = entry.weight ?? 1;
      const base = { start: hit.start, end: hit.end, weight };
      if (mention.negated) {
        const hedged = mention.uncertain || mention.doubt;
        for (const finding of negates) {
          // A phrase that already denies ("non-smoker") stays denied: double negation is rarer than a list
          // that a negation runs into ("ex-smoker, BP is fine").
          const state: MentionState = hedged ? 'unknown' : 'absent';
          vote(finding, { ...base, state, uncertain: hedged });
        }
        continue;
      }
      for (const effect of effects) {
        const own = effect.state ?? 'present';
        if (mention.doubt) vote(effect.finding, { ...base, state: 'unknown', uncertain: true });
        else if (mention.uncertain && own === 'present') {
          // Safety: a danger sign said with doubt is read as present, so that it is never dropped or read as absent.
          if (this.questions.danger.has(effect.finding)) {
            vote(effect.finding, { ...base, state: 'present', uncertain: true });
            this.notes.push(fill(this.messages.uncertainDanger, { words }));
          } else vote(effect.finding, { ...base, state: 'unknown', uncertain: true });
        } else vote(effect.finding, { ...base, state: own, uncertain: false });
      }
    }
    return votes;
  }

  /** Merges each finding's votes: a danger sign said present anywhere is present; contradictions are noted. */
  private merge(votes: Map<string, FindingVote[]>): Map<string, { state: MentionState; vote: FindingVote }> {
    const merged = new Map<string, { state: MentionState; vote: FindingVote }>();
    for (const [finding, list] of votes) {
      const has = (state: MentionState): FindingVote | undefined => list.find((v) => v.state === state);
      const present = has('present');
      const absent = has('absent');
      const unknown = has('unknown');
      let state: MentionState;
      if (this.questions.danger.has(finding)) state = present ? 'present' : unknown ? 'unknown' : 'absent';
      else state = present && absent ? 'unknown' : present ? 'present' : absent ? 'absent' : 'unknown';
      if (present && absent)
        this.notes.push(fill(this.messages.conflict, { finding: this.label(finding), state }));
      const vote = list.find((v) => v.state === state) ?? list[0];
      if (vote) merged.set(finding, { state, vote });
    }
    return merged;
  }

  private label(finding: string): string {
    return this.questions.labels.get(finding) ?? finding;
  }

  /** Resolves the side of each place, then builds the hand map from the places the numbness is in. */
  private handMap(): { map: HandMapAnswer | null; places: UnderstoodPlace[] } {
    const { fillers, connectors } = this.lexicon.words;
    type Sided = {
      hit: Hit;
      side: 'left' | 'right' | 'both' | undefined;
      surface: 'palm' | 'back' | undefined;
      /** Where the words about this place begin, its modifiers included ("my left hand"). */
      from: number;
    };
    const targets: Sided[] = [...this.places, ...this.bodies]
      .sort((a, b) => a.start - b.start)
      .map((hit) => ({
        hit,
        side: isLayer('place')(hit) ? hit.owner.place.side : undefined,
        surface: undefined,
        from: hit.start,
      }));
    const unattached: Sided[] = [];
    const partOf = this.lexicon.words.partOf;
    // Modifiers ("my left", "the back of") qualify the next place or body part a couple of little words away.
    for (const modifier of this.modifiers) {
      let skipped = 0;
      let attached = false;
      for (let t = modifier.end; t < this.tokens.length; ) {
        const target = targets.find((x) => x.hit.start === t);
        if (target) {
          if (modifier.owner.modifier.side) target.side ??= modifier.owner.modifier.side;
          if (modifier.owner.modifier.surface) target.surface ??= modifier.owner.modifier.surface;
          target.from = Math.min(target.from, modifier.start);
          attached = true;
          break;
        }
        const next = this.modifiers.find((m) => m.start === t);
        if (next) {
          t = next.end;
          continue;
        }
        const token = this.tokens[t];
        if (token === undefined || token.kind !== 'word' || !fillers.has(token.norm) || ++skipped > 2) break;
        t++;
      }
      // "fingers on the right": a side said after the place still tells the side of places near it (but not
      // "turn my head to the left").
      const side = modifier.owner.modifier.side;
      let before = modifier.start - 1;
      while (
        before >= 0 &&
        fillers.has(this.tokens[before]?.norm ?? '') &&
        !partOf.has(this.tokens[before]?.norm ?? '')
      ) {
        before--;
      }
      const placed = partOf.has(this.tokens[before]?.norm ?? '');
      const { after, surface } = modifier.owner.modifier;
      // «предплечье слева»: a modifier that may follow its place qualifies the place right before it.
      const previous =
        after === true && !attached
          ? targets.find((x) => isLayer('place')(x.hit) && x.hit.end === before + 1)
          : undefined;
      // It qualifies the whole chain of places just before it: «большой палец левой руки с тыльной стороны».
      for (let x = previous; x !== undefined; ) {
        if (side !== undefined) x.side ??= side;
        if (surface !== undefined) x.surface ??= surface;
        const from = x.from;
        x = targets.find((y) => isLayer('place')(y.hit) && y.hit.end === from);
      }
      if (!attached && (placed || after === true) && side !== undefined) {
        unattached.push({ hit: modifier, side, surface: undefined, from: modifier.start });
      }
    }
    const explicit = [...targets, ...unattached]
      .filter((x) => x.side !== undefined)
      .sort((a, b) => a.hit.start - b.hit.start);
    const between = (a: number, b: number, allowed: (norm: string) => boolean, max: number): boolean => {
      if (b - a > max) return false;
      for (let t = a; t < b; t++) {
        const token = this.tokens[t];
        if (token === undefined || token.kind === 'stop') return false;
        if (token.kind === 'word' && !allowed(token.norm)) return false;
      }
      return true;
    };
    const resolved: {
      hit: PlaceHit;
      side: 'left' | 'right' | 'both';
      surface: 'palm' | 'back';
      assumed: boolean;
      from: number;
      container: boolean;
    }[] = [];
    for (const target of targets) {
      const hit = target.hit;
      if (!isLayer('place')(hit)) continue;
      let side = target.side;
      const sentence = this.sentenceOf(hit);
      const before = targets.filter((x) => x.hit.end <= target.from).at(-1);
      const beforePlace = before !== undefined && isLayer('place')(before.hit) ? before.hit : undefined;
      // "the little finger side of my left hand": the hand only says which hand the place before it is on.
      const linked =
        beforePlace !== undefined &&
        between(beforePlace.end, target.from, (w) => partOf.has(w) || fillers.has(w), 4) &&
        this.tokens.slice(beforePlace.end, target.from).some((t) => partOf.has(t.norm));
      // «палец левой руки»: the owner in the genitive, right after the place, with no word for "of".
      const genitive =
        this.lexicon.lexicon.containerAfter === true &&
        beforePlace !== undefined &&
        between(beforePlace.end, target.from, (w) => fillers.has(w), 2) &&
        this.tokens.slice(beforePlace.end, target.from).every((t) => t.kind === 'word');
      const container = hit.owner.place.general === true && (linked || genitive);
      // "ring and little fingers": the plural comes from the list, not from both hands.
      const listed =
        beforePlace !== undefined && between(beforePlace.end, target.from, (w) => connectors.has(w), 2);
      const plural = hit.owner.place.plural === true && !listed;
      if (side === undefined) {
        // "left arm and hand": a place in a list takes the side of the one before it.
        const previous = resolved.at(-1);
        if (before && between(before.hit.end, target.from, (w) => connectors.has(w) || fillers.has(w), 3)) {
          side = before.side ?? (previous?.hit === before.hit ? previous.side : undefined);
        }
      }
      if (side === undefined) {
        // "thumb of my left hand": a place takes the side of the place it belongs to.
        const after = explicit.find((x) => x.hit.start >= hit.end);
        if (after && between(hit.end, after.hit.start, (w) => fillers.has(w) || connectors.has(w), 4))
          side = after.side;
      }
      if (side === undefined) {
        const near = explicit
          .filter((x) => this.sentenceOf(x.hit) === sentence)
          .sort((a, b) => this.distance(a.hit, hit) - this.distance(b.hit, hit))[0];
        side = near?.side;
      }
      if (side === undefined) {
        side =
          explicit.filter((x) => x.hit.end <= hit.start).at(-1)?.side ??
          explicit.find((x) => x.hit.start >= hit.end)?.side;
      }
      let assumed = false;
      if (side === undefined) {
        if (plural && !this.oneUnsidedPlace) side = 'both';
        else {
          side = 'right';
          assumed = true;
        }
      }
      resolved.push({ hit, side, surface: target.surface ?? 'palm', assumed, from: target.from, container });
    }

    // A place is where the numbness is when its sentence speaks of a sensation that is not denied; a text that
    // names no sensation at all ("left hand, thumb and index") is all about where.
    const felt = new Set(
      this.sensations.filter((h) => !this.mentionOf(h).negated).map((h) => this.sentenceOf(h)),
    );
    const anySensation = this.sensations.length > 0;
    const sites = resolved.filter(({ hit, container }) => {
      const mention = this.mentionOf(hit);
      if (mention.negated || mention.other || hit.owner.place.vague || container) return false;
      return !anySensation || felt.has(this.sentenceOf(hit));
    });
    const hands: Record<
      'left' | 'right',
      {
        palm: Set<HandRegion>;
        back: Set<HandRegion>;
        arm: Set<ArmRegion>;
        general: Set<HandRegion>;
        specific: boolean;
      }
    > = {
      left: { palm: new Set(), back: new Set(), arm: new Set(), general: new Set(), specific: false },
      right: { palm: new Set(), back: new Set(), arm: new Set(), general: new Set(), specific: false },
    };
    const places: UnderstoodPlace[] = [];
    let assumedNoted = false;
    for (const { hit, side, surface, assumed, from } of sites) {
      const span = this.wordsOf({ start: from, end: hit.end });
      const entry = hit.owner.place;
      const onBack =
        surface === 'back'
          ? (entry.back ?? entry.palm ?? [])
          : entry.palm === undefined
            ? (entry.back ?? [])
            : [];
      const onPalm = surface === 'back' ? [] : (entry.palm ?? []);
      const arm = entry.arm ?? [];
      const sides: ('left' | 'right')[] = side === 'both' ? ['left', 'right'] : [side];
      for (const s of sides) {
        const hand = hands[s];
        for (const r of onPalm) (entry.general ? hand.general : hand.palm).add(r);
        for (const r of onBack) hand.back.add(r);
        for (const r of arm) hand.arm.add(r);
        if (!entry.general && [...onPalm, ...onBack].some(isDigit)) hand.specific = true;
        places.push({
          side: s,
          palm: [...onPalm],
          back: [...onBack],
          arm: [...arm],
          ...span,
          ...(assumed ? { assumedSide: true } : {}),
        });
      }
      if (assumed && !assumedNoted) {
        this.notes.push(fill(this.messages.defaultSide, { words: span.words }));
        assumedNoted = true;
      }
    }
    const map: HandMapAnswer = {};
    for (const side of ['left', 'right'] as const) {
      const hand = hands[side];
      const palm = new Set(hand.palm);
      // Named fingers say more than "my hand": the whole hand's fingers are kept only when none are named.
      for (const r of hand.general) if (!hand.specific || !isDigit(r)) palm.add(r);
      const answer: HandAnswer = {};
      const palmList = HAND_REGIONS.filter((r) => palm.has(r));
      const backList = HAND_REGIONS.filter((r) => hand.back.has(r));
      const armList = ARM_REGIONS.filter((r) => hand.arm.has(r));
      if (palmList.length > 0) answer.palm = palmList;
      if (backList.length > 0) answer.back = backList;
      if (armList.length > 0) answer.arm = armList;
      if (Object.keys(answer).length > 0) map[side] = answer;
    }
    return { map: Object.keys(map).length > 0 ? map : null, places };
  }

  /** The duration answer from the time expressions that are about the numbness itself. */
  private duration(): { value: string; time: TimeHit } | null {
    // A time said with something else is that thing's time: a condition or medicine ("diabetes for 20 years"),
    // an activity ("typing for hours"), an old injury or an old episode ("broke my wrist as a child").
    const ownsTime = (hit: FindingHit, time: TimeHit): boolean => {
      const entry = hit.owner.entry;
      if (this.sentenceOf(hit) !== this.sentenceOf(time)) return false;
      const timed = entry.timed;
      if (timed !== undefined) {
        // A recent injury's time is when the trouble began; an old one's is only its own.
        const days = this.daysOf(time);
        return this.nearestTime(hit) === time && days !== undefined && days > timed.withinDays;
      }
      const history = findingIds(entry).some((id) => this.questions.history.has(id));
      if (!history && !entry.context) return false;
      if (this.distance(hit, time) > ATTACH_REACH) return false;
      const [from, to] = hit.end <= time.start ? [hit.end, time.start] : [time.end, hit.start];
      for (let t = from; t < to; t++) if (this.tokens[t]?.kind !== 'word') return false;
      return true;
    };
    // "Developed over a couple of days" says how it began, and only that it has lasted at least that long.
    const describesOnset = (time: TimeHit): boolean =>
      this.findingHits.some(
        (hit) =>
          overlaps(hit, time) &&
          findingIds(hit.owner.entry).some((id) => {
            const option = this.questions.choice.get(id);
            return option !== undefined && option.question !== this.questions.durationQuestion;
          }),
      );

    const sinceWords = this.lexicon.words.sinceWords;
    const candidates: { time: TimeHit; days: number; start: boolean }[] = [];
    for (const time of this.times) {
      const entry = time.owner.time;
      // "Ему 70 лет" is an age, not how long anything has lasted.
      if (entry.episode || this.ages.some((age) => overlaps(age, time))) continue;
      const days = this.daysOf(time);
      if (days === undefined) continue;
      let since = entry.kind === 'since' || entry.kind === 'anaphor';
      for (let t = time.start - 1; t >= Math.max(0, time.start - SINCE_REACH) && !since; t--) {
        const token = this.tokens[t];
        if (token === undefined || token.kind === 'stop') break;
        if (sinceWords.has(token.norm)) since = true;
      }
      if (!this.aboutSentences.has(this.sentenceOf(time))) continue;
      if (!since) {
        if (this.findingHits.some((hit) => ownsTime(hit, time))) continue;
        if (describesOnset(time) && days <= 14) continue;
      }
      candidates.push({ time, days, start: entry.kind !== 'span' });
    }
    // When it started says more than how long an episode lasted; of several, the earliest start counts.
    const starts = candidates.filter((c) => c.start);
    const pool = starts.length > 0 ? starts : candidates;
    const best = pool.reduce<(typeof pool)[number] | undefined>(
      (a, c) => (a === undefined || c.days > a.days ? c : a),
      undefined,
    );
    if (best === undefined) return null;
    const value = best.days < 1 ? 'today' : best.days <= 14 ? 'days' : 'weeks';
    return { value, time: best.time };
  }

  result(): ParseResult {
    const merged = this.merge(this.votes());
    const findings: UnderstoodFinding[] = [];
    const answers: Answers = {};
    const choices: UnderstoodChoice[] = [];
    const q = this.questions;
    const addFinding = (
      finding: string,
      state: YesNoAnswer,
      span: { start: number; end: number },
      uncertain = false,
    ): void => {
      findings.push({ finding, state, ...this.wordsOf(span), ...(uncertain ? { uncertain: true } : {}) });
    };

    // Choices from findings (onset, pattern): the option with the most weight; ties go to the knowledge's order.
    const choiceVotes = new Map<string, Map<string, { weight: number; finding: string }>>();
    for (const [finding, { state, vote }] of merged) {
      const option = q.choice.get(finding);
      if (option === undefined || state !== 'present') continue;
      const options =
        choiceVotes.get(option.question) ?? new Map<string, { weight: number; finding: string }>();
      const before = options.get(option.value);
      options.set(option.value, { weight: (before?.weight ?? 0) + vote.weight, finding });
      choiceVotes.set(option.question, options);
    }
    const losers = new Set<string>();
    for (const [question, options] of choiceVotes) {
      const order = q.choiceOrder.get(question) ?? [];
      const ranked = [...options.entries()].sort(
        ([a, x], [b, y]) => y.weight - x.weight || order.indexOf(a) - order.indexOf(b),
      );
      const [winner, ...rest] = ranked;
      if (winner === undefined) continue;
      answers[question] = winner[0];
      const vote = merged.get(winner[1].finding)?.vote;
      if (vote) choices.push({ question, value: winner[0], ...this.wordsOf(vote) });
      for (const [, { finding }] of rest) losers.add(finding);
      if (rest.length > 0)
        this.notes.push(fill(this.messages.choiceConflict, { finding: question, chosen: winner[0] }));
    }

    // Findings into their questions: checklists item by item, self-tests as a whole. A danger sign the words raise
    // without settling is reported but left out of the answers: "don't know" is the person's answer to give, and an
    // unanswered danger sign is asked first.
    for (const [finding, { state, vote }] of merged) {
      if (losers.has(finding)) continue;
      addFinding(finding, state, vote, vote.uncertain);
      if (state === 'unknown' && q.danger.has(finding)) continue;
      const checklist = q.checklist.get(finding);
      if (checklist !== undefined) {
        const current = answers[checklist];
        const map: Record<string, YesNoAnswer> = isYesNoMap(current) ? current : {};
        map[finding] = state;
        answers[checklist] = map;
      }
      const single = q.selfTest.get(finding);
      if (single !== undefined) answers[single] = state;
    }

    // The hand map.
    const { map, places } = this.handMap();
    if (map !== null && q.handMapQuestion !== undefined) {
      answers[q.handMapQuestion] = map;
      for (const [finding, present] of handMapFindings(map)) {
        if (!present) continue;
        const place = placeFor(finding, places);
        if (place)
          findings.push({
            finding,
            state: 'present',
            words: place.words,
            start: place.start,
            end: place.end,
          });
      }
    }

    // Duration.
    const duration = this.duration();
    if (duration !== null && q.durationQuestion !== undefined) {
      answers[q.durationQuestion] = duration.value;
      const words = this.wordsOf(duration.time);
      choices.push({ question: q.durationQuestion, value: duration.value, ...words });
      for (const [finding, option] of q.choice) {
        if (option.question === q.durationQuestion && option.value === duration.value) {
          findings.push({ finding, state: 'present', ...words });
        }
      }
    }

    // Age and sex.
    const age = this.ages.find((hit) => !this.mentionOf(hit).other && !this.mentionOf(hit).negated);
    const ageValue = age === undefined ? undefined : (age.value ?? age.owner.person.ageValue);
    if (
      age !== undefined &&
      ageValue !== undefined &&
      ageValue >= 1 &&
      ageValue <= 120 &&
      q.ageQuestion !== undefined
    ) {
      answers[q.ageQuestion] = ageValue;
      const words = this.wordsOf(age);
      choices.push({ question: q.ageQuestion, value: ageValue, ...words });
      for (const band of q.ageBands) {
        if (ageValue >= (band.min ?? -Infinity) && ageValue < (band.max ?? Infinity)) {
          findings.push({ finding: band.finding, state: 'present', ...words });
        }
      }
    }
    const sexes = new Map<string, PersonHit>();
    for (const hit of this.sexes) {
      const sex = hit.owner.person.sex;
      if (sex !== undefined && !this.mentionOf(hit).other && !sexes.has(sex)) sexes.set(sex, hit);
    }
    let sexHit: { sex: string; span: { start: number; end: number } } | undefined;
    const [onlySex] = [...sexes];
    const relative = this.proxy ? this.relativeNamed() : undefined;
    if (relative !== undefined)
      this.notes.push(fill(this.messages.proxy, { words: this.wordsOf(relative.span).words }));
    if (sexes.size === 1 && onlySex !== undefined) {
      sexHit = { sex: onlySex[0], span: onlySex[1] };
    } else if (sexes.size === 0 && relative?.sex !== undefined) {
      sexHit = { sex: relative.sex, span: relative.span };
    } else if (sexes.size === 0) {
      // Speaking of one's pregnancy or periods, even to deny them, means the person is female.
      const female = ['pregnancy', 'heavy_periods'].map((f) => merged.get(f)).find((m) => m !== undefined);
      if (female) {
        sexHit = { sex: 'female', span: female.vote };
        this.notes.push(
          fill(this.messages.inferred, { finding: 'female', words: this.wordsOf(female.vote).words }),
        );
      }
    }
    if (sexHit !== undefined && q.sexQuestion !== undefined) {
      answers[q.sexQuestion] = sexHit.sex;
      const words = this.wordsOf(sexHit.span);
      choices.push({ question: q.sexQuestion, value: sexHit.sex, ...words });
      const finding = [...q.choice].find(
        ([, o]) => o.question === q.sexQuestion && o.value === sexHit.sex,
      )?.[0];
      if (finding) findings.push({ finding, state: 'present', ...words });
    }

    // Signs the words imply without naming them, each said in a note: a stroke sign the words describe is ticked.
    const infer = (finding: string, vote: FindingVote): void => {
      const checklist = q.checklist.get(finding);
      if (checklist === undefined || merged.get(finding)?.state === 'present') return;
      const current = answers[checklist];
      const itemMap: Record<string, YesNoAnswer> = isYesNoMap(current) ? current : {};
      itemMap[finding] = 'present';
      answers[checklist] = itemMap;
      addFinding(finding, 'present', vote);
      this.notes.push(
        fill(this.messages.inferred, { finding: this.label(finding), words: this.wordsOf(vote).words }),
      );
    };
    const said = (finding: string): boolean => merged.get(finding)?.state === 'present';
    const oneSide = map !== null && !(map.left && map.right);
    // Weakness that began today, in one hand, is a stroke sign until shown otherwise (BE-FAST: "Arm").
    // Weakness that has been getting worse over days is not a sudden one.
    const weakness = merged.get('hand_weakness');
    const today = answers[q.durationQuestion ?? ''] === 'today' || said('onset_sudden');
    const progressing = said('rapid_weakness') || said('getting_worse');
    if (weakness?.state === 'present' && today && oneSide && !progressing && !merged.has('one_side_weakness'))
      infer('one_side_weakness', weakness.vote);
    // Numbness that came on suddenly, out of the blue, on one side is a stroke sign too: still there, an emergency;
    // gone again, a possible mini-stroke. A single short episode that has passed reads the same way, sudden or not
    // said to be. Not when the words give it an ordinary cause or a pattern of its own.
    const start = merged.get('onset_sudden') ?? merged.get('single_episode_passed');
    const strokeSignSaid = [...merged].some(
      ([f, m]) => m.state === 'present' && q.checklist.get(f) === q.checklist.get('sudden_one_side_numbness'),
    );
    if (start?.state === 'present' && oneSide && !strokeSignSaid && !EXPLAINED_BY.some(said))
      infer(
        said('single_episode_passed') ? 'sudden_one_side_numbness_passed' : 'sudden_one_side_numbness',
        start.vote,
      );

    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    return { findings, answers, notes: [...new Set(this.notes)], places, choices };
  }
}

/** Words for relatives: compared by `Token.norm`, or, written `=form`, by the word as read. */
interface RelativeWords {
  norms: ReadonlySet<string>;
  forms: ReadonlySet<string>;
}

const relativeWordCache = new WeakMap<CompiledLexicon, RelativeWords>();

/** A lexicon's words for relatives and others, from its proxy words and its experiencer cues; computed once. */
function relativeWordsOf(compiled: CompiledLexicon): RelativeWords {
  const cached = relativeWordCache.get(compiled);
  if (cached) return cached;
  const lexicon = compiled.lexicon;
  const named = lexicon.cues.filter((c) => c.kind === 'experiencer' && !c.history).flatMap((c) => c.patterns);
  const pieces = named.flatMap((p) => p.split(/[ |]/)).map((w) => w.replace(/\?$/, ''));
  const plain = pieces.filter((w) => /^[^=*#@[!]+$/.test(w));
  const words: RelativeWords = {
    norms: new Set([
      ...compiled.words.female,
      ...compiled.words.male,
      ...plain.map((w) => compiled.stem(compiled.fold(w))),
    ]),
    forms: new Set(pieces.filter((w) => w.startsWith('=')).map((w) => compiled.fold(w.slice(1)))),
  };
  relativeWordCache.set(compiled, words);
  return words;
}

function hitOf(pattern: CompiledPattern, match: Match): Hit {
  return {
    owner: pattern.owner,
    start: match.start,
    end: match.end,
    literals: match.literals,
    value: match.value,
  };
}

function isDigit(region: HandRegion): boolean {
  return region !== 'thumb_side' && region !== 'little_side';
}

function isYesNoMap(value: Answers[string] | undefined): value is Record<string, YesNoAnswer> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !('left' in value) &&
    !('right' in value) &&
    !('palm' in value)
  );
}

/** The place whose words best show a hand-map finding. */
function placeFor(finding: string, places: UnderstoodPlace[]): UnderstoodPlace | undefined {
  const pick = (test: (p: UnderstoodPlace) => boolean): UnderstoodPlace | undefined =>
    places.find(test) ?? places[0];
  switch (finding) {
    case 'side_left':
      return pick((p) => p.side === 'left');
    case 'side_right':
      return pick((p) => p.side === 'right');
    case 'ulnar_fingers':
      return pick((p) => p.palm.includes('little') || p.palm.includes('ring'));
    case 'arm_involved':
      return pick((p) => p.arm.includes('forearm') || p.arm.includes('upper_arm'));
    case 'back_of_thumb':
      return pick((p) => p.back.length > 0);
    case 'katz_classic_probable':
    case 'katz_possible':
      return pick((p) => p.palm.some((r) => r === 'thumb' || r === 'index' || r === 'middle'));
    default:
      return places[0];
  }
}
