import type { SourceId } from '../schema.ts';

/**
 * The Boston Carpal Tunnel Questionnaire (BCTQ; Levine et al., J Bone Joint Surg Am 1993;75:1585–1592), also called
 * the Brigham and Women's Carpal Tunnel Questionnaire: a Symptom Severity Scale of 11 items and a Functional Status
 * Scale of 8 items, each answered 1 (best) to 5 (worst) about a typical day in the past two weeks.
 *
 * Wording. Checked against reproductions of the questionnaire found with the search tool:
 * - the 11 symptom questions and the 8 activities, word for word, from Sambandam et al., Int Orthop 2008;32:497,
 *   Table 2 (https://pmc.ncbi.nlm.nih.gov/articles/PMC2532277/table/Tab2);
 * - the answers to symptom items 1–3 (and so 10, which repeats the scale of item 2) and the symptom-scale
 *   instruction from a clinical reproduction (chiropractic-help.com, "Boston Carpal Tunnel Syndrome Questionnaire");
 * - the function-scale instruction and the column headings "No difficulty … Severe difficulty" from the modified BCTQ
 *   reproduced in Patient Reported Outcome Measures in Rheumatic Diseases (Springer 2016), ch. 13, appendix 1.
 * The answers to symptom items 4–9 and 11, and the last function answer ("Cannot do at all due to hand or wrist
 * symptoms"), could not be seen in full in a reproduction: they follow the original's scale for each item as widely
 * reproduced and match the structure of independent implementations, but treat their exact wording as a faithful
 * paraphrase until checked against Levine 1993's appendix.
 */

/** Ids of the Symptom Severity Scale items, in the questionnaire's order. */
export type BctqSymptomItemId =
  | 'night_pain_severity'
  | 'night_pain_waking'
  | 'day_pain_severity'
  | 'day_pain_frequency'
  | 'day_pain_duration'
  | 'numbness'
  | 'weakness'
  | 'tingling'
  | 'night_numbness_severity'
  | 'night_numbness_waking'
  | 'grasping_small_objects';

/** Ids of the Functional Status Scale items, in the questionnaire's order. */
export type BctqFunctionItemId =
  | 'writing'
  | 'buttoning_clothes'
  | 'holding_book'
  | 'gripping_telephone'
  | 'opening_jars'
  | 'household_chores'
  | 'carrying_groceries'
  | 'bathing_dressing';

export type BctqItemId = BctqSymptomItemId | BctqFunctionItemId;

/** The five answers of an item, in score order: the first scores 1 (no symptom or difficulty), the last 5. */
export type BctqAnswerLabels = readonly [string, string, string, string, string];

/** One BCTQ item. */
export interface BctqItem<Id extends BctqItemId = BctqItemId> {
  id: Id;
  /** The item's number within its scale (1-based), as the questionnaire prints it. */
  number: number;
  /** The question, or for the function scale the activity, as the questionnaire words it. */
  text: string;
  labels: BctqAnswerLabels;
}

/** One of the two BCTQ scales. Each is scored on its own; the BCTQ has no combined score. */
export interface BctqScale<Id extends BctqItemId = BctqItemId> {
  name: string;
  /** What the person is asked to think about before answering. */
  instructions: string;
  items: readonly BctqItem<Id>[];
}

/** The whole questionnaire. */
export interface BctqInstrument {
  id: 'bctq';
  name: string;
  /** Both scales ask about a typical day in the last 14 days. */
  recallDays: number;
  symptomSeverity: BctqScale<BctqSymptomItemId>;
  functionalStatus: BctqScale<BctqFunctionItemId>;
  sources: SourceId[];
}

// Items 2 and 10 share this scale: how many times symptoms woke the person on a typical night.
const NIGHT_WAKING: BctqAnswerLabels = [
  'Never',
  'Once',
  'Two or three times',
  'Four or five times',
  'More than five times',
];

const DIFFICULTY: BctqAnswerLabels = [
  'No difficulty',
  'Mild difficulty',
  'Moderate difficulty',
  'Severe difficulty',
  'Cannot do at all due to hand or wrist symptoms',
];

