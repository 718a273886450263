import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Answers } from '../../../src/engine/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';
import type { ParseResult } from '../../../src/text/index.ts';
import { InfoIcon } from '../components/icons.tsx';
import { BackButton, ScreenHeading } from '../components/site-chrome.tsx';
import { t } from '../language.ts';
import {
  answersFrom,
  type ChoiceChip,
  type FindingChip,
  flip,
  type PlaceChip,
  relabelled,
  stateText,
  type Understood,
  understoodFrom,
} from './understood.ts';
import './intake.css';

interface Span {
  start: number;
  end: number;
}

/** The text cut into plain and highlighted parts: the highlighted ones are the words numbcheck understood. */
function segments(text: string, spans: Span[]): { text: string; start: number; marked: boolean }[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const parts: { text: string; start: number; marked: boolean }[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start), start: at, marked: false });
    parts.push({ text: text.slice(span.start, span.end), start: span.start, marked: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), start: at, marked: false });
  return parts;
}

function FindingRow(props: { chip: FindingChip; onChange: (chip: FindingChip) => void }): JSX.Element {
  const { chip } = props;
  const state = chip.removed ? 'removed' : chip.state;
  return (
    <li class={`chip chip-${state}`}>
      {chip.removed ? (
        <span class="chip-main">
          <span class="chip-label">{chip.label}</span>
          <span class="chip-state">{t('web.chipRemoved')}</span>
        </span>
      ) : (
        // The name is the visible text plus "Change": "Chest pain…: no, from ‘chest pain’. Change". Inline
        // content, so that the browser adds no spaces between the parts of the name.
        <button type="button" class="chip-main chip-toggle" onClick={() => props.onChange(flip(chip))}>
          <span class="chip-label">{chip.label}</span>:{' '}
          <span class="chip-state">
            {stateText(chip)}
            <span class="chip-switch" aria-hidden="true">
              {' '}
              ⇄
            </span>
          </span>
          <span class="chip-words">{t('web.chipFromAfter', { words: chip.words })}</span>
          <span class="visually-hidden">{t('web.chipChange')}</span>
        </button>
      )}
      <button
        type="button"
        class="link-button chip-remove"
        aria-label={t(chip.removed ? 'web.chipPutBackName' : 'web.chipRemoveName', { label: chip.label })}
        onClick={() => props.onChange({ ...chip, removed: !chip.removed })}
      >
        {t(chip.removed ? 'web.chipPutBack' : 'web.chipRemove')}
      </button>
      {chip.danger && chip.uncertain && !chip.removed && <p class="chip-note">{t('web.chipDoubt')}</p>}
    </li>
  );
}

function AnswerRow(props: {
  text: string;
  words: string;
  removed: boolean;
  note?: string | undefined;
  onToggle: () => void;
}): JSX.Element {
  return (
    <li class={props.removed ? 'chip chip-removed' : 'chip chip-answer'}>
      <span class="chip-main">
        <span class="chip-label">{props.text}</span>
        <span class="chip-words">
          {props.removed ? t('web.chipRemoved') : t('web.chipFrom', { words: props.words })}
        </span>
      </span>
      <button
        type="button"
        class="link-button chip-remove"
        aria-label={t(props.removed ? 'web.chipPutBackName' : 'web.chipRemoveName', { label: props.text })}
        onClick={props.onToggle}
      >
        {t(props.removed ? 'web.chipPutBack' : 'web.chipRemove')}
      </button>
      {props.note && !props.removed && <p class="chip-note">{props.note}</p>}
    </li>
  );
}

/**
 * "Understood from your words": the person's text with the understood words highlighted, then one chip per finding
 * (yes or no, from which words), where on the hand, and the other answers. Each can be changed or removed; Continue
 * starts the interview from them, asking only what is still needed, the danger signs first.
 */
