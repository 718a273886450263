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
import type { Translate } from '../messages/index.ts';
import type { AskContext, Prompter, PromptResult } from './interview.ts';
import { paint, type TextOptions, wordsOf, wrap } from './text.ts';

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
  t: Translate,
): Choice<Value | 'back'>[] {
  return canGoBack ? [...choices, { value: 'back', name: t('cli.prompt.back') }] : choices;
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

function handPlaces(part: 'palm' | 'back', t: Translate): { value: Place; name: string }[] {
  return [
    ...FINGERS.map((finger) => ({
      value: { part, region: finger },
      name: t('cli.prompt.fingerOn', { place: placeLabel(finger, t), part }),
    })),
    ...(['thumb_side', 'little_side'] as const).map((side) => ({
      value: { part, region: side },
      name: t('cli.prompt.handSide', { part, side }),
    })),
  ];
}

function armPlaces(t: Translate): { value: Place; name: string }[] {
  return (['wrist', 'forearm', 'upper_arm'] as const).map((region) => ({
    value: { part: 'arm', region },
    name: placeLabel(region, t),
  }));
}

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
  const { t, locale } = wordsOf(text);
  const dontKnow = t('interview.dontKnow');
  const label = (finding: string): string =>
    knowledge.findings.find((f) => f.id === finding)?.label ?? finding;
  const say = (lines: readonly string[]): void => write(`${lines.join('\n')}\n`);
  const dim = (line: string): string => paint(text, 'dim', line);
  // Inquirer breaks a long message at the terminal's edge, even inside a word; wrapped first, it breaks nowhere.
  // Two columns are left for inquirer's "? " prefix, and a few for the answer shown after it.
  const fit = (message: string): string => wrap(message, text.width - 4).join('\n');

  // Inquirer names its keys' actions in English ("navigate", "select", "submit"): said here in the person's words.
  const keysLine = (keys: readonly (readonly [key: string, action: string])[]): string =>
    dim(keys.map(([key, action]) => t('cli.prompt.keyHelp', { key, action })).join(' • '));
  const selectOptions = { theme: { style: { keysHelpTip: keysLine } } };
  // Ticking "all" by accident would mark every place: the shortcuts are off, and the help line says how to go back.
  const checkboxOptions = {
    shortcuts: { all: null, invert: null },
    theme: {
      style: {
        keysHelpTip: (keys: [key: string, action: string][]) =>
          keysLine([...keys, [t('cli.prompt.noneTicked'), 'goBack']]),
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
      { value: 'unknown', name: isTest ? t('selfTest.dontKnow') : dontKnow },
    ];
    const chosen = await select({
      message: fit(question.text),
      choices: withBack(choices, context.canGoBack, t),
      default: defaultOf(choices, context.previous),
      ...selectOptions,
    });
    return chosen === 'back' ? BACK : answer(chosen);
  }

  async function selfTest(question: SelfTestQuestion, context: AskContext): Promise<PromptResult> {
    const lines = [paint(text, 'bold', t('cli.prompt.selfTestWarning'))];
    question.steps.forEach((step, index) => {
      const first = `  ${index + 1}. `;
      lines.push(...wrap(step, text.width, ' '.repeat(first.length), first));
    });
    lines.push(`  ${t('cli.prompt.selfTestTime', { time: formatDuration(question.seconds, { locale }) })}`);
    say(lines);
    return yesNo(question, context);
  }

  async function checklist(question: ChecklistQuestion, context: AskContext): Promise<PromptResult> {
    // The items are shown first, so that "None of these" is said knowing what "these" are.
    say(question.findings.flatMap((finding) => wrap(label(finding), text.width, '    ', '  • ')));
    const ticked = tickedOf(context.previous);
    const first: Choice<'tick' | 'none' | 'unknown'>[] = [
      { value: 'tick', name: t('cli.prompt.tickWhich') },
      { value: 'none', name: t('interview.noneOfThese') },
      { value: 'unknown', name: dontKnow },
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
        choices: withBack(first, context.canGoBack, t),
        default: before,
        ...selectOptions,
      });
      if (chosen === 'back') return BACK;
      if (chosen === 'none') return answer([]);
      if (chosen === 'unknown') return answer('unknown');
      const picked = await checkbox({
        message: t('cli.prompt.tickEach'),
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
      { value: 'unknown', name: dontKnow },
    ];
    const chosen = await select({
      message: fit(question.text),
      choices: withBack(choices, context.canGoBack, t),
      default: defaultOf(choices, context.previous),
      ...selectOptions,
    });
    return chosen === 'back' ? BACK : answer(chosen);
  }

  async function numberAnswer(question: NumberQuestion, context: AskContext): Promise<PromptResult> {
    for (;;) {
      const { min, max } = question;
      const value = await number({
        message: fit(t('cli.prompt.number', { question: question.text, unit: question.unit })),
        // Checked here rather than by inquirer, whose message is in English.
        step: 'any',
        validate: (typed) =>
          typed === undefined ||
          (Number.isInteger(typed) && typed >= min && typed <= max) ||
          t('cli.prompt.numberRange', { min, max }),
        required: false,
        default: typeof context.previous === 'number' ? context.previous : undefined,
      });
      if (value !== undefined) return answer(value);
      const choices: Choice<'unknown' | 'again'>[] = [
        { value: 'unknown', name: t('cli.prompt.skipQuestion', { dontKnow }) },
        { value: 'again', name: t('cli.prompt.typeAfterAll') },
      ];
      const chosen = await select({
        message: t('cli.prompt.leftEmpty'),
        choices: withBack(choices, context.canGoBack, t),
        ...selectOptions,
      });
      if (chosen === 'back') return BACK;
      if (chosen === 'unknown') return answer('unknown');
    }
  }

  async function handMap(question: HandMapQuestion, context: AskContext): Promise<PromptResult> {
    const previous = isHandMap(context.previous) ? context.previous : undefined;
    const sides: Choice<'left' | 'right' | 'both' | 'unknown'>[] = [
      { value: 'left', name: t('cli.prompt.hand', { side: 'left' }) },
      { value: 'right', name: t('cli.prompt.hand', { side: 'right' }) },
      { value: 'both', name: t('cli.prompt.hand', { side: 'both' }) },
      { value: 'unknown', name: dontKnow },
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
        message: t('cli.prompt.whichHand'),
        choices: withBack(sides, context.canGoBack, t),
        default: before,
        ...selectOptions,
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
          message: fit(t('cli.prompt.whereOnHand', { side })),
          choices: [
            new Separator(`── ${t('cli.prompt.palmSide')} ──`),
            ...choices(handPlaces('palm', t)),
            new Separator(`── ${t('cli.prompt.backSide')} ──`),
            ...choices(handPlaces('back', t)),
            new Separator(`── ${t('cli.prompt.arm')} ──`),
            ...choices(armPlaces(t)),
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
      const count = tests.length;
      say([
        '',
        paint(text, 'bold', t('cli.offer.title')),
        ...wrap(t('cli.offer.text', { count, time: formatMinutes(minutes, { locale }) }), text.width),
      ]);
      const choices: Choice<'yes' | 'no'>[] = [
        { value: 'yes', name: t('offer.accept', { count }) },
        { value: 'no', name: t('offer.decline') },
      ];
      return select({
        message: t('cli.offer.question'),
        choices: withBack(choices, context.canGoBack, t),
        ...selectOptions,
      });
    },
  };
}
