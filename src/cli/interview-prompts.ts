import { checkbox, number, Separator, select } from '@inquirer/prompts';
import {
  type AnswerValue,
  type ArmRegion,
  type HandAnswer,
  type HandMapAnswer,
  type HandRegion,
  placeLabel,
  type YesNoAnswer,
} from '../engine/index.ts';
import { formatDuration, formatMinutes } from '../format/index.ts';
import type {
  ChecklistQuestion,
  ChoiceQuestion,
  HandMapQuestion,
  Knowledge,
  NumberQuestion,
  Question,
  SelfTestQuestion,
  YesNoQuestion,
} from '../knowledge/index.ts';
import { translator } from '../messages/index.ts';
import type { AskContext, Prompter, PromptResult } from './interview.ts';
import { paint, type TextOptions, wrap } from './text.ts';

const BACK_LABEL = '← Back';
const t = translator('en');
const DONT_KNOW_LABEL = t('interview.dontKnow');

interface Choice<Value extends string> {
  value: Value;
  name: string;
}

const BACK: PromptResult = { kind: 'back' };

function answer(value: AnswerValue): PromptResult {
  return { kind: 'answer', value };
}

/** "← Back" as the last choice, when there is something to go back to. */
function withBack<Value extends string>(
  choices: Choice<Value>[],
  canGoBack: boolean,
): Choice<Value | 'back'>[] {
  return canGoBack ? [...choices, { value: 'back', name: BACK_LABEL }] : choices;
}

/** The previous answer, if it is one of the choices, so that coming back starts where the person left. */
function defaultOf<Value extends string>(
  choices: readonly Choice<Value>[],
  previous: unknown,
): Value | undefined {
  return choices.find((choice) => choice.value === previous)?.value;
}

type Place = { part: 'palm' | 'back'; region: HandRegion } | { part: 'arm'; region: ArmRegion };

const FINGERS = ['thumb', 'index', 'middle', 'ring', 'little'] as const;

function handPlaces(part: 'palm' | 'back'): { value: Place; name: string }[] {
  const side = part === 'palm' ? 'palm side' : 'back';
  const area = part === 'palm' ? 'Palm' : 'Back of the hand';
  return [
    ...FINGERS.map((finger) => ({
      value: { part, region: finger },
      name: `${placeLabel(finger)} (${side})`,
    })),
    { value: { part, region: 'thumb_side' }, name: `${area}, thumb side` },
    { value: { part, region: 'little_side' }, name: `${area}, little-finger side` },
  ];
}

const ARM_PLACES: { value: Place; name: string }[] = (['wrist', 'forearm', 'upper_arm'] as const).map(
  (region) => ({
    value: { part: 'arm', region },
    name: placeLabel(region),
  }),
);

function isMarked(hand: HandAnswer | undefined, place: Place): boolean {
  if (hand === undefined) return false;
  if (place.part === 'arm') return hand.arm?.includes(place.region) ?? false;
  return hand[place.part]?.includes(place.region) ?? false;
}

function handFromPlaces(places: readonly Place[]): HandAnswer {
  const hand: HandAnswer = {};
  for (const place of places) {
    if (place.part === 'arm') hand.arm = [...(hand.arm ?? []), place.region];
    else hand[place.part] = [...(hand[place.part] ?? []), place.region];
  }
  return hand;
}

function isHandMap(value: AnswerValue | undefined): value is HandMapAnswer {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ('left' in value || 'right' in value)
  );
}

function tickedOf(previous: AnswerValue | undefined): string[] {
  if (Array.isArray(previous)) return previous;
  if (typeof previous === 'object' && previous !== null && !isHandMap(previous)) {
    return Object.entries(previous)
      .filter(([, state]) => state === 'present')
      .map(([finding]) => finding);
  }
  return [];
}

