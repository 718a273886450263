/**
 * The shape of numbcheck's medical knowledge. Everything the engine knows about hand and arm numbness is data of
 * these types; the engine holds no medical facts of its own.
 */

/** Triage levels, most urgent first. The ids are a public contract (DESIGN.md). */
export const TRIAGE_LEVELS = ['emergency', 'urgent', 'doctor', 'self_care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** Cause ids. The ids are a public contract (DESIGN.md); the knowledge must describe every one. */
export const CAUSE_IDS = [
  'positional_compression',
  'exercise_related',
  'carpal_tunnel',
  'ulnar_neuropathy',
  'cervical_radiculopathy',
  'cervical_myelopathy',
  'cardiac_ischemia',
  'stroke_tia',
  'diabetic_neuropathy',
  'anemia',
  'b12_deficiency',
  'raynaud',
  'cold_exposure',
  'thoracic_outlet',
  'anxiety_hyperventilation',
  'injury_nerve_damage',
  'multiple_sclerosis',
  'arterial_occlusion',
  'compartment_syndrome',
  'spinal_cord_injury',
  'upper_limb_dvt',
  'guillain_barre',
  'hypoglycaemia',
  'spinal_infection_or_tumour',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/**
 * A source id from CLINICAL.md (for example `KATZ1990`, `NHS-CTS`) or a section of the seed article written
 * `SEED:<section>` (for example `SEED:causes`). Every cause, rule, test and piece of advice lists at least one.
 */
export type SourceId = string;

/** A public source that knowledge items cite. */
export interface Source {
  /** Short id used in citations, as in CLINICAL.md. */
  readonly id: SourceId;
  /** Human-readable reference: authors, title, publication or publisher. */
  readonly title: string;
  /** Where a reader can find it, when it is on the web. */
  readonly url?: string;
}

/**
 * Where a number came from. `study` numbers come from the cited study's sensitivity and specificity; `estimate`
 * numbers are clinical estimates, to be revised when data arrive.
 */
export type Basis = 'study' | 'estimate';

/**
 * A yes/no fact about the person. Questions set findings; causes and rules read them. A finding the person has not
 * answered is unknown, and unknown is never read as absent.
 */
export interface Finding {
  /** Stable id, snake_case, for example `night_waking`. */
  readonly id: string;
  /** Plain-language statement of the finding as a person would recognise it. */
  readonly label: string;
  /**
   * Share of people who look up hand numbness that have this finding, when the cause in question is not theirs.
   * It is the default "probability if not this cause" for every cause's likelihood of this finding.
   */
  readonly baseRate: number;
  /** Where `baseRate` comes from: every base rate is the default "probability if not this cause" of a likelihood. */
  readonly baseRateBasis: Basis;
  readonly baseRateSources: readonly SourceId[];
  /** True for danger signs: the danger screen asks them first, and a result without them says so in `unscreened`. */
  readonly danger?: boolean;
}

/** How strongly a finding points to a cause: the probability of the finding with the cause and without it. */
export interface Likelihood {
  /** P(finding present | this cause). */
  readonly ifCause: number;
  /** P(finding present | not this cause); defaults to the finding's `baseRate`. */
  readonly ifNot?: number;
  readonly basis: Basis;
  readonly sources: readonly SourceId[];
}

/** A test a doctor may order, with what it looks for. */
export interface MedicalTest {
  readonly id: string;
  readonly name: string;
  /** Why a doctor would order it, in plain words. */
  readonly purpose: string;
  readonly sources: readonly SourceId[];
}

/** A kind of clinician a person may be sent to. */
export interface Specialist {
  readonly id: string;
  readonly name: string;
  readonly sources: readonly SourceId[];
}

/** One piece of advice a person can act on. */
export interface Advice {
  readonly id: string;
  readonly text: string;
  /** Exercises from the knowledge that carry this advice out. */
  readonly exercises?: readonly string[];
  readonly sources: readonly SourceId[];
}

/**
 * When a cause is likely enough to be the reason for a triage level. The threshold is compared with the cause's
 * danger score, which counts only evidence that raises it, so that more findings never lower the level.
 */
export interface CauseUrgency {
  readonly level: TriageLevel;
  readonly threshold: number;
  /** Why this cause at this likelihood needs this level, for the person. */
  readonly text: string;
  readonly sources: readonly SourceId[];
}

/** One possible reason for numbness: the unit the engine ranks. */
export interface Cause {
  readonly id: CauseId;
  /** Short plain name, for example "Carpal tunnel syndrome". */
  readonly name: string;
  /** What it is, in two or three plain sentences. */
  readonly description: string;
  /** Probability among people who look up hand numbness, before any answer. */
  readonly prior: number;
  readonly priorBasis: Basis;
  /** Findings that matter for this cause and how much. */
  readonly likelihoods: Readonly<Record<string, Likelihood>>;
  /** Triage levels this cause calls for when its danger score passes the threshold, most urgent first. */
  readonly urgency: readonly CauseUrgency[];
  /** Tests a doctor may order (ids of `MedicalTest`). */
  readonly tests: readonly string[];
  /** Who a person would see (ids of `Specialist`). */
  readonly specialists: readonly string[];
  readonly selfCare: readonly Advice[];
  readonly prevention: readonly Advice[];
  readonly sources: readonly SourceId[];
}

/** A finding stated as present; rules read only present findings, so that more findings never lower triage. */
export type RuleCondition =
  | { readonly finding: string }
  | { readonly allOf: readonly RuleCondition[] }
  | { readonly anyOf: readonly RuleCondition[] }
  | { readonly atLeast: number; readonly of: readonly string[] };

/** An explicit triage rule: red flags (emergency, urgent) and course modifiers (doctor). */
export interface TriageRule {
  readonly id: string;
  readonly level: TriageLevel;
  readonly when: RuleCondition;
  /** What it means and what to do, in words for the person. */
  readonly text: string;
  readonly sources: readonly SourceId[];
  /**
   * The conditions this sign points to. When the rule fires, their tests, specialists and advice join the plan
   * however likely the ranking makes them: the urgent cause is never left out of what to do.
   */
  readonly causes?: readonly CauseId[];
  /** What to do now for this sign in particular, shown before the level's general steps. */
  readonly now?: readonly Advice[];
  /**
   * The sign makes ordinary self-care unsafe or beside the point (keeping active with possible angina, warming a
   * hand without blood): while it fires, the plan carries only the advice of the rule's own causes.
   */
  readonly withholdsSelfCare?: boolean;
}

/** How one answer to a question sets findings. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  /** Findings this option makes present; the question's other findings become absent. */
  readonly present: readonly string[];
}

/** A derived finding from a number answer: present when min ≤ value < max. */
export interface NumberBand {
  readonly finding: string;
  readonly min?: number;
  readonly max?: number;
}

interface QuestionBase {
  readonly id: string;
  /** The question as asked. */
  readonly text: string;
  /** Extra help shown under the question. */
  readonly help?: string;
  /** Danger-screen questions are asked first, in knowledge order. */
  readonly dangerScreen?: boolean;
  /** Optional questions (guided self-tests) are offered, never needed to finish. */
  readonly optional?: boolean;
  /**
   * Asked whenever one of its answers could change the triage level or the order of the likeliest causes, even when
   * its expected gain alone would not be worth a question: for facts a doctor always wants, such as how long.
   */
  readonly askWhenDecisive?: boolean;
}

/** One finding, answered present, absent or unknown. */
export interface YesNoQuestion extends QuestionBase {
  readonly kind: 'yesno';
  readonly finding: string;
}

/** Several findings at once ("Do any of these apply?"): ticked items present, the rest absent. */
export interface ChecklistQuestion extends QuestionBase {
  readonly kind: 'checklist';
  readonly findings: readonly string[];
}

/** One option out of several, each making some findings present and the others absent. */
export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'choice';
  readonly options: readonly ChoiceOption[];
}

