import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import {
  browserPlace,
  type EmergencyNumbers,
  type EmergencyPart,
  emergencyNumbers,
  emergencyParts,
  kindParts,
  type NumberWords,
  type Place,
  shareSteps,
} from '../../../src/emergency/index.ts';
import type { Assessment, TriageReason } from '../../../src/engine/index.ts';
import type { Advice, Knowledge } from '../../../src/knowledge/schema.ts';
import type { Language } from '../../../src/messages/index.ts';
import { PhoneIcon, WarningIcon } from '../components/icons.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { SourceList } from '../components/sources.tsx';
import { type EmergencyKnowledge, OPEN_KINDS } from '../emergency-knowledge.ts';
import { s, useLanguage } from '../language.ts';

/** The screen with the assessment that stopped on an emergency, or without one (the header's "Emergency?" link). */
type EmergencyContent =
  | { assessment: Assessment; knowledge: Knowledge }
  | { assessment: null; knowledge: EmergencyKnowledge };

/**
 * The emergency page. It replaces everything: the call buttons first, the number for where the person is first and
 * biggest, then what to do. With an assessment it is the interview's emergency stop and shows the steps of the
 * kind of emergency that fired (a stroke's, a heart attack's…) and no others; without one it is the page behind the
 * header's "Emergency?" link, and shows stroke and heart attack in full and the rarer kinds folded. No step is shown
 * twice: steps that two kinds share come once, first. Every medical sentence comes from the knowledge or the
 * assessment.
 *
 * The page is drawn in the browser only (the HTML the build prerenders is the start page), so the number is chosen
 * from the browser's time zone and languages as the page is first drawn: no other number is shown before it.
 */
export function EmergencyScreen(
  props: EmergencyContent & {
    onBack: () => void;
    /** A line under the call buttons saying what happened, such as "Your episode was saved in your diary." */
    note?: string;
    backLabel?: string;
    /** Where the device is; the browser's time zone and languages unless given. */
    place?: Place;
  },
): JSX.Element {
  const { knowledge, assessment } = props;
  const guidance = knowledge.levels.emergency;
  const language = useLanguage();
  const numbers = useMemo(
    () => emergencyNumbers(props.place ?? browserPlace(), numberWords(language)),
    [props.place, language],
  );
  const { parts, others } = props.assessment
    ? emergencyParts(props.assessment.triage.reasons, props.knowledge)
    : { parts: kindParts<TriageReason>(knowledge.emergencyKinds), others: [] };
  const { shared, parts: shown } = shareSteps(parts);
  const single = shown.length === 1 ? shown[0] : undefined;
  const summary = single?.kind?.summary ?? guidance?.summary;

  const cited = [
    ...new Set([
      ...shared.flatMap((step) => step.sources),
      ...shown.flatMap((part) => [
        ...(assessment ? [] : (part.kind?.signs.sources ?? [])),
        ...part.reasons.flatMap((reason) => reason.sources),
        ...[...part.now, ...part.tell, ...part.wait].flatMap((step) => step.sources),
      ]),
      ...others.flatMap((reason) => reason.sources),
    ]),
  ];
  return (
    <main class="emergency" id="main" data-screen={assessment ? 'emergency' : 'emergency-help'}>
      <div class="emergency-band">
        <div class="emergency-inner">
          <p class="brand brand-on-red">numbcheck</p>
          <ScreenHeading class="emergency-title">
            <WarningIcon class="emergency-icon" />
            <span>{guidance?.title ?? s('start.emergencyTitle')}</span>
          </ScreenHeading>
          {summary && <p class="emergency-summary">{summary}</p>}
          <CallButtons numbers={numbers} />
        </div>
      </div>
      <div class="emergency-inner emergency-body">
        {props.note && <p class="emergency-note">{props.note}</p>}
        {single ? (
          <PartSteps part={single} heading="h2" nowTitle={s('start.doNow')} />
        ) : (
          <>
            {shared.length > 0 && (
              <section aria-labelledby="em-first">
                <h2 id="em-first">{s('start.doNow')}</h2>
                <Steps steps={shared} numbered />
              </section>
            )}
            {shown.map((part) => (
              <Part key={part.kind?.id ?? 'general'} part={part} withSigns={!assessment} />
            ))}
          </>
        )}
        <Reasons
          id="em-why"
          title={s(single ? 'start.why' : 'start.also')}
          reasons={[...(single?.reasons ?? []), ...others]}
        />
        <p class="notice-plain">{assessment?.notice ?? knowledge.notice}</p>
        <button type="button" class="button button-secondary back-button" onClick={props.onBack}>
          {props.backLabel ?? s(assessment ? 'start.answeredByMistake' : 'start.backToNumbcheck')}
        </button>
        <details class="sources-details">
          <summary>{s('start.sources')}</summary>
          <SourceList ids={cited} knowledge={knowledge} />
        </details>
        <p class="muted small">{s('start.emergencyKnowledge', { version: knowledge.version })}</p>
      </div>
    </main>
  );
}

