import type { CauseId, Question, SourceId, TriageLevel } from '../knowledge/schema.ts';

/** What is known of one finding. A finding missing from a map is unknown. */
export type FindingState = 'present' | 'absent';
/** How a person answers a yes/no item: "unknown" is always allowed and never read as absent. */
export type YesNoAnswer = 'present' | 'absent' | 'unknown';

/** Places on the palm side or back of one hand. */
export const HAND_REGIONS = [
  'thumb',
  'index',
  'middle',
  'ring',
  'little',
  'thumb_side',
  'little_side',
] as const;
export type HandRegion = (typeof HAND_REGIONS)[number];
/** Places above the hand. */
export const ARM_REGIONS = ['wrist', 'forearm', 'upper_arm'] as const;
export type ArmRegion = (typeof ARM_REGIONS)[number];

/** Where one hand is numb. `thumb_side` and `little_side` are the halves of the palm or the back of the hand. */
export interface HandAnswer {
  palm?: HandRegion[];
  back?: HandRegion[];
  arm?: ArmRegion[];
}
/** The hand map answer: a hand left out is not affected. */
export interface HandMapAnswer {
  left?: HandAnswer;
  right?: HandAnswer;
}

/**
 * One answer, by the kind of its question:
 * - yesno, selfTest: `present` | `absent` | `unknown`;
 * - checklist: the ticked finding ids (the others absent), or a map finding id → yes/no answer for a partial answer;
 * - choice: an option's value; number: a number; handMap: a `HandMapAnswer`;
 * - any question: `unknown` ("don't know").
 */
export type AnswerValue = string | number | string[] | Record<string, YesNoAnswer> | HandMapAnswer;

/** Answers keyed by question id. Unanswered questions are simply absent from the map. */
export type Answers = Record<string, AnswerValue>;

/** Finding id → present or absent. */
export type Findings = ReadonlyMap<string, FindingState>;

export interface TriageReason {
  text: string;
  findings: readonly string[];
  sources: readonly SourceId[];
}

export interface Triage {
  level: TriageLevel;
  reasons: TriageReason[];
}

/** One finding's share of a cause's score, in natural-log odds: the exact "why". */
export interface Contribution {
  finding: string;
  text: string;
  weight: number;
}

export interface RankedCause {
  id: CauseId;
  name: string;
  probability: number;
  why: { for: Contribution[]; against: Contribution[] };
  sources: readonly SourceId[];
}

export interface PlanItem {
  id: string;
  text: string;
  sources: readonly SourceId[];
  /** Exercise ids that carry this item out. */
  exercises?: readonly string[];
  /** Causes this item is for. */
  forCauses?: CauseId[];
}

export interface Plan {
  now: PlanItem[];
  tests: PlanItem[];
  specialists: PlanItem[];
  selfCare: PlanItem[];
  prevention: PlanItem[];
}

/** Ratings of validated instruments computed from the answers. */
export interface Instruments {
  /** Katz hand diagram rating of the most carpal-tunnel-like hand, when the hand map was answered. */
  katz: { rating: 'classic' | 'probable' | 'possible' | 'unlikely'; hand: 'left' | 'right' } | null;
  /**
   * The self-report part of CTS-6 (items 1 and 2, and Phalen and Tinel as self-tests); the examiner items cannot be
   * scored here, so this is a partial score out of `max`.
   */
  cts6: { score: number; max: number; items: string[] } | null;
}

/** The result of one assessment; field names are a public contract (DESIGN.md). */
export interface Assessment {
  knowledgeVersion: string;
  notice: string;
  triage: Triage;
  causes: RankedCause[];
  next: Question | null;
  plan: Plan;
  /** Danger signs still unknown: the level was computed without them. */
  unscreened: string[];
  /**
   * The danger signs among `unscreened` that the person was asked and answered "don't know": the level is held at
   * `doctor` or above for them, and the first reason names them with what to do if any is present.
   */
  unsure: string[];
  instruments: Instruments;
}
