import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import {
  type Answers,
  type Assessment,
  notAskedYet,
  otherReasons,
  type PlanItem,
} from '../../../src/engine/index.ts';
import { formatDateTime } from '../../../src/format/index.ts';
import type { HistoryEntry } from '../../../src/interview/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';
import { citedSources, findingLabel } from '../answer-text.ts';
import { AdviceCards } from '../components/advice-cards.tsx';
import { AnswersSummary } from '../components/answers-summary.tsx';
import { CauseList } from '../components/cause-list.tsx';
import { PdfButton } from '../components/pdf-button.tsx';
import { BackButton, ResetControl, ScreenHeading } from '../components/site-chrome.tsx';
import { SourceList } from '../components/sources.tsx';
import { TriageCard } from '../components/triage-card.tsx';
import { SaveToDiary } from '../diary/save-to-diary.tsx';
import { t, webLocale } from '../language.ts';
import {
  firstSentence,
  forCausesText,
  remainingSteps,
  resultDocument,
  TOP_CAUSES,
} from '../result-document.ts';
import { LIKELIHOOD_WORD, likelihoodOf } from '../result-words.ts';

/** The causes an item is for, when they are not only the likeliest cause, which the page is about. */
function ForCauses(props: {
  item: PlanItem;
  knowledge: Knowledge;
  topCause: string | undefined;
}): JSX.Element | null {
  const text = forCausesText(props.item, props.knowledge, props.topCause);
  return text === null ? null : <span class="for-causes">{text}</span>;
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
 * The first screen's answers under the level (which says how urgent and what to do now): the likeliest cause, and
 * the next step, which is the first self-care step, or else the level's next step.
 */
function Summary(props: { assessment: Assessment }): JSX.Element {
  const { causes, plan } = props.assessment;
  const top = causes[0];
  const next = plan.selfCare[0] ?? plan.now[1];
  return (
    <dl class="result-summary">
      {top && (
        <div>
          <dt>{t('result.mostLikely')}</dt>
          <dd>
            <strong>{top.name}</strong>{' '}
            <span class="summary-word">({t(LIKELIHOOD_WORD[likelihoodOf(top.probability)])})</span>
          </dd>
        </div>
      )}
      {next && (
        <div>
          <dt>{t('result.next')}</dt>
          <dd>{firstSentence(next.text)}</dd>
        </div>
      )}
    </dl>
  );
}

/** What a doctor reads and a person need not: the questionnaire scores, the numbers, the answers. Printed in full. */
function ForYourDoctor(props: {
  assessment: Assessment;
  answers: Answers;
  history: readonly HistoryEntry[];
  knowledge: Knowledge;
}): JSX.Element {
  const { katz, cts6 } = props.assessment.instruments;
  return (
    <details class="for-doctor print-open">
      <summary>
        <h2 id="for-doctor" class="for-doctor-title">
          {t('doctor.title')}
        </h2>
        <span class="muted">{t('doctor.text')}</span>
      </summary>
      {(katz !== null || cts6 !== null) && (
        <>
          <h3>{t('doctor.questionnaires')}</h3>
          <ul class="bullets">
            {katz !== null && (
              <li>
                {t('doctor.katz', { hand: katz.hand, rating: katz.rating })}{' '}
                <span class="explain">{t('doctor.katzExplain')}</span>
              </li>
            )}
            {cts6 !== null && (
              <li>
                {t('doctor.cts6', { score: cts6.score, max: cts6.max })}{' '}
                <span class="explain">{t('doctor.cts6Explain')}</span>
              </li>
            )}
          </ul>
        </>
      )}
      <h3>{t('doctor.answers')}</h3>
      <AnswersSummary answers={props.answers} history={props.history} knowledge={props.knowledge} />
    </details>
  );
}

/**
 * The result, summary first: the level, the likeliest cause and the next step fill the first screen, with Print and
 * Save beside them. Under them, in the order a person reads on: why this level, the causes in words with their
 * "why", tests and specialists, self-care as folded cards, and a "for your doctor" part that prints in full.
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
  const [numbers, setNumbers] = useState(false);
  const causes = a.causes.slice(0, TOP_CAUSES);
  const topCause = causes[0]?.id;
  // Signs answered "don't know" lead the page on their own; the signs never asked are listed after the level.
  const notAsked = notAskedYet(a);
  const reasons = otherReasons(a, knowledge);
  const shownExercises = new Set<string>();
  // The level's card says its first step, and the summary the next one when there is no self-care step: neither is
  // repeated here.
  const nowRest = remainingSteps(a, knowledge);
  const sourceIds = citedSources(a, knowledge);
  const printedAt = formatDateTime(Date.now(), { locale: webLocale() });
  return (
    <div class="screen screen-result" data-screen="result">
      <div class="print-only print-head">
        <p>{t('result.printHead', { date: printedAt, version: a.knowledgeVersion })}</p>
      </div>
      <ScreenHeading class="result-heading">{t('result.title')}</ScreenHeading>

      {a.unsure.length > 0 && (
        <Section id="unsure" title={t('result.unsure')} class="section-warning">
          <p>{knowledge.unsure.text}</p>
          <ul class="bullets">
            {a.unsure.map((id) => (
              <li key={id}>{findingLabel(knowledge, id)}</li>
            ))}
          </ul>
        </Section>
      )}

      <TriageCard level={a.triage.level} knowledge={knowledge}>
        <Summary assessment={a} />
      </TriageCard>
      <div class="result-actions no-print">
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          {t('result.print')}
        </button>
        <SaveToDiary answers={props.answers} />
        <PdfButton
          makeDocument={() => resultDocument({ ...props, printedAt })}
          fileName={`numbcheck-result-${new Date().toISOString().slice(0, 10)}.pdf`}
        />
      </div>
      <p class="notice-plain">{a.notice}</p>

      {reasons.length > 0 && (
        <Section id="why-level" title={t('result.whyLevel')}>
          <ul class="bullets">
            {reasons.map((reason) => (
              <li key={reason.text}>{reason.text}</li>
            ))}
          </ul>
        </Section>
      )}

      {notAsked.length > 0 && (
        <Section id="unscreened" title={t('result.unscreened')} class="section-warning">
          <p>{t('result.unscreenedText')}</p>
          <ul class="bullets">
            {notAsked.map((id) => (
              <li key={id}>{findingLabel(knowledge, id)}</li>
            ))}
          </ul>
        </Section>
      )}

      {nowRest.length > 0 && (
        <Section id="now" title={t('result.now')}>
          <ul class="bullets">
            {nowRest.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </Section>
      )}

      {causes.length > 0 && (
        <Section id="causes" title={t('result.causes')}>
          {/* On paper there is no "Why" to open. */}
          <p class="muted no-print">{t('result.causesText')}</p>
          <label class="show-numbers no-print">
            <input type="checkbox" checked={numbers} onChange={() => setNumbers(!numbers)} />
            {t('result.showNumbers')}
          </label>
          {numbers && <p class="muted small">{t('result.numbersText')}</p>}
          <CauseList causes={causes} knowledge={knowledge} numbers={numbers} />
        </Section>
      )}

      {a.plan.tests.length > 0 && (
        <Section id="tests" title={t('result.tests')}>
          <ul class="plan-list">
            {a.plan.tests.map((item) => {
              const test = knowledge.tests.find((t) => t.id === item.id);
              return (
                <li key={item.id}>
                  {test ? (
                    <>
                      <strong>{test.name}</strong>: {test.purpose}
                    </>
                  ) : (
                    item.text
                  )}{' '}
                  <ForCauses item={item} knowledge={knowledge} topCause={topCause} />
                </li>
              );
            })}
          </ul>
        </Section>
      )}
      {a.plan.specialists.length > 0 && (
        <Section id="specialists" title={t('result.specialists')}>
          <ul class="plan-list">
            {a.plan.specialists.map((item) => (
              <li key={item.id}>
                <strong>{item.text}</strong>{' '}
                <ForCauses item={item} knowledge={knowledge} topCause={topCause} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {a.plan.selfCare.length > 0 && (
        <Section id="self-care" title={t('result.selfCare')} class="no-print">
          <AdviceCards
            items={a.plan.selfCare}
            knowledge={knowledge}
            general={t('result.forEveryone')}
            shown={shownExercises}
          />
        </Section>
      )}
      {a.plan.prevention.length > 0 && (
        <Section id="prevention" title={t('result.prevention')} class="no-print">
          <AdviceCards
            items={a.plan.prevention}
            knowledge={knowledge}
            general={t('result.forEveryone')}
            shown={shownExercises}
          />
        </Section>
      )}

      <ForYourDoctor assessment={a} answers={props.answers} history={props.history} knowledge={knowledge} />

      <Section id="sources" title={t('result.sources')}>
        <p>{t('result.sourcesText')}</p>
        <details class="sources-details print-open">
          <summary>{t('result.showSources', { count: sourceIds.length })}</summary>
          <SourceList ids={sourceIds} knowledge={knowledge} />
        </details>
      </Section>

      <div class="result-actions no-print">
        <BackButton onBack={props.onBack} label={t('result.back')} />
        <ResetControl onReset={props.onReset} />
      </div>
      {/* On paper the head says it already. */}
      <p class="muted small no-print">
        {t('result.footer', { version: a.knowledgeVersion, date: printedAt })}
      </p>
    </div>
  );
}
