import type { ComponentChildren, JSX } from 'preact';
import {
  type Answers,
  type Assessment,
  notAskedYet,
  otherReasons,
  type PlanItem,
} from '../../../src/engine/index.ts';
import { formatDateTime } from '../../../src/format/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';
import { citedSources, findingLabel, KATZ_TEXT } from '../answer-text.ts';
import { AnswersSummary } from '../components/answers-summary.tsx';
import { CauseList } from '../components/cause-list.tsx';
import { ExerciseCard } from '../components/exercise-card.tsx';
import { BackButton, ResetControl, ScreenHeading } from '../components/site-chrome.tsx';
import { SourceList } from '../components/sources.tsx';
import { TriageCard } from '../components/triage-card.tsx';
import { SaveToDiary } from '../diary/save-to-diary.tsx';
import type { HistoryEntry } from '../interview-state.ts';

const TOP_CAUSES = 5;

function causeNames(item: PlanItem, knowledge: Knowledge): string {
  return (item.forCauses ?? [])
    .map((id) => knowledge.causes.find((cause) => cause.id === id)?.name ?? id)
    .join(', ');
}

function ForCauses(props: { item: PlanItem; knowledge: Knowledge }): JSX.Element | null {
  const names = causeNames(props.item, props.knowledge);
  return names === '' ? null : <span class="for-causes">For: {names}</span>;
}

/** Tests a doctor may order: the name, what it looks for, and which cause it is for. */
function TestList(props: { items: readonly PlanItem[]; knowledge: Knowledge }): JSX.Element {
  return (
    <ul class="plan-list">
      {props.items.map((item) => {
        const test = props.knowledge.tests.find((t) => t.id === item.id);
        return (
          <li key={item.id}>
            {test ? (
              <>
                <strong>{test.name}</strong>: {test.purpose}
              </>
            ) : (
              item.text
            )}{' '}
            <ForCauses item={item} knowledge={props.knowledge} />
          </li>
        );
      })}
    </ul>
  );
}

/** Self-care or prevention advice, each with its exercises as cards (an exercise already shown is referred to). */
function AdviceList(props: {
  items: readonly PlanItem[];
  knowledge: Knowledge;
  shown: Set<string>;
}): JSX.Element {
  return (
    <ul class="plan-list advice">
      {props.items.map((item) => (
        <li key={item.id}>
          <p>
            {item.text} <ForCauses item={item} knowledge={props.knowledge} />
          </p>
          {(item.exercises ?? []).map((id) => {
            const exercise = props.knowledge.exercises.find((e) => e.id === id);
            if (exercise === undefined) return null;
            if (props.shown.has(id)) {
              return (
                <p key={id} class="see-above">
                  Exercise: {exercise.name} (see above)
                </p>
              );
            }
            props.shown.add(id);
            return <ExerciseCard key={id} exercise={exercise} />;
          })}
        </li>
      ))}
    </ul>
  );
}