/** A number, for example age, turned into banded findings. */
export interface NumberQuestion extends QuestionBase {
  readonly kind: 'number';
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly bands: readonly NumberBand[];
}

/** The hand map: which places on which hand, palm or back, and how far up the arm. */
export interface HandMapQuestion extends QuestionBase {
  readonly kind: 'handMap';
}

/** A guided self-test: instructions, then whether the symptoms came. Labelled as a self-test, not an examination. */
export interface SelfTestQuestion extends QuestionBase {
  readonly kind: 'selfTest';
  readonly finding: string;
  /** Steps the person follows. */
  readonly steps: readonly string[];
  /** How long to hold the position, in seconds. */
  readonly seconds: number;
  readonly sources: readonly SourceId[];
}

export type Question =
  | YesNoQuestion
  | ChecklistQuestion
  | ChoiceQuestion
  | NumberQuestion
  | HandMapQuestion
  | SelfTestQuestion;

/** An illustrated exercise. */
export interface Exercise {
  readonly id: string;
  readonly name: string;
  /** What it is for, in one sentence. */
  readonly purpose: string;
  readonly steps: readonly string[];
  /** Seconds for one round of the exercise. */
  readonly durationSeconds: number;
  readonly repetitions: number;
  readonly cautions: readonly string[];
  readonly sources: readonly SourceId[];
}

