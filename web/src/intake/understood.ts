import type { Answers, AnswerValue, HandMapAnswer, YesNoAnswer } from '../../../src/engine/index.ts';
import { HAND_MAP_FINDINGS } from '../../../src/engine/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import type { ParseResult } from '../../../src/text/index.ts';
import { cleanHandMap, describeAnswer, findingLabel, handMapText, isItemStates } from '../answer-text.ts';
import { t } from '../language.ts';

/**
 * What was understood from a person's words, as chips they can check before the interview goes on: pure, so that
 * it is tested without a browser. Each chip can be flipped (present ↔ absent) or removed (back to unknown, so that
 * the interview asks it); the chips then become the interview's starting answers.
 */

/** Findings that the hand map stands for: shown as a place chip, not one by one (as in the terminal). */
const SHOWN_AS_PLACES = new Set(HAND_MAP_FINDINGS);

/** Short names of the choice questions, for a chip ("Started: Suddenly, within seconds or minutes"). */
const CHOICE_NAMES: Readonly<Record<string, MessageKey>> = {
  onset: 'web.choiceOnset',
  duration: 'web.choiceDuration',
  pattern: 'web.choicePattern',
  age: 'web.choiceAge',
  sex: 'web.choiceSex',
};

export interface FindingChip {
  kind: 'finding';
  finding: string;
  label: string;
  state: YesNoAnswer;
  /** The words that said it, as written. */
  words: string;
  /** Said with doubt. */
  uncertain: boolean;
  /** A danger sign: said with doubt, it counts as present, to be safe. */
  danger: boolean;
  removed: boolean;
}

export interface PlaceChip {
  kind: 'place';
  side: 'left' | 'right';
  /** "Left hand — palm side: thumb, index finger" */
  text: string;
  words: string[];
  /** No side was named: the right hand was assumed. */
  assumedSide: boolean;
  removed: boolean;
}

export interface ChoiceChip {
  kind: 'choice';
  question: string;
  /** "First noticed: More than two weeks ago" */
  text: string;
  words: string;
  removed: boolean;
}

export interface Understood {
  findings: FindingChip[];
  places: PlaceChip[];
  choices: ChoiceChip[];
  notes: string[];
  /** The answers as read, before any chip was changed. */
  answers: Answers;
}

/** The chips for what `result` understood. */
export function understoodFrom(result: ParseResult, knowledge: Knowledge): Understood {
  const choiceFindings = new Set(
    knowledge.questions.flatMap((q) => (q.kind === 'choice' ? q.options.flatMap((o) => o.present) : [])),
  );
  const ageBands = new Set(
    knowledge.questions.flatMap((q) => (q.kind === 'number' ? q.bands.map((b) => b.finding) : [])),
  );
  const danger = new Set(knowledge.findings.filter((f) => f.danger).map((f) => f.id));
  const findings: FindingChip[] = [];
  for (const f of result.findings) {
    if (SHOWN_AS_PLACES.has(f.finding) || choiceFindings.has(f.finding) || ageBands.has(f.finding)) continue;
    if (findings.some((chip) => chip.finding === f.finding)) continue;
    if (questionOf(knowledge, f.finding) === undefined) continue;
    const isDanger = danger.has(f.finding);
    const uncertain = f.uncertain === true;
    findings.push({
      kind: 'finding',
      finding: f.finding,
      label: findingLabel(knowledge, f.finding),
      // A danger sign said with doubt is counted as present: unknown is never taken as absent for a danger sign.
      state: isDanger && uncertain ? 'present' : f.state,
      words: f.words,
      uncertain,
      danger: isDanger,
      removed: false,
    });
  }

  const places: PlaceChip[] = [];
  const map = handMapOf(result.answers);
  for (const side of ['left', 'right'] as const) {
    const hand = map?.[side];
    if (hand === undefined) continue;
    const [text] = handMapText({ [side]: hand });
    if (text === undefined) continue;
    const said = result.places.filter((p) => p.side === side);
    places.push({
      kind: 'place',
      side,
      text,
      words: [...new Set(said.map((p) => p.words))],
      assumedSide: said.some((p) => p.assumedSide === true),
      removed: false,
    });
  }

  const choices: ChoiceChip[] = [];
  for (const choice of result.choices) {
    const question = knowledge.questions.find((q) => q.id === choice.question);
    if (question === undefined || choices.some((c) => c.question === choice.question)) continue;
    const nameKey = CHOICE_NAMES[question.id];
    const name = nameKey ? t(nameKey) : question.text;
    choices.push({
      kind: 'choice',
      question: question.id,
      text: `${name}: ${describeAnswer(question, choice.value, knowledge)}`,
      words: choice.words,
      removed: false,
    });
  }
  return { findings, places, choices, notes: result.notes, answers: result.answers };
}

