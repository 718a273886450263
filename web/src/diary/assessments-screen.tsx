import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Insights } from '../../../src/diary/index.ts';
import { formatPercent } from '../../../src/format/index.ts';
import type { TriageLevel } from '../../../src/knowledge/index.ts';
import { currentOffset, errorText } from '../api/client.ts';
import { diaryApi } from '../api/diary.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { Chart, type ChartSpec } from './charts.tsx';
import { DiaryBack, ErrorBox, LinkButton } from './controls.tsx';
import { dayText, levelGuidance } from './format.ts';

const URGENCY: readonly TriageLevel[] = ['emergency', 'urgent', 'doctor', 'self_care'];

function changeText(level: TriageLevel, before: TriageLevel | undefined): string {
  if (before === undefined) return 'First saved';
  const change = URGENCY.indexOf(level) - URGENCY.indexOf(before);
  return change < 0
    ? 'More urgent than before'
    : change > 0
      ? 'Less urgent than before'
      : 'Same level as before';
}

/** Saved assessments over time, and the Boston Carpal Tunnel Questionnaire scores with a chart. */
export function AssessmentsScreen(): JSX.Element {
  const [insights, setInsights] = useState<Insights | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    diaryApi
      .insights({ utcOffsetMinutes: String(currentOffset()) })
      .then(setInsights, (e: unknown) => setError(errorText(e)));
  }, []);
  const bctqSpec = useMemo<ChartSpec | null>(() => {
    const points = insights?.bctq.points ?? [];
    if (points.length === 0) return null;
    return {
      title: 'Boston Carpal Tunnel Questionnaire scores over time (1 none to 5 the worst)',
      categories: points.map((p) => dayText(p.takenAt)),
      lines: [
        { label: 'Symptom severity', values: points.map((p) => p.symptomSeverity) },
        { label: 'Function', values: points.map((p) => p.functionalStatus) },
      ],
      lineRange: [1, 5],
      height: 200,
    };
  }, [insights]);
  const points = insights?.assessments.points ?? [];
  return (
    <div class="screen diary" data-screen="diary-assessments">
      <DiaryBack />
      <ScreenHeading>Assessments and questionnaires</ScreenHeading>
      {error && <ErrorBox>{error}</ErrorBox>}
      {!insights && !error && <p aria-live="polite">Loading…</p>}
      {insights && (
        <>
          <section class="section" aria-labelledby="saved-title">
            <h2 id="saved-title">Saved assessments</h2>
            {points.length === 0 ? (
              <p>
                None saved yet. Take the <a href="#/">assessment</a> and choose “Save to my diary” on the
                result.
              </p>
            ) : (
              <>
                <ol class="assessment-list">
                  {[...points].reverse().map((p, i, list) => (
                    <li key={p.id} class="assessment-item">
                      <p class="episode-when">{dayText(p.takenAt)}</p>
                      <p>
                        <span class={`level-tag level-${p.level}`}>{levelGuidance(p.level).title}</span>
                      </p>
                      <p>
                        Top cause: <strong>{p.topCauses[0]?.name ?? 'none'}</strong>
                        {p.topCauses[0] ? ` (${formatPercent(p.topCauses[0].probability)})` : ''}
                      </p>
                      <p class="muted small">{changeText(p.level, list[i + 1]?.level)}</p>
                    </li>
                  ))}
                </ol>
                {insights.assessments.text.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </>
            )}
          </section>
          <section class="section" aria-labelledby="bctq-title">
            <h2 id="bctq-title">Boston Carpal Tunnel Questionnaire</h2>
            <p>
              19 questions about a typical day in the last two weeks: a symptom severity score and a function
              score, each from 1 (none) to 5 (the worst).
            </p>
            {bctqSpec ? (
              <Chart spec={bctqSpec}>
                {insights.bctq.text.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </Chart>
            ) : (
              <p>{insights.bctq.text.join(' ')}</p>
            )}
            <div class="button-row">
              <LinkButton href="#/diary/bctq">Answer the questionnaire</LinkButton>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
