import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type {
  ChangeReport,
  InterventionComparison,
  InterventionsTried,
  Patterns,
  WeekCount,
} from '../../../src/diary/index.ts';
import { exposureWords, interventionLabelIn } from '../../../src/diary/index.ts';
import { formatDayMonth } from '../../../src/format/index.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import { t, webLanguage, webLocale } from '../language.ts';
import { Chart, type ChartSpec } from './charts.tsx';
import { levelGuidance } from './format.ts';

/** The diary's charts and sections built from the API's insights or summary, shared by Insights and the report. */

/** The API's sentences that match `pattern`, or `fallback` when none does. */
function lines(found: readonly string[], fallback: string): readonly string[] {
  return found.length > 0 ? found : [fallback];
}

function Sentences(props: { lines: readonly string[] }): JSX.Element {
  return (
    <>
      {props.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}

const SHORT_DAYS: readonly MessageKey[] = [
  'webDiary.day.mon',
  'webDiary.day.tue',
  'webDiary.day.wed',
  'webDiary.day.thu',
  'webDiary.day.fri',
  'webDiary.day.sat',
  'webDiary.day.sun',
];

/** The Monday of a week as an axis label; the year would crowd the axis, and the chart's text has full dates. */
function weekLabel(weekStart: string): string {
  return formatDayMonth(`${weekStart}T12:00:00Z`, { utcOffsetMinutes: 0, locale: webLocale() });
}

export function WeeksChart(props: { weeks: readonly WeekCount[]; text: readonly string[]; height?: number }) {
  const spec = useMemo<ChartSpec>(
    () => ({
      title: t('webDiary.chart.weeksTitle'),
      categories: props.weeks.map((w) => weekLabel(w.weekStart)),
      bars: { label: t('webDiary.chart.perWeek'), values: props.weeks.map((w) => w.episodes) },
      lines: [{ label: t('webDiary.chart.meanSeverity'), values: props.weeks.map((w) => w.meanSeverity) }],
      lineRange: [0, 10],
      lineAxisLabel: t('webDiary.chart.severityAxis'),
      ...(props.height ? { height: props.height } : {}),
    }),
    [props.weeks, props.height],
  );
  return (
    <Chart spec={spec}>
      <Sentences lines={props.text} />
    </Chart>
  );
}

export function PatternCharts(props: { patterns: Patterns; height?: number; headingLevel?: 2 | 3 }) {
  const { patterns } = props;
  const height = props.height ?? 200;
  const specs = useMemo(() => {
    const timeOfDay: ChartSpec = {
      title: t('webDiary.chart.timeTitle'),
      // "night (00–06)" as two lines, "Night" over "00–06", so that four fit at 360 px.
      categories: patterns.timeOfDay.map((slot) =>
        slot.label.replace(/^./, (c) => c.toUpperCase()).replace(/ \((.*)\)$/, '\n$1'),
      ),
      bars: { label: t('webDiary.chart.episodes'), values: patterns.timeOfDay.map((slot) => slot.episodes) },
      height,
    };
    const dayOfWeek: ChartSpec = {
      title: t('webDiary.chart.dayTitle'),
      categories: patterns.dayOfWeek.map((_, i) => {
        const day = SHORT_DAYS[i];
        return day ? t(day) : '';
      }),
      bars: { label: t('webDiary.chart.episodes'), values: patterns.dayOfWeek.map((d) => d.episodes) },
      height,
    };
    const top = patterns.activities.slice(0, 8);
    const activities: ChartSpec = {
      title: t('webDiary.chart.activityTitle'),
      categories: top.map((a) => a.label),
      bars: { label: t('webDiary.chart.episodes'), values: top.map((a) => a.episodes) },
      horizontal: true,
      height: Math.max(120, top.length * 30 + 40),
    };
    return { timeOfDay, dayOfWeek, activities };
  }, [patterns, height]);
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  const about = patterns.about;
  if (patterns.episodes === 0) return <p>{t('webDiary.patterns.none')}</p>;
  return (
    <div class="chart-grid">
      <section class="chart-section" aria-labelledby="chart-time">
        <H id="chart-time">{t('webDiary.patterns.time')}</H>
        <Chart spec={specs.timeOfDay}>
          <Sentences lines={lines(about.time, t('webDiary.patterns.noTime'))} />
        </Chart>
      </section>
      <section class="chart-section" aria-labelledby="chart-day">
        <H id="chart-day">{t('webDiary.patterns.day')}</H>
        <Chart spec={specs.dayOfWeek}>
          <Sentences lines={lines(about.day, t('webDiary.patterns.noDay'))} />
        </Chart>
      </section>
      <section class="chart-section" aria-labelledby="chart-activity">
        <H id="chart-activity">{t('webDiary.patterns.activity')}</H>
        {patterns.activities.length === 0 ? (
          <p>{t('webDiary.patterns.noActivity')}</p>
        ) : (
          <Chart spec={specs.activities}>
            <Sentences lines={lines(about.activity, t('webDiary.patterns.noActivity'))} />
          </Chart>
        )}
      </section>
      <section class="chart-section" aria-labelledby="chart-hands">
        <H id="chart-hands">{t('webDiary.patterns.hands')}</H>
        <Sentences lines={lines(about.hands, t('webDiary.patterns.noHands'))} />
        <PlacesTable patterns={patterns} />
      </section>
    </div>
  );
}

function PlacesTable(props: { patterns: Patterns }): JSX.Element | null {
  const places = props.patterns.places.filter((p) => p.episodes > 0);
  if (places.length === 0) return null;
  return (
    <table class="places-table">
      <caption class="visually-hidden">{t('webDiary.places.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('webDiary.places.place')}</th>
          <th scope="col">{t('webDiary.places.left')}</th>
          <th scope="col">{t('webDiary.places.right')}</th>
        </tr>
      </thead>
      <tbody>
        {places.map((p) => (
          <tr key={p.place}>
            <th scope="row">{p.label.replace(/^./, (c) => c.toUpperCase())}</th>
            <td>{p.left}</td>
            <td>{p.right}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * With and without: the severity of episodes logged with and without what the person tried, then, when periods were
 * logged, how often episodes happened on periods with and without it. `headingLevel` is that of the two sub-headings.
 */
export function Comparisons(props: {
  comparisons: readonly InterventionComparison[];
  interventions: InterventionsTried;
  notice: string;
  headingLevel?: 3 | 4;
}): JSX.Element {
  const { comparisons, interventions } = props;
  const tried = interventions.severity;
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  if (comparisons.length === 0 && tried.length === 0) {
    return (
      <p>
        {t('webDiary.compare.nothing', {
          section: t('webDiary.form.more'),
          minimum: interventions.minimumRatedPerSide,
        })}
      </p>
    );
  }
  return (
    <>
      {tried.length > 0 && (
        <>
          <Heading class="comparison-group">{t('webDiary.compare.severity')}</Heading>
          <ul class="comparison-list">
            {tried.map((c) => (
              <li key={c.intervention} class={`comparison comparison-${c.status}`}>
                <p class="comparison-head">
                  {interventionLabelIn(c.intervention, webLanguage())}{' '}
                  <span class="comparison-count">
                    {t('webDiary.compare.count', { with: c.with.episodes, all: interventions.episodes })}
                  </span>
                </p>
                <p>{c.text}</p>
              </li>
            ))}
          </ul>
          <p class="muted small">
            {t('webDiary.compare.minimum', { minimum: interventions.minimumRatedPerSide })}{' '}
            {interventions.frequencyNote}
          </p>
        </>
      )}
      {comparisons.length > 0 && (
        <>
          <Heading class="comparison-group">{t('webDiary.compare.often')}</Heading>
          <ul class="comparison-list">
            {comparisons.map((c) => (
              <li key={`${c.exposureKind}-${c.intervention}`} class={`comparison comparison-${c.status}`}>
                <p class="comparison-head">
                  {t('webDiary.compare.periods', {
                    periods: exposureWords(c.exposureKind, webLanguage()).many.replace(/^./, (x) =>
                      x.toUpperCase(),
                    ),
                    thing: interventionLabelIn(c.intervention, webLanguage()).toLowerCase(),
                  })}
                </p>
                <p>{c.text}</p>
              </li>
            ))}
          </ul>
          <p class="muted small">{props.notice}</p>
        </>
      )}
    </>
  );
}

/** Changes worth a doctor's look: one calm prompt with the triage level, or a line that nothing stands out. */
export function ChangesPrompt(props: { changes: ChangeReport }): JSX.Element {
  const { changes } = props;
  if (!changes.prompt || !changes.level) return <p>{t('webDiary.changes.none')}</p>;
  const guidance = levelGuidance(changes.level);
  return (
    <div class={`diary-notice diary-notice-${changes.level}`}>
      <p class="diary-notice-text">
        <span class="level-tag">{guidance.title}</span>
      </p>
      <ul class="bullets">
        {changes.changes.map((c) => (
          <li key={c.kind}>{c.text}.</li>
        ))}
      </ul>
      <p>{changes.prompt}</p>
    </div>
  );
}