/** The terminal prompter: inquirer's arrow-key prompts, with "Don't know" and "← Back" on every question. */
export function inquirerPrompter(
  knowledge: Knowledge,
  write: (text: string) => void,
  text: TextOptions,
): Prompter {
  const label = (finding: string): string =>
    knowledge.findings.find((f) => f.id === finding)?.label ?? finding;
  const say = (lines: readonly string[]): void => write(`${lines.join('\n')}\n`);
  const dim = (line: string): string => paint(text, 'dim', line);
  // Inquirer breaks a long message at the terminal's edge, even inside a word; wrapped first, it breaks nowhere.
  // Two columns are left for inquirer's "? " prefix, and a few for the answer shown after it.
  const fit = (message: string): string => wrap(message, text.width - 4).join('\n');

  // Ticking "all" by accident would mark every place: the shortcuts are off, and the help line says how to go back.
  const checkboxOptions = {
    shortcuts: { all: null, invert: null },
    theme: {
      style: {
        keysHelpTip: (keys: [key: string, action: string][]) =>
          dim(
            [...keys, ['⏎ with none ticked', 'goes back']]
              .map(([key, action]) => `${key} ${action}`)
              .join(' • '),
          ),
      },
    },
  };

  function header(question: Question, context: AskContext): void {
    const lines = ['', paint(text, 'bold', context.step)];
    if (question.help) lines.push(...wrap(question.help, text.width).map(dim));
    say(lines);
  }

  async function yesNo(
    question: YesNoQuestion | SelfTestQuestion,
    context: AskContext,
  ): Promise<PromptResult> {
    const isTest = question.kind === 'selfTest';
    const choices: Choice<YesNoAnswer>[] = [
      { value: 'present', name: isTest ? t('selfTest.yes') : t('answer.yes') },
      { value: 'absent', name: t('answer.no') },
      { value: 'unknown', name: isTest ? t('selfTest.dontKnow') : DONT_KNOW_LABEL },
    ];
    const chosen = await select({
      message: fit(question.text),
      choices: withBack(choices, context.canGoBack),
      default: defaultOf(choices, context.previous),
    });
    return chosen === 'back' ? BACK : answer(chosen);
  }

  async function selfTest(question: SelfTestQuestion, context: AskContext): Promise<PromptResult> {
    const lines = [paint(text, 'bold', 'A self-test, not a medical examination. Stop if it hurts.')];
    question.steps.forEach((step, index) => {
      const first = `  ${index + 1}. `;
      lines.push(...wrap(step, text.width, ' '.repeat(first.length), first));
    });
    lines.push(`  It takes about ${formatDuration(question.seconds)}. Then answer:`);
    say(lines);
    return yesNo(question, context);
  }

  async function checklist(question: ChecklistQuestion, context: AskContext): Promise<PromptResult> {
    // The items are shown first, so that "None of these" is said knowing what "these" are.
    say(question.findings.flatMap((finding) => wrap(label(finding), text.width, '    ', '  • ')));
    const ticked = tickedOf(context.previous);
    const first: Choice<'tick' | 'none' | 'unknown'>[] = [
      { value: 'tick', name: 'Tick which apply' },
      { value: 'none', name: t('interview.noneOfThese') },
      { value: 'unknown', name: DONT_KNOW_LABEL },
    ];
    const before =
      context.previous === 'unknown'
        ? 'unknown'
        : Array.isArray(context.previous)
          ? ticked.length > 0
            ? 'tick'
            : 'none'
          : undefined;
    for (;;) {
      const chosen = await select({
        message: fit(question.text),
        choices: withBack(first, context.canGoBack),
        default: before,
      });
      if (chosen === 'back') return BACK;
      if (chosen === 'none') return answer([]);
      if (chosen === 'unknown') return answer('unknown');
      const picked = await checkbox({
        message: 'Tick each one that applies',
        choices: question.findings.map((finding) => ({
          value: finding,
          name: label(finding),
          checked: ticked.includes(finding),
        })),
        pageSize: 12,
        ...checkboxOptions,
      });
      if (picked.length > 0) return answer(picked);
    }
  }

  async function choice(question: ChoiceQuestion, context: AskContext): Promise<PromptResult> {
    const choices: Choice<string>[] = [
      ...question.options.map((option) => ({ value: option.value, name: option.label })),
      { value: 'unknown', name: DONT_KNOW_LABEL },
    ];
    const chosen = await select({
      message: fit(question.text),
      choices: withBack(choices, context.canGoBack),
      default: defaultOf(choices, context.previous),
    });
    return chosen === 'back' ? BACK : answer(chosen);
  }

  async function numberAnswer(question: NumberQuestion, context: AskContext): Promise<PromptResult> {
    for (;;) {
      const value = await number({
        message: fit(`${question.text} (${question.unit}; leave empty if you don't know)`),
        min: question.min,
        max: question.max,
        required: false,
        default: typeof context.previous === 'number' ? context.previous : undefined,
      });
      if (value !== undefined) return answer(value);
      const choices: Choice<'unknown' | 'again'>[] = [
        { value: 'unknown', name: `${DONT_KNOW_LABEL} (skip this question)` },
        { value: 'again', name: 'Type it after all' },
      ];
      const chosen = await select({
        message: 'You left it empty.',
        choices: withBack(choices, context.canGoBack),
      });
      if (chosen === 'back') return BACK;
      if (chosen === 'unknown') return answer('unknown');
    }
  }

  async function handMap(question: HandMapQuestion, context: AskContext): Promise<PromptResult> {
    const previous = isHandMap(context.previous) ? context.previous : undefined;
    const sides: Choice<'left' | 'right' | 'both' | 'unknown'>[] = [
      { value: 'left', name: 'Left hand' },
      { value: 'right', name: 'Right hand' },
      { value: 'both', name: 'Both hands' },
      { value: 'unknown', name: DONT_KNOW_LABEL },
    ];
    const before =
      context.previous === 'unknown'
        ? 'unknown'
        : previous?.left && previous.right
          ? 'both'
          : previous?.left
            ? 'left'
            : previous?.right
              ? 'right'
              : undefined;
    say(wrap(question.text, text.width));
    ask: for (;;) {
      const chosen = await select({
        message: 'Which hand is it in?',
        choices: withBack(sides, context.canGoBack),
        default: before,
      });
      if (chosen === 'back') return BACK;
      if (chosen === 'unknown') return answer('unknown');
      const hands: ('left' | 'right')[] = chosen === 'both' ? ['left', 'right'] : [chosen];
      const map: HandMapAnswer = {};
      for (const side of hands) {
        const hand = previous?.[side];
        const choices = (places: { value: Place; name: string }[]) =>
          places.map((place) => ({ ...place, checked: isMarked(hand, place.value) }));
        const places = await checkbox({
          message: fit(`${side === 'left' ? 'Left' : 'Right'} hand: where does it go numb or tingle?`),
          choices: [
            new Separator('── Palm side ──'),
            ...choices(handPlaces('palm')),
            new Separator('── Back of the hand ──'),
            ...choices(handPlaces('back')),
            new Separator('── Arm ──'),
            ...choices(ARM_PLACES),
          ],
          pageSize: 20,
          ...checkboxOptions,
        });
        if (places.length === 0) continue ask;
        map[side] = handFromPlaces(places);
      }
      return answer(map);
    }
  }

  return {
    async ask(question, context) {
      header(question, context);
      switch (question.kind) {
        case 'yesno':
          return yesNo(question, context);
        case 'selfTest':
          return selfTest(question, context);
        case 'checklist':
          return checklist(question, context);
        case 'choice':
          return choice(question, context);
        case 'number':
          return numberAnswer(question, context);
        case 'handMap':
          return handMap(question, context);
      }
    },

    async offerSelfTests(tests, context) {
      const minutes = Math.max(1, Math.round(tests.reduce((sum, test) => sum + test.seconds + 30, 0) / 60));
      say([
        '',
        paint(text, 'bold', 'Optional self-tests'),
        ...wrap(
          tests.length === 1
            ? `One short self-test can help tell the likely causes apart (about ${formatMinutes(minutes)}). It is not a medical examination.`
            : `${tests.length} short self-tests can help tell the likely causes apart (about ${formatMinutes(minutes)}). They are not a medical examination.`,
          text.width,
        ),
      ]);
      const choices: Choice<'yes' | 'no'>[] = [
        { value: 'yes', name: tests.length === 1 ? 'Try the self-test' : 'Try the self-tests' },
        { value: 'no', name: 'No, show my results' },
      ];
      return select({
        message: 'Would you like to try them?',
        choices: withBack(choices, context.canGoBack),
      });
    },
  };
}