/** Where each number is called, in the language spoken. */
function numberWords(language: Language): NumberWords {
  return {
    language,
    everywhere112: s('start.where112'),
    unknownPlace112: s('start.where112Unknown'),
    usaAndCanada: s('start.where911'),
    uk: s('start.where999'),
    australia: s('start.where000'),
    newZealand: s('start.where111'),
    ambulance: s('start.ambulance'),
  };
}

/** The number for where the person is, first and biggest; a second for the same place beside it; the rest folded. */
function CallButtons(props: { numbers: EmergencyNumbers }): JSX.Element {
  const { first, others } = props.numbers;
  return (
    <>
      <ul class="call-buttons">
        {first.map(({ number, where }, index) => (
          <li key={number}>
            <a class={index === 0 ? 'call-button call-button-first' : 'call-button'} href={`tel:${number}`}>
              <PhoneIcon />
              <span>
                {s('start.call', { number })}
                <span class="call-where">{where}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <details class="call-elsewhere">
          <summary>{s('start.anotherCountry')}</summary>
          <ul>
            {others.map(({ number, where }) => (
              <li key={number}>
                <a href={`tel:${number}`}>{s('start.call', { number })}</a> <span>{where}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function Steps(props: { steps: readonly Advice[]; numbered?: boolean }): JSX.Element {
  const items = props.steps.map((step) => <li key={step.id}>{step.text}</li>);
  return props.numbered ? <ol class="numbered">{items}</ol> : <ul class="bullets">{items}</ul>;
}

/** A part's steps under their headings: what to do now, what to tell the call handler, while you wait. */
function PartSteps(props: {
  part: EmergencyPart<TriageReason>;
  heading: 'h2' | 'h3';
  nowTitle: string;
}): JSX.Element {
  const { part, heading: H } = props;
  const id = part.kind?.id ?? 'general';
  const lists: [string, string, readonly Advice[], boolean][] = [
    ['now', props.nowTitle, part.now, true],
    ['tell', s('start.tell'), part.tell, false],
    ['wait', s('start.wait'), part.wait, false],
  ];
  return (
    <>
      {lists.map(([key, title, steps, numbered]) =>
        steps.length > 0 ? (
          // Not a labelled section: two kinds would give two landmarks of the same name.
          <div key={key} class="emergency-steps">
            <H id={`em-${id}-${key}`}>{title}</H>
            <Steps steps={steps} numbered={numbered} />
          </div>
        ) : null,
      )}
    </>
  );
}

/**
 * One kind of emergency among several, under its own heading: what fired (or, without an assessment, what it looks
 * like), then its own steps. Without an assessment the rarer kinds are folded.
 */
function Part(props: { part: EmergencyPart<TriageReason>; withSigns: boolean }): JSX.Element {
  const { part } = props;
  const id = part.kind?.id ?? 'general';
  const title = part.kind?.title ?? s('start.otherSigns');
  const body = (
    <>
      {props.withSigns && part.kind && (
        <p class="emergency-signs">
          <strong>{s('start.signs')}</strong> {part.kind.signs.text}
        </p>
      )}
      {part.reasons.map((reason) => (
        <p key={reason.text} class="emergency-why">
          {reason.text}
        </p>
      ))}
      <PartSteps part={part} heading="h3" nowTitle={s('start.do')} />
    </>
  );
  if (props.withSigns && part.kind && !OPEN_KINDS.includes(part.kind.id)) {
    return (
      <details class="emergency-part emergency-part-folded">
        <summary>
          <h2 class="emergency-part-title">{title}</h2>
        </summary>
        {body}
      </details>
    );
  }
  return (
    <section class="emergency-part" aria-labelledby={`em-${id}`}>
      <h2 id={`em-${id}`} class="emergency-part-title">
        {title}
      </h2>
      {body}
    </section>
  );
}

function Reasons(props: { id: string; title: string; reasons: readonly TriageReason[] }): JSX.Element | null {
  if (props.reasons.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ul class="bullets">
        {props.reasons.map((reason) => (
          <li key={reason.text}>{reason.text}</li>
        ))}
      </ul>
    </section>
  );
}