export function UnderstoodScreen(props: {
  text: string;
  result: ParseResult;
  knowledge: Knowledge;
  onContinue: (answers: Answers) => void;
  onBack: () => void;
}): JSX.Element {
  const [chips, setUnderstood] = useState<Understood>(() => understoodFrom(props.result, props.knowledge));
  // The chips' names follow the language; what the person changed stays.
  const words = useMemo(() => understoodFrom(props.result, props.knowledge), [props.result, props.knowledge]);
  const understood = relabelled(chips, words);
  const parts = useMemo(
    () => segments(props.text, [...props.result.findings, ...props.result.places, ...props.result.choices]),
    [props.text, props.result],
  );
  const setFinding = (chip: FindingChip): void =>
    setUnderstood((u) => ({
      ...u,
      findings: u.findings.map((c) => (c.finding === chip.finding ? chip : c)),
    }));
  const togglePlace = (chip: PlaceChip): void =>
    setUnderstood((u) => ({
      ...u,
      places: u.places.map((c) => (c.side === chip.side ? { ...c, removed: !c.removed } : c)),
    }));
  const toggleChoice = (chip: ChoiceChip): void =>
    setUnderstood((u) => ({
      ...u,
      choices: u.choices.map((c) => (c.question === chip.question ? { ...c, removed: !c.removed } : c)),
    }));
  const nothing =
    understood.findings.length === 0 && understood.places.length === 0 && understood.choices.length === 0;
  // The notes on the assumed side are said beside the place itself.
  const notes = understood.notes.filter((note) => !/right hand was assumed/.test(note));

  return (
    <div class="screen screen-understood" data-screen="understood">
      <BackButton onBack={props.onBack} label={t('web.changeWords')} />
      <ScreenHeading>{t('web.understoodTitle')}</ScreenHeading>
      <figure class="intake-quote">
        <figcaption class="visually-hidden">{t('web.understoodQuote')}</figcaption>
        <blockquote>
          <p>{parts.map((part) => (part.marked ? <mark key={part.start}>{part.text}</mark> : part.text))}</p>
        </blockquote>
      </figure>
      {nothing ? (
        <p class="lead">{t('web.understoodNothing')}</p>
      ) : (
        <p class="lead">{t('web.understoodCheck')}</p>
      )}
      {understood.findings.length > 0 && (
        <section aria-labelledby="understood-findings">
          <h2 id="understood-findings">{t('web.understoodSaid')}</h2>
          <ul class="chips">
            {understood.findings.map((chip) => (
              <FindingRow key={chip.finding} chip={chip} onChange={setFinding} />
            ))}
          </ul>
        </section>
      )}
      {understood.places.length > 0 && (
        <section aria-labelledby="understood-places">
          <h2 id="understood-places">{t('web.understoodWhere')}</h2>
          <ul class="chips">
            {understood.places.map((chip) => (
              <AnswerRow
                key={chip.side}
                text={chip.text}
                words={chip.words.join('’, ‘')}
                removed={chip.removed}
                note={chip.assumedSide ? t('web.understoodAssumedSide') : undefined}
                onToggle={() => togglePlace(chip)}
              />
            ))}
          </ul>
        </section>
      )}
      {understood.choices.length > 0 && (
        <section aria-labelledby="understood-choices">
          <h2 id="understood-choices">{t('web.understoodOther')}</h2>
          <ul class="chips">
            {understood.choices.map((chip) => (
              <AnswerRow
                key={chip.question}
                text={chip.text}
                words={chip.words}
                removed={chip.removed}
                onToggle={() => toggleChoice(chip)}
              />
            ))}
          </ul>
        </section>
      )}
      {notes.length > 0 && (
        <div class="notice" role="note">
          <InfoIcon class="notice-icon" />
          <ul class="intake-notes">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('web.understoodNext')}</p>
      <div class="button-row">
        <button
          type="button"
          class="button button-primary"
          onClick={() => props.onContinue(answersFrom(understood, props.knowledge))}
        >
          {t('interview.continue')}
        </button>
      </div>
    </div>
  );
}
