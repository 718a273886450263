import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type {
  ChangeReport,
  InterventionComparison,
  InterventionsTried,
  Patterns,
  WeekCount,
} from '../../../src/diary/index.ts';
import { EXPOSURE_WORDS, interventionLabel } from '../../../src/diary/index.ts';
import { formatDayMonth } from '../../../src/format/index.ts';
import { Chart, type ChartSpec } from './charts.tsx';
import { levelGuidance } from './format.ts';

/** The diary's charts and sections built from the API's insights or summary, shared by Insights and the report. */

/** The API's sentences that match `pattern`, or `fallback` when none does. */
function lines(text: readonly string[], pattern: RegExp, fallback: string): string[] {
  const found = text.filter((line) => pattern.test(line));
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

const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The Monday of a week as an axis label; the year would crowd the axis, and the chart's text has full dates. */
function weekLabel(weekStart: string): string {
  return formatDayMonth(`${weekStart}T12:00:00Z`, { utcOffsetMinutes: 0 });
}

export function WeeksChart(props: { weeks: readonly WeekCount[]; text: readonly string[]; height?: number }) {
  const spec = useMemo<ChartSpec>(
    () => ({
      title: 'Episodes per week (bars) and their average severity (line, 0 to 10)',
      categories: props.weeks.map((w) => weekLabel(w.weekStart)),
      bars: { label: 'Episodes per week', values: props.weeks.map((w) => w.episodes) },
      lines: [{ label: 'Average severity', values: props.weeks.map((w) => w.meanSeverity) }],
      lineRange: [0, 10],
      lineAxisLabel: 'Severity',
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
      title: 'Bar chart of episodes by time of day',
      // "night (00–06)" as two lines, "Night" over "00–06", so that four fit at 360 px.
      categories: patterns.timeOfDay.map((t) =>
        t.label.replace(/^./, (c) => c.toUpperCase()).replace(/ \((.*)\)$/, '\n$1'),
      ),
      bars: { label: 'Episodes', values: patterns.timeOfDay.map((t) => t.episodes) },
      height,
    };
    const dayOfWeek: ChartSpec = {
      title: 'Bar chart of episodes by day of the week',
      categories: patterns.dayOfWeek.map((_, i) => SHORT_DAYS[i] ?? ''),
      bars: { label: 'Episodes', values: patterns.dayOfWeek.map((d) => d.episodes) },
      height,
    };
    const top = patterns.activities.slice(0, 8);
    const activities: ChartSpec = {
      title: 'Bar chart of episodes by what you were doing',
      categories: top.map((a) => a.label),
      bars: { label: 'Episodes', values: top.map((a) => a.episodes) },
      horizontal: true,
      height: Math.max(120, top.length * 30 + 40),
    };
    return { timeOfDay, dayOfWeek, activities };
  }, [patterns, height]);
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  const text = patterns.text;
  if (patterns.episodes === 0) return <p>No episodes in this period, so no patterns yet.</p>;
  return (
    <div class="chart-grid">
      <section class="chart-section" aria-labelledby="chart-time">
        <H id="chart-time">Time of day</H>
        <Chart spec={specs.timeOfDay}>
          <Sentences
            lines={lines(text, /^(Most often (at|in)|Spread over the day)/, 'No time of day stands out.')}
          />
        </Chart>
      </section>
      <section class="chart-section" aria-labelledby="chart-day">
        <H id="chart-day">Day of the week</H>
        <Chart spec={specs.dayOfWeek}>
          <Sentences
            lines={lines(text, /^(More often on|No day of the week)/, 'No day of the week stands out.')}
          />
        </Chart>
      </section>
      <section class="chart-section" aria-labelledby="chart-activity">
        <H id="chart-activity">What you were doing</H>
        {patterns.activities.length === 0 ? (
          <p>No activities recorded.</p>
        ) : (
          <Chart spec={specs.activities}>
            <Sentences lines={lines(text, /^(Most often while|No activities)/, 'No activities recorded.')} />
          </Chart>
        )}
      </section>
      <section class="chart-section" aria-labelledby="chart-hands">
        <H id="chart-hands">Hands and fingers</H>
        <Sentences lines={lines(text, /^(Hands:|Places marked most)/, 'No hands marked.')} />
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
      <caption class="visually-hidden">Episodes by place marked, left and right hand</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Left</th>
          <th scope="col">Right</th>
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
        Nothing to compare yet. When you log an episode, tick what you had in place (a wrist splint, regular
        breaks) under “When, how long, what you tried, note”: with at least{' '}
        {interventions.minimumRatedPerSide} rated episodes with it and {interventions.minimumRatedPerSide}{' '}
        without, the diary compares how severe they were. To compare how often, log runs, working days or
        nights with and without it.
      </p>
    );
  }
  return (
    <>
      {tried.length > 0 && (
        <>
          <Heading class="comparison-group">Severity, from your episodes</Heading>
          <ul class="comparison-list">
            {tried.map((c) => (
              <li key={c.intervention} class={`comparison comparison-${c.status}`}>
                <p class="comparison-head">
                  {interventionLabel(c.intervention)}{' '}
                  <span class="comparison-count">
                    (on {c.with.episodes} of {interventions.episodes} episodes)
                  </span>
                </p>
                <p>{c.text}</p>
              </li>
            ))}
          </ul>
          <p class="muted small">
            Severity is compared once there are at least {interventions.minimumRatedPerSide} rated episodes
            with and {interventions.minimumRatedPerSide} without. {interventions.frequencyNote}
          </p>
        </>
      )}
      {comparisons.length > 0 && (
        <>
          <Heading class="comparison-group">How often, from logged periods</Heading>
          <ul class="comparison-list">
            {comparisons.map((c) => (
              <li key={`${c.exposureKind}-${c.intervention}`} class={`comparison comparison-${c.status}`}>
                <p class="comparison-head">
                  {EXPOSURE_WORDS[c.exposureKind].many.replace(/^./, (x) => x.toUpperCase())} with and without{' '}
                  {interventionLabel(c.intervention).toLowerCase()}
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
  if (!changes.prompt || !changes.level) return <p>No changes that need a doctor’s look stand out.</p>;
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
