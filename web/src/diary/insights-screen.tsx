import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Insights } from '../../../src/diary/index.ts';
import { currentOffset, errorText } from '../api/client.ts';
import { diaryApi } from '../api/diary-place.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { t } from '../language.ts';
import { DiaryBack, ErrorBox } from './controls.tsx';
import { ChangesPrompt, Comparisons, PatternCharts, WeeksChart } from './diary-charts.tsx';

/** Patterns, the trend over weeks, with and without an intervention, and changes worth a doctor's look. */
export function InsightsScreen(): JSX.Element {
  const [insights, setInsights] = useState<Insights | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    diaryApi
      .insights({ utcOffsetMinutes: String(currentOffset()) })
      .then(setInsights, (e: unknown) => setError(errorText(e)));
  }, []);
  return (
    <div class="screen diary" data-screen="diary-insights">
      <DiaryBack />
      <ScreenHeading>{t('webDiary.title.insights')}</ScreenHeading>
      {error && <ErrorBox>{error}</ErrorBox>}
      {!insights && !error && <p aria-live="polite">{t('webDiary.insights.loading')}</p>}
      {insights && (
        <>
          <p class="lead">{insights.patterns.text[0]}</p>
          <section class="section" aria-labelledby="changes-title">
            <h2 id="changes-title">{t('webDiary.changes.title')}</h2>
            <ChangesPrompt changes={insights.changes} />
          </section>
          <section class="section" aria-labelledby="compare-title">
            <h2 id="compare-title">{t('webDiary.compare.title')}</h2>
            <Comparisons
              comparisons={insights.comparisons}
              interventions={insights.interventions}
              notice={insights.notice}
            />
          </section>
          <section class="section" aria-labelledby="trend-title">
            <h2 id="trend-title">{t('webDiary.insights.weeks')}</h2>
            {insights.trend.weeks.length > 0 ? (
              <WeeksChart weeks={insights.trend.weeks.slice(-26)} text={insights.trend.text} />
            ) : (
              <p>{insights.trend.text.join(' ')}</p>
            )}
          </section>
          <section class="section" aria-labelledby="patterns-title">
            <h2 id="patterns-title">{t('webDiary.insights.patterns')}</h2>
            <PatternCharts patterns={insights.patterns} headingLevel={3} />
          </section>
        </>
      )}
    </div>
  );
}
