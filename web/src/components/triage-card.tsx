import type { ComponentChildren, JSX } from 'preact';
import type { Knowledge, TriageLevel } from '../../../src/knowledge/index.ts';
import { t } from '../language.ts';
import { LEVEL_WORD } from '../result-words.ts';
import { LevelIcon } from './icons.tsx';

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
