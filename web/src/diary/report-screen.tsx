import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DiarySummary } from '../../../src/diary/index.ts';
import { formatDateTime, formatPercent } from '../../../src/format/index.ts';
import { currentOffset, errorText } from '../api/client.ts';
import { diaryApi } from '../api/diary.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { DiaryBack, ErrorBox, RadioChips } from './controls.tsx';
import { ChangesPrompt, Comparisons, PatternCharts, WeeksChart } from './diary-charts.tsx';
import { dateInputValue, dayText, levelGuidance, scoreText } from './format.ts';

const PERIODS = [
  { id: '28', label: 'Last 4 weeks' },
  { id: '91', label: 'Last 3 months' },
  { id: '365', label: 'Last 12 months' },
  { id: 'custom', label: 'Choose dates' },
];

const DAY_MS = 86_400_000;

/** The period as UTC instants: whole local days, the last one included. */
function periodOf(choice: string, from: string, to: string): { from: string; to: string } | null {
  if (choice !== 'custom') {
    const end = new Date();
    end.setHours(24, 0, 0, 0);
    return { from: new Date(end.getTime() - Number(choice) * DAY_MS).toISOString(), to: end.toISOString() };
  }
  const start = /^\d{4}-\d{2}-\d{2}$/.test(from) ? new Date(`${from}T00:00:00`) : null;
  const last = /^\d{4}-\d{2}-\d{2}$/.test(to) ? new Date(`${to}T00:00:00`) : null;
  if (!start || !last || Number.isNaN(start.getTime()) || Number.isNaN(last.getTime())) return null;
  last.setDate(last.getDate() + 1);
  if (last <= start) return null;
  return { from: start.toISOString(), to: last.toISOString() };
}

/** "Report for my doctor": the diary summary of a period, its charts and the latest assessment, ready to print. */
export function ReportScreen(): JSX.Element {
  const [choice, setChoice] = useState('28');
  const [from, setFrom] = useState(() => dateInputValue(new Date(Date.now() - 27 * DAY_MS)));
  const [to, setTo] = useState(() => dateInputValue(new Date()));
  const [summary, setSummary] = useState<DiarySummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printedAt] = useState(() => formatDateTime(Date.now()));

  const load = (period: { from: string; to: string } | null): void => {
    if (!period) {
      setError('Choose a first and a last day, the last on or after the first.');
      return;
    }
    setError(null);
    diaryApi
      .summary({ ...period, utcOffsetMinutes: String(currentOffset()) })
      .then(setSummary, (e: unknown) => setError(errorText(e)));
  };
  useEffect(() => {
    if (choice !== 'custom') load(periodOf(choice, from, to));
  }, [choice]);

  const latest = summary?.latestAssessment ?? null;
  return (
    <div class="screen diary diary-report" data-screen="diary-report">
      <DiaryBack />
      <div class="print-only print-head">
        <p>
          <strong>numbcheck diary report</strong> · {printedAt}
        </p>
      </div>
      <ScreenHeading>Report for my doctor</ScreenHeading>
      <form
        class="no-print report-period"
        onSubmit={(event) => {
          event.preventDefault();
          load(periodOf(choice, from, to));
        }}
      >
        <RadioChips
          name="report-period"
          legend="Which period?"
          options={PERIODS}
          value={choice}
          onChange={setChoice}
        />
        {choice === 'custom' && (
          <div class="date-range">
            <div class="field">
              <label class="field-label" for="report-from">
                First day
              </label>
              <input
                id="report-from"
                class="input-text"
                type="date"
                value={from}
                onInput={(e) => setFrom(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label class="field-label" for="report-to">
                Last day
              </label>
              <input
                id="report-to"
                class="input-text"
                type="date"
                value={to}
                onInput={(e) => setTo(e.currentTarget.value)}
              />
            </div>
            <button type="submit" class="button button-secondary">
              Show this period
            </button>
          </div>
        )}
      </form>
      {error && <ErrorBox>{error}</ErrorBox>}
      {!summary && !error && <p aria-live="polite">Preparing the report…</p>}
      {summary && (
        <>
          <section class="section" aria-labelledby="report-summary">
            <h2 id="report-summary">Summary</h2>
            <ul class="bullets report-text">
              {summary.text.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <section class="section" aria-labelledby="report-changes">
            <h2 id="report-changes">Changes worth a doctor’s look</h2>
            <ChangesPrompt changes={summary.changes} />
          </section>
          <section class="section report-charts" aria-labelledby="report-weeks">
            <h2 id="report-weeks">Episodes per week</h2>
            <WeeksChart
              weeks={summary.weeks}
              height={170}
              text={[`${summary.counts.episodes} episodes in ${summary.weeks.length} weeks.`]}
            />
            <PatternCharts patterns={summary.patterns} height={150} headingLevel={3} />
          </section>
          <section class="section report-compare" aria-labelledby="report-compare">
            <h2 id="report-compare">With and without</h2>
            <Comparisons
              comparisons={summary.comparisons}
              interventions={summary.interventions}
              notice={summary.notice}
            />
          </section>
          <section class="section" aria-labelledby="report-assessment">
            <h2 id="report-assessment">Latest assessment</h2>
            {latest ? (
              <>
                <p>
                  {dayText(latest.takenAt)}:{' '}
                  <strong>{levelGuidance(latest.assessment.triage.level).title}</strong> (numbcheck knowledge{' '}
                  {latest.assessment.knowledgeVersion})
                </p>
                <ul class="bullets">
                  {latest.assessment.causes.slice(0, 3).map((c) => (
                    <li key={c.id}>
                      {c.name}: {formatPercent(c.probability)}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>No assessment saved before the end of this period.</p>
            )}
            {summary.bctq.points.length > 0 && (
              <p>
                Boston Carpal Tunnel Questionnaire, latest: symptom severity{' '}
                {scoreText(summary.bctq.points[summary.bctq.points.length - 1]?.symptomSeverity ?? null)},
                function{' '}
                {scoreText(summary.bctq.points[summary.bctq.points.length - 1]?.functionalStatus ?? null)} (1
                none, 5 the worst).
              </p>
            )}
          </section>
          <p class="notice-plain">
            Made with numbcheck from the person’s own diary. Information, not a diagnosis; it shows what
            happened together, not what caused it.
          </p>
          <div class="button-row no-print">
            <button type="button" class="button button-primary" onClick={() => window.print()}>
              Print or save as PDF
            </button>
          </div>
        </>
      )}
    </div>
  );
}
