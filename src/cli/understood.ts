import { HAND_MAP_FINDINGS, placeName } from '../engine/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Translate } from '../messages/index.ts';
import type { ParseResult, UnderstoodPlace } from '../text/index.ts';
import { paint, type TextOptions, wordsOf, wrap } from './text.ts';

/** Findings the hand map, age or a choice stands for: shown as "Where" and as answers, not one by one. */
const SHOWN_AS_ANSWERS = new Set(HAND_MAP_FINDINGS);

function placeText(place: UnderstoodPlace, t: Translate): string {
  const parts: string[] = [];
  if (place.palm.length > 0) parts.push(place.palm.map((r) => placeName(r, t)).join(', '));
  if (place.back.length > 0)
    parts.push(t('cli.understood.back', { places: place.back.map((r) => placeName(r, t)).join(', ') }));
  if (place.arm.length > 0) parts.push(place.arm.map((r) => placeName(r, t)).join(', '));
  const side = place.assumedSide ? 'assumed' : place.side;
  return t('cli.understood.place', { side, parts: parts.join('; ') });
}

/**
 * What numbcheck understood from a person's words, for the terminal: each finding as present, absent or unknown
 * with the words that said it, where the numbness is, the answers to the choice questions, and the notes.
 */
export function renderUnderstood(result: ParseResult, knowledge: Knowledge, options: TextOptions): string {
  const width = options.width;
  const { t } = wordsOf(options);
  const lines: string[] = [paint(options, 'bold', t('cli.understood.title'))];
  const label = (id: string): string => knowledge.findings.find((f) => f.id === id)?.label ?? id;
  const choiceFindings = new Set(
    knowledge.questions.flatMap((q) => (q.kind === 'choice' ? q.options.flatMap((o) => o.present) : [])),
  );
  const ageBands = new Set(
    knowledge.questions.flatMap((q) => (q.kind === 'number' ? q.bands.map((b) => b.finding) : [])),
  );
  const shown = result.findings.filter(
    (f) => !SHOWN_AS_ANSWERS.has(f.finding) && !choiceFindings.has(f.finding) && !ageBands.has(f.finding),
  );
  const item = (state: string, text: string, words: string, uncertain = false): void => {
    const head = `  ${`${t('cli.understood.state', { state })}${uncertain ? '?' : ''}`.padEnd(8)}`;
    lines.push(...wrap(t('cli.understood.item', { text, words }), width, ' '.repeat(head.length), head));
  };
  for (const finding of shown) {
    item(finding.state, label(finding.finding), finding.words, finding.uncertain);
  }
  const places = new Map<string, UnderstoodPlace>();
  for (const place of result.places) places.set(`${place.side}:${place.start}`, place);
  for (const place of places.values()) item('where', placeText(place, t), place.words);
  for (const choice of result.choices) {
    const question = knowledge.questions.find((q) => q.id === choice.question);
    const option =
      question?.kind === 'choice' ? question.options.find((o) => o.value === choice.value) : undefined;
    const text = option
      ? `${question?.text ?? choice.question} ${option.label}`
      : `${choice.question}: ${choice.value}`;
    item('answer', text, choice.words);
  }
  if (shown.length === 0 && places.size === 0 && result.choices.length === 0) {
    lines.push(...wrap(t('cli.understood.nothing'), width, '  '));
  }
  for (const note of result.notes)
    lines.push(...wrap(note, width, '    ', '  • ').map((l) => paint(options, 'dim', l)));
  return `${lines.join('\n')}\n`;
}
