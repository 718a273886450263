import type { ComponentChildren, JSX } from 'preact';
import type { Knowledge, TriageLevel } from '../../../src/knowledge/index.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import { t } from '../language.ts';
import { LevelIcon } from './icons.tsx';

/** A short word for each level, shown beside the icon so that the level never rests on colour alone. */
const LEVEL_WORD: Readonly<Record<TriageLevel, MessageKey>> = {
  emergency: 'web.levelEmergency',
  urgent: 'web.levelUrgent',
  doctor: 'web.levelDoctor',
  self_care: 'web.levelSelfCare',
};

/**
 * The triage level in plain words, with its colour and icon, what it means and, under it, the summary of the result
 * (`children`): the first thing the result shows.
 */
export function TriageCard(props: {
  level: TriageLevel;
  knowledge: Knowledge;
  children?: ComponentChildren;
}): JSX.Element {
  const { level } = props;
  const guidance = props.knowledge.levels[level];
  return (
    <section class={`triage triage-${level}`} aria-labelledby="triage-title">
      <div class="triage-head">
        <span class="triage-badge">
          <LevelIcon level={level} class="triage-icon" />
          <span>{t(LEVEL_WORD[level])}</span>
        </span>
        <h2 id="triage-title" class="triage-title">
          {guidance?.title ?? t(LEVEL_WORD[level])}
        </h2>
      </div>
      {guidance && <p class="triage-summary">{guidance.summary}</p>}
      {props.children}
    </section>
  );
}