function Section(props: {
  id: string;
  title: string;
  class?: string;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <section class={props.class ? `section ${props.class}` : 'section'} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/**
 * The result, following the terminal report: the triage card and what to do now, the likely causes with why, the
 * hand questionnaires, tests and specialists, self-care and prevention with exercises, the answers and the sources.
 * Printed, it becomes a short report for a doctor.
 */
export function ResultScreen(props: {
  assessment: Assessment;
  answers: Answers;
  history: readonly HistoryEntry[];
  knowledge: Knowledge;
  onBack: () => void;
  onReset: () => void;
}): JSX.Element {
  const { assessment: a, knowledge } = props;
  const causes = a.causes.slice(0, TOP_CAUSES);
  // Signs answered "don't know" lead the page on their own; the signs never asked are listed after the level.
  const notAsked = notAskedYet(a);
  const reasons = otherReasons(a, knowledge);
  const { katz, cts6 } = a.instruments;
  const shownExercises = new Set<string>();
  const sourceIds = citedSources(a, knowledge);
  const printedAt = formatDateTime(Date.now());
  return (
    <div class="screen screen-result" data-screen="result">
      <BackButton onBack={props.onBack} label="Back to the last question" />
      <div class="print-only print-head">
        <p>
          <strong>numbcheck report</strong> · {printedAt} · knowledge {a.knowledgeVersion}
        </p>
      </div>
      <ScreenHeading>Your result</ScreenHeading>
      <p class="notice-plain">{a.notice}</p>

      {a.unsure.length > 0 && (
        <Section id="unsure" title="Check these danger signs now" class="section-warning">
          <p>{knowledge.unsure.text}</p>
          <ul class="bullets">
            {a.unsure.map((id) => (
              <li key={id}>{findingLabel(knowledge, id)}</li>
            ))}
          </ul>
        </Section>
      )}

      <TriageCard triage={{ ...a.triage, reasons }} knowledge={knowledge} />

      {notAsked.length > 0 && (
        <Section id="unscreened" title="Danger signs not checked" class="section-warning">
          <p>
            The level above was worked out without these. If you have any of them, the advice may be more
            urgent:
          </p>
          <ul class="bullets">
            {notAsked.map((id) => (
              <li key={id}>{findingLabel(knowledge, id)}</li>
            ))}
          </ul>
        </Section>
      )}

      {a.plan.now.length > 0 && (
        <Section id="now" title="What to do now">
          <ol class="numbered">
            {a.plan.now.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </Section>
      )}

      {causes.length > 0 && (
        <Section id="causes" title="Likely causes">
          <p class="muted">
            Causes can overlap, so the chances need not add up to 100%.{' '}
            <span class="no-print">
              Open “Why” to see which answers pointed to a cause (+) or away from it (−), and how strongly.
            </span>
          </p>
          <CauseList causes={causes} knowledge={knowledge} />
        </Section>
      )}

      {(katz !== null || cts6 !== null) && (
        <Section id="instruments" title="Hand questionnaires">
          <ul class="bullets">
            {katz !== null && (
              <li>
                Katz hand diagram ({katz.hand} hand): <strong>{katz.rating}</strong> —{' '}
                {KATZ_TEXT[katz.rating]}.
              </li>
            )}
            {cts6 !== null && (
              <li>
                CTS-6, the parts you can answer yourself: <strong>{cts6.score}</strong> of {cts6.max}. A
                doctor scores the rest by examining you.
              </li>
            )}
          </ul>
        </Section>
      )}

      {a.plan.tests.length > 0 && (
        <Section id="tests" title="What a doctor may check">
          <TestList items={a.plan.tests} knowledge={knowledge} />
        </Section>
      )}
      {a.plan.specialists.length > 0 && (
        <Section id="specialists" title="Who you may see">
          <ul class="plan-list">
            {a.plan.specialists.map((item) => (
              <li key={item.id}>
                <strong>{item.text}</strong> <ForCauses item={item} knowledge={knowledge} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {a.plan.selfCare.length > 0 && (
        <Section id="self-care" title="Self-care" class="no-print">
          <AdviceList items={a.plan.selfCare} knowledge={knowledge} shown={shownExercises} />
        </Section>
      )}
      {a.plan.prevention.length > 0 && (
        <Section id="prevention" title="Prevention" class="no-print">
          <AdviceList items={a.plan.prevention} knowledge={knowledge} shown={shownExercises} />
        </Section>
      )}

      <Section id="answers" title="Your answers" class="section-answers">
        <AnswersSummary answers={props.answers} history={props.history} knowledge={knowledge} />
      </Section>

      <Section id="sources" title="Sources" class="no-print">
        <p>Every reason, cause, test and piece of advice above comes from these sources.</p>
        <details class="sources-details">
          <summary>Show the {sourceIds.length} sources</summary>
          <SourceList ids={sourceIds} knowledge={knowledge} />
        </details>
      </Section>

      <div class="result-actions no-print">
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <SaveToDiary answers={props.answers} />
        <ResetControl onReset={props.onReset} />
      </div>
      <p class="muted small">
        numbcheck knowledge {a.knowledgeVersion} · {printedAt}
      </p>
    </div>
  );
}
