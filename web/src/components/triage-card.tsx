import type { JSX } from 'preact';
import type { Triage } from '../../../src/engine/index.ts';
import type { Knowledge, TriageLevel } from '../../../src/knowledge/index.ts';
import { LevelIcon } from './icons.tsx';

/** A short word for each level, shown beside the icon so that the level never rests on colour alone. */
const LEVEL_WORD: Record<TriageLevel, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  doctor: 'See a doctor',
  self_care: 'Self-care',
};

/** The triage level in plain words, with its colour and icon, and the reasons for it. */
export function TriageCard(props: { triage: Triage; knowledge: Knowledge }): JSX.Element {
  const { level, reasons } = props.triage;
  const guidance = props.knowledge.levels.find((entry) => entry.level === level);
  return (
    <section class={`triage triage-${level}`} aria-labelledby="triage-title">
      <div class="triage-head">
        <span class="triage-badge">
          <LevelIcon level={level} class="triage-icon" />
          <span>{LEVEL_WORD[level]}</span>
        </span>
        <h2 id="triage-title" class="triage-title">
          {guidance?.title ?? LEVEL_WORD[level]}
        </h2>
      </div>
      {guidance && <p class="triage-summary">{guidance.summary}</p>}
      {reasons.length > 0 && (
        <>
          <h3 class="triage-why">Why this level</h3>
          <ul class="bullets">
            {reasons.map((reason) => (
              <li key={reason.text}>{reason.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