/** The question that sets a finding one by one: a checklist item, a yes/no question or a self-test. */
function questionOf(knowledge: Knowledge, finding: string): { id: string; checklist: boolean } | undefined {
  for (const q of knowledge.questions) {
    if (q.kind === 'checklist' && q.findings.includes(finding)) return { id: q.id, checklist: true };
    if ((q.kind === 'yesno' || q.kind === 'selfTest') && q.finding === finding)
      return { id: q.id, checklist: false };
  }
  return undefined;
}

function handMapOf(answers: Answers): HandMapAnswer | undefined {
  const value = answers.hand_map;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (!('left' in value || 'right' in value)) return undefined;
  const map: HandMapAnswer = {};
  if ('left' in value && isHand(value.left)) map.left = value.left;
  if ('right' in value && isHand(value.right)) map.right = value.right;
  return map;
}

function isHand(value: unknown): value is NonNullable<HandMapAnswer['left']> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Flips a finding chip: present ↔ absent; one said with doubt ("unknown") becomes present. */
export function flip(chip: FindingChip): FindingChip {
  return { ...chip, state: chip.state === 'present' ? 'absent' : 'present', removed: false };
}

/** A chip as words for a screen reader: "Chest pain: absent, from ‘chest pain’". */
export function chipName(chip: FindingChip): string {
  return t('web.chipName', { label: chip.label, state: stateText(chip), words: chip.words });
}

export function stateText(chip: FindingChip): string {
  if (chip.state === 'present') return t(chip.uncertain ? 'web.chipYesDoubt' : 'web.chipYes');
  if (chip.state === 'absent') return t('web.chipNo');
  return t('web.chipNotSure');
}

/**
 * The chips as the person left them, in the words of `words` (the same reading made again in another language):
 * after a change of language the chips keep their yes, no and removed, and take the new language's names.
 */
export function relabelled(chips: Understood, words: Understood): Understood {
  return {
    ...chips,
    findings: chips.findings.map((chip) => ({
      ...chip,
      label: words.findings.find((w) => w.finding === chip.finding)?.label ?? chip.label,
    })),
    places: chips.places.map((chip) => ({
      ...chip,
      text: words.places.find((w) => w.side === chip.side)?.text ?? chip.text,
    })),
    choices: chips.choices.map((chip) => ({
      ...chip,
      text: words.choices.find((w) => w.question === chip.question)?.text ?? chip.text,
    })),
    notes: words.notes,
  };
}

/**
 * The interview's starting answers from the chips as the person left them: each finding in its question (a removed
 * one left out, so that it is asked), and a removed place or choice left out too.
 */
export function answersFrom(understood: Understood, knowledge: Knowledge): Answers {
  const answers: Answers = { ...understood.answers };
  for (const chip of understood.findings) {
    const question = questionOf(knowledge, chip.finding);
    if (question === undefined) continue;
    if (!question.checklist) {
      if (chip.removed || chip.state === 'unknown') delete answers[question.id];
      else answers[question.id] = chip.state;
      continue;
    }
    const current: AnswerValue | undefined = answers[question.id];
    const items: Record<string, YesNoAnswer> = isItemStates(current) ? { ...current } : {};
    if (chip.removed || chip.state === 'unknown') delete items[chip.finding];
    else items[chip.finding] = chip.state;
    if (Object.keys(items).length === 0) delete answers[question.id];
    else answers[question.id] = items;
  }
  const map = handMapOf(answers);
  if (map !== undefined) {
    for (const chip of understood.places) if (chip.removed) delete map[chip.side];
    const clean = cleanHandMap(map);
    if (Object.keys(clean).length === 0) delete answers.hand_map;
    else answers.hand_map = clean;
  }
  for (const chip of understood.choices) if (chip.removed) delete answers[chip.question];
  return answers;
}
