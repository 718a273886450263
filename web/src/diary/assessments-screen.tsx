import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Insights } from '../../../src/diary/index.ts';
import { formatPercent } from '../../../src/format/index.ts';
import type { TriageLevel } from '../../../src/knowledge/index.ts';
import { currentOffset, errorText } from '../api/client.ts';
import { diaryApi } from '../api/diary-place.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { t, webLocale } from '../language.ts';
import { Chart, type ChartSpec } from './charts.tsx';
import { DiaryBack, ErrorBox, LinkButton } from './controls.tsx';
import { fillIn, SLOT } from './fill-in.ts';
import { dayText, levelGuidance } from './format.ts';

const URGENCY: readonly TriageLevel[] = ['emergency', 'urgent', 'doctor', 'self_care'];

function changeText(level: TriageLevel, before: TriageLevel | undefined): string {
  if (before === undefined) return t('webDiary.assessments.first');
  const change = URGENCY.indexOf(level) - URGENCY.indexOf(before);
  return change < 0
    ? t('webDiary.assessments.moreUrgent')
    : change > 0
      ? t('webDiary.assessments.lessUrgent')
      : t('webDiary.assessments.sameLevel');
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
      title: t('webDiary.bctq.chartTitle'),
      categories: points.map((p) => dayText(p.takenAt)),
      lines: [
        { label: t('webDiary.bctq.severity'), values: points.map((p) => p.symptomSeverity) },
        { label: t('webDiary.bctq.function'), values: points.map((p) => p.functionalStatus) },
      ],
      lineRange: [1, 5],
      height: 200,
    };
  }, [insights]);
  const points = insights?.assessments.points ?? [];
  return (
    <div class="screen diary" data-screen="diary-assessments">
      <DiaryBack />
      <ScreenHeading>{t('webDiary.title.assessments')}</ScreenHeading>
      {error && <ErrorBox>{error}</ErrorBox>}
      {!insights && !error && <p aria-live="polite">{t('webDiary.loading')}</p>}
      {insights && (
        <>
          <section class="section" aria-labelledby="saved-title">
            <h2 id="saved-title">{t('webDiary.assessments.saved')}</h2>
            {points.length === 0 ? (
              <p>
                {fillIn(
                  t('webDiary.assessments.none', { link: SLOT, button: t('webDiary.save.button') }),
                  <a href="#/">{t('webDiary.assessments.assessment')}</a>,
                )}
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
                        {p.topCauses[0]
                          ? fillIn(
                              t('webDiary.assessments.topCause', {
                                cause: SLOT,
                                chance: formatPercent(p.topCauses[0].probability, { locale: webLocale() }),
                              }),
                              <strong>{p.topCauses[0].name}</strong>,
                            )
                          : t('webDiary.assessments.noCause')}
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
            <h2 id="bctq-title">{t('webDiary.title.bctq')}</h2>
            <p>{t('webDiary.assessments.bctqText')}</p>
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
              <LinkButton href="#/diary/bctq">{t('webDiary.assessments.answer')}</LinkButton>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