/** What a triage level means for the person and what to do now. */
export interface LevelGuidance {
  /** The level in a few words, for example "Call an ambulance now". */
  readonly title: string;
  /** One or two sentences a frightened person understands. */
  readonly summary: string;
  /** What to do now, most important first. */
  readonly now: readonly Advice[];
}

/** The kinds of emergency that have guidance of their own. */
export const EMERGENCY_KIND_IDS = ['stroke', 'heart', 'limb', 'spinal'] as const;
export type EmergencyKindId = (typeof EMERGENCY_KIND_IDS)[number];

/**
 * One kind of emergency and what to do about it: the steps particular to it, in place of the emergency level's
 * general ones. The rules and causes listed are the emergencies of this kind; each emergency rule and cause belongs
 * to one kind at most, and one with none takes the level's general steps (`genericEmergencies`).
 */
export interface EmergencyKind {
  readonly id: EmergencyKindId;
  /** A heading, for example "Stroke or mini-stroke (TIA)". */
  readonly title: string;
  /** One sentence for the top of the emergency page when this is the one kind that fired. */
  readonly summary: string;
  /** What it looks like, for the emergency page opened without an assessment. */
  readonly signs: { text: string; sources: readonly SourceId[] };
  /** Emergency rules of this kind. */
  readonly rules: readonly string[];
  /** Causes whose emergency urgency is of this kind. */
  readonly causes: readonly CauseId[];
  /** What to do now, most important first: the call itself included, so that the kind stands on its own. */
  readonly now: readonly Advice[];
  /** What to tell the call handler. */
  readonly tell: readonly Advice[];
  /** What to do, and not to do, while waiting for the ambulance. */
  readonly wait: readonly Advice[];
}

/** The whole knowledge base. */
export interface Knowledge {
  /** Reported by every result, so that a result can be traced to the knowledge that produced it. */
  readonly version: string;
  readonly sources: readonly Source[];
  readonly findings: readonly Finding[];
  readonly questions: readonly Question[];
  readonly causes: readonly Cause[];
  readonly rules: readonly TriageRule[];
  readonly tests: readonly MedicalTest[];
  readonly specialists: readonly Specialist[];
  readonly exercises: readonly Exercise[];
  /** One entry for each triage level, most urgent first. */
  /** What each level means and what to do now, for every level. */
  readonly levels: Readonly<Record<TriageLevel, LevelGuidance>>;
  /** What to do for each kind of emergency; an emergency of no kind takes the emergency level's `now`. */
  readonly emergencyKinds: readonly EmergencyKind[];
  /**
   * The emergency rules and causes that belong to no kind and take the emergency level's general steps (with a
   * rule's own `now`): listed, so that every emergency is given its steps on purpose (checked by `checkKnowledge`).
   */
  readonly genericEmergencies: { rules: readonly string[]; causes: readonly CauseId[] };
  /** The sentence every result carries: information, not a diagnosis. */
  readonly notice: string;
  /**
   * What a danger sign answered "don't know" calls for. Unknown is never absent: such a result is at least this
   * level, and leads with the signs and what to do if any of them is present.
   */
  readonly unsure: { level: TriageLevel; text: string; sources: readonly SourceId[] };
  /** The words the engine puts into a result itself, written here so that each language has them. */
  readonly phrases: EnginePhrases;
}

/** The engine's own words in a result: reasons it gives and how it names an answer that set none of its findings. */
export interface EnginePhrases {
  /** The reason for self-care when no rule gave one. */
  readonly nothingUrgent: { text: string; sources: readonly SourceId[] };
  /** The reason added when danger signs were never asked: the level could be too low until they are. */
  readonly notAsked: { text: string; sources: readonly SourceId[] };
  /** Put before the labels of a choice's findings when the answer was none of them: "No — came on suddenly". */
  readonly none: string;
  /** The hand map's reading when it fits no Katz carpal tunnel rating. */
  readonly handMapNotTypical: string;
}
