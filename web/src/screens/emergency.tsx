import type { JSX } from 'preact';
import type { Assessment } from '../../../src/engine/index.ts';
import { PhoneIcon, WarningIcon } from '../components/icons.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { SourceList } from '../components/sources.tsx';
import { type EmergencyKnowledge, GENERAL_RULES } from '../emergency-knowledge.ts';

const NUMBERS = [
  { number: '112', where: 'Europe and many countries' },
  { number: '911', where: 'USA and Canada' },
  { number: '999', where: 'UK' },
];

/**
 * The emergency page. It replaces everything: the call buttons first, then what to do while waiting and why. With an
 * assessment it is the interview's emergency stop; without one it is the page behind the header's "Emergency?" link.
 * Every medical sentence comes from the knowledge or the assessment.
 */
export function EmergencyScreen(props: {
  knowledge: EmergencyKnowledge;
  assessment: Assessment | null;
  onBack: () => void;
  /** A line under the call buttons saying what happened, such as "Your episode was saved in your diary." */
  note?: string;
  backLabel?: string;
}): JSX.Element {
  const { knowledge, assessment } = props;
  const guidance = knowledge.levels.find((level) => level.level === 'emergency');
  const now = assessment?.plan.now ?? guidance?.now ?? [];
  const reasons = assessment?.triage.reasons ?? [];
  // With an assessment the page speaks to the sign that fired, in its reasons and its steps; the page behind the
  // header's link, with none, says what the guidelines say of the commonest emergencies.
  const general = assessment ? [] : knowledge.rules.filter((rule) => GENERAL_RULES.includes(rule.id));
  const cited = [
    ...new Set([
      ...now.flatMap((item) => item.sources),
      ...reasons.flatMap((reason) => reason.sources),
      ...general.flatMap((rule) => rule.sources),
    ]),
  ];
  return (
    <main class="emergency" id="main" data-screen={assessment ? 'emergency' : 'emergency-help'}>
      <div class="emergency-band">
        <div class="emergency-inner">
          <p class="brand brand-on-red">numbcheck</p>
          <ScreenHeading class="emergency-title">
            <WarningIcon class="emergency-icon" />
            <span>{guidance?.title ?? 'Call an ambulance now'}</span>
          </ScreenHeading>
          {guidance && <p class="emergency-summary">{guidance.summary}</p>}
          <ul class="call-buttons">
            {NUMBERS.map(({ number, where }) => (
              <li key={number}>
                <a class="call-button" href={`tel:${number}`}>
                  <PhoneIcon />
                  <span>
                    Call {number}
                    <span class="call-where">{where}</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div class="emergency-inner emergency-body">
        {props.note && <p class="emergency-note">{props.note}</p>}
        {now.length > 0 && (
          <section aria-labelledby="em-now">
            <h2 id="em-now">What to do now</h2>
            <ol class="numbered">
              {now.map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ol>
          </section>
        )}
        {reasons.length > 0 && (
          <section aria-labelledby="em-why">
            <h2 id="em-why">Why</h2>
            <ul class="bullets">
              {reasons.map((reason) => (
                <li key={reason.text}>{reason.text}</li>
              ))}
            </ul>
          </section>
        )}
        {general.length > 0 && (
          <section aria-labelledby="em-general">
            <h2 id="em-general">What the guidelines say</h2>
            <ul class="bullets">
              {general.map((rule) => (
                <li key={rule.id}>{rule.text}</li>
              ))}
            </ul>
          </section>
        )}
        <p class="notice-plain">{assessment?.notice ?? knowledge.notice}</p>
        <button type="button" class="button button-secondary back-button" onClick={props.onBack}>
          {props.backLabel ?? (assessment ? 'I answered by mistake — go back' : 'Back to numbcheck')}
        </button>
        <details class="sources-details">
          <summary>Sources</summary>
          <SourceList ids={cited} knowledge={knowledge} />
        </details>
        <p class="muted small">numbcheck knowledge {knowledge.version}</p>
      </div>
    </main>
  );
}