/** The Boston Carpal Tunnel Questionnaire, as data. */
export const bctq: BctqInstrument = {
  id: 'bctq',
  name: 'Boston Carpal Tunnel Questionnaire',
  recallDays: 14,
  symptomSeverity: {
    name: 'Symptom Severity Scale',
    instructions:
      'The following questions refer to your symptoms for a typical twenty-four hour period during the past two weeks. Choose one answer to each question.',
    items: [
      {
        id: 'night_pain_severity',
        number: 1,
        text: 'How severe is the hand or wrist pain that you have at night?',
        labels: [
          'I do not have hand or wrist pain at night',
          'Mild pain',
          'Moderate pain',
          'Severe pain',
          'Very severe pain',
        ],
      },
      {
        id: 'night_pain_waking',
        number: 2,
        text: 'How often did hand or wrist pain wake you up during a typical night in the past two weeks?',
        labels: NIGHT_WAKING,
      },
      {
        id: 'day_pain_severity',
        number: 3,
        text: 'Do you typically have pain in your hand or wrist during the daytime?',
        labels: [
          'I never have pain during the day',
          'I have mild pain during the day',
          'I have moderate pain during the day',
          'I have severe pain during the day',
          'I have very severe pain during the day',
        ],
      },
      {
        id: 'day_pain_frequency',
        number: 4,
        text: 'How often do you have hand or wrist pain during daytime?',
        labels: [
          'Never',
          'Once or twice a day',
          'Three to five times a day',
          'More than five times a day',
          'The pain is constant',
        ],
      },
      {
        id: 'day_pain_duration',
        number: 5,
        text: 'How long on average does an episode of pain last during the daytime?',
        labels: [
          'I never get pain during the day',
          'Less than 10 minutes',
          '10 to 60 minutes',
          'Greater than 60 minutes',
          'The pain is constant throughout the day',
        ],
      },
      {
        id: 'numbness',
        number: 6,
        text: 'Do you have numbness (loss of sensation) in your hand?',
        labels: [
          'No',
          'I have mild numbness',
          'I have moderate numbness',
          'I have severe numbness',
          'I have very severe numbness',
        ],
      },
      {
        id: 'weakness',
        number: 7,
        text: 'Do you have weakness in your hand or wrist?',
        labels: [
          'No weakness',
          'Mild weakness',
          'Moderate weakness',
          'Severe weakness',
          'Very severe weakness',
        ],
      },
      {
        id: 'tingling',
        number: 8,
        text: 'Do you have tingling sensations in your hand?',
        labels: [
          'No tingling',
          'Mild tingling',
          'Moderate tingling',
          'Severe tingling',
          'Very severe tingling',
        ],
      },
      {
        id: 'night_numbness_severity',
        number: 9,
        text: 'How severe is numbness (loss of sensation) or tingling at night?',
        labels: ['I have no numbness or tingling at night', 'Mild', 'Moderate', 'Severe', 'Very severe'],
      },
      {
        id: 'night_numbness_waking',
        number: 10,
        text: 'How often did hand numbness or tingling wake you up during a typical night during the past two weeks?',
        labels: NIGHT_WAKING,
      },
      {
        id: 'grasping_small_objects',
        number: 11,
        text: 'Do you have difficulty with the grasping and use of small objects such as keys or pens?',
        labels: [
          'No difficulty',
          'Mild difficulty',
          'Moderate difficulty',
          'Severe difficulty',
          'Very severe difficulty',
        ],
      },
    ],
  },
  functionalStatus: {
    name: 'Functional Status Scale',
    instructions:
      'On a typical day during the past two weeks, have your hand or wrist symptoms caused you to have any difficulty doing the activities listed below? Choose the one answer that best describes your ability to do each activity.',
    items: [
      { id: 'writing', number: 1, text: 'Writing', labels: DIFFICULTY },
      { id: 'buttoning_clothes', number: 2, text: 'Buttoning of clothes', labels: DIFFICULTY },
      { id: 'holding_book', number: 3, text: 'Holding a book while reading', labels: DIFFICULTY },
      { id: 'gripping_telephone', number: 4, text: 'Gripping of a telephone handle', labels: DIFFICULTY },
      { id: 'opening_jars', number: 5, text: 'Opening of jars', labels: DIFFICULTY },
      { id: 'household_chores', number: 6, text: 'Household chores', labels: DIFFICULTY },
      { id: 'carrying_groceries', number: 7, text: 'Carrying of grocery basket', labels: DIFFICULTY },
      { id: 'bathing_dressing', number: 8, text: 'Bathing and dressing', labels: DIFFICULTY },
    ],
  },
  sources: ['BCTQ'],
};
