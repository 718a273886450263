import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type DiarySummary, type Episode, savedCauseName } from '../../../src/diary/index.ts';
import { formatDateTime, formatPercent } from '../../../src/format/index.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import { diaryReportDocument, diaryReportParts } from '../../../src/print/index.ts';
import { currentOffset, errorText } from '../api/client.ts';
import { diaryApi } from '../api/diary-place.ts';
import { PdfButton } from '../components/pdf-button.tsx';
import { PrintBlocks } from '../components/print-blocks.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { readable } from '../knowledge-words.ts';
import { t, webLanguage, webLocale } from '../language.ts';
import { DiaryBack, ErrorBox, RadioChips } from './controls.tsx';
import { ChangesPrompt, Comparisons, PatternCharts, WeeksChart } from './diary-charts.tsx';
import { fillIn, SLOT } from './fill-in.ts';
import { dateInputValue, dayText, levelGuidance, scoreText } from './format.ts';

const PERIODS: readonly { id: string; label: MessageKey }[] = [
  { id: '28', label: 'webDiary.report.weeks4' },
  { id: '91', label: 'webDiary.report.months3' },
  { id: '365', label: 'webDiary.report.months12' },
  { id: 'custom', label: 'webDiary.report.choose' },
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

/** Every episode of a period, oldest first, page by page. */
async function episodesOf(period: { from: string; to: string }): Promise<Episode[]> {
  const all: Episode[] = [];
  let cursor: string | undefined;
  do {
    const page = await diaryApi.episodes({ ...period, limit: '500', ...(cursor ? { cursor } : {}) });
    all.push(...page.episodes);
    cursor = page.next ?? undefined;
  } while (cursor);
  return all;
}

/** The report's file name: its first and last day. */
function fileNameOf(summary: DiarySummary): string {
  const last = new Date(Date.parse(summary.period.to) - 1);
  return `numbcheck-report-${dateInputValue(new Date(summary.period.from))}-${dateInputValue(last)}.pdf`;
}

/**
 * "Report for my doctor": the diary summary of a period, its charts, its episodes and the latest assessment, ready to
 * print or to download as a PDF. The tables it prints (episodes per week, every episode) and the PDF come from one
 * document (src/print), so that the paper and the file say the same.
 */
export function ReportScreen(): JSX.Element {
  const [choice, setChoice] = useState('28');
  const [from, setFrom] = useState(() => dateInputValue(new Date(Date.now() - 27 * DAY_MS)));
  const [to, setTo] = useState(() => dateInputValue(new Date()));
  const [report, setReport] = useState<{ summary: DiarySummary; episodes: Episode[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printedAt] = useState(() => formatDateTime(Date.now(), { locale: webLocale() }));

  const load = (period: { from: string; to: string } | null): void => {
    if (!period) {
      setError(t('webDiary.report.badDates'));
      return;
    }
    setError(null);
    Promise.all([
      diaryApi.summary({ ...period, utcOffsetMinutes: String(currentOffset()) }),
      episodesOf(period),
    ]).then(
      ([summary, episodes]) => setReport({ summary, episodes }),
      (e: unknown) => setError(errorText(e)),
    );
  };
  useEffect(() => {
    if (choice !== 'custom') load(periodOf(choice, from, to));
  }, [choice]);

  const summary = report?.summary ?? null;
  const options = useMemo(
    () =>
      report && {
        episodes: report.episodes,
        knowledge: readable().knowledge,
        language: webLanguage(),
        printedAt,
        utcOffsetMinutes: currentOffset(),
      },
    [report, printedAt],
  );
  const parts = useMemo(
    () => report && options && diaryReportParts(report.summary, options),
    [report, options],
  );
  const latest = summary?.latestAssessment ?? null;
  const lastBctq = summary?.bctq.points.at(-1);
  return (
    <div class="screen diary diary-report" data-screen="diary-report">
      <DiaryBack />
      <div class="print-only print-head">
        <p>
          <strong>{t('webDiary.report.printTitle')}</strong> · {printedAt}
        </p>
      </div>
      <ScreenHeading>{t('webDiary.title.report')}</ScreenHeading>
      <form
        class="no-print report-period"
        onSubmit={(event) => {
          event.preventDefault();
          load(periodOf(choice, from, to));
        }}
      >
        <RadioChips
          name="report-period"
          legend={t('webDiary.report.period')}
          options={PERIODS.map((p) => ({ id: p.id, label: t(p.label) }))}
          value={choice}
          onChange={setChoice}
        />
        {choice === 'custom' && (
          <div class="date-range">
            <div class="field">
              <label class="field-label" for="report-from">
                {t('webDiary.report.from')}
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
                {t('webDiary.report.to')}
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
              {t('webDiary.report.show')}
            </button>
          </div>
        )}
      </form>
      {error && <ErrorBox>{error}</ErrorBox>}
      {!summary && !error && <p aria-live="polite">{t('webDiary.report.loading')}</p>}
      {summary && (
        <>
          <section class="section" aria-labelledby="report-summary">
            <h2 id="report-summary">{t('webDiary.report.summary')}</h2>
            <ul class="bullets report-text">
              {summary.text.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <section class="section" aria-labelledby="report-changes">
            <h2 id="report-changes">{t('webDiary.changes.title')}</h2>
            <ChangesPrompt changes={summary.changes} />
          </section>
          <section class="section report-charts" aria-labelledby="report-weeks">
            <h2 id="report-weeks">{t('webDiary.chart.perWeek')}</h2>
            <WeeksChart
              weeks={summary.weeks}
              height={170}
              text={[
                t('webDiary.report.weeksText', {
                  episodes: summary.counts.episodes,
                  weeks: summary.weeks.length,
                }),
              ]}
            />
            <div class="print-only">
              <PrintBlocks blocks={parts?.weeksTable ?? []} />
            </div>
            <PatternCharts patterns={summary.patterns} height={150} headingLevel={3} />
          </section>
          <section class="section report-compare" aria-labelledby="report-compare">
            <h2 id="report-compare">{t('webDiary.compare.title')}</h2>
            <Comparisons
              comparisons={summary.comparisons}
              interventions={summary.interventions}
              notice={summary.notice}
            />
          </section>
          <section class="section print-only report-episodes">
            <PrintBlocks blocks={parts?.episodes ?? []} />
          </section>
          <section class="section" aria-labelledby="report-assessment">
            <h2 id="report-assessment">{t('webDiary.report.assessment')}</h2>
            {latest ? (
              <>
                <p>
                  {fillIn(
                    t('webDiary.report.assessmentLine', {
                      day: dayText(latest.takenAt),
                      level: SLOT,
                      version: latest.assessment.knowledgeVersion,
                    }),
                    <strong>{levelGuidance(latest.assessment.triage.level).title}</strong>,
                  )}
                </p>
                <ul class="bullets">
                  {latest.assessment.causes.slice(0, 3).map((c) => (
                    <li key={c.id}>
                      {t('webDiary.report.cause', {
                        cause: savedCauseName(c, readable().knowledge),
                        chance: formatPercent(c.probability, { locale: webLocale() }),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('webDiary.report.noAssessment')}</p>
            )}
            {lastBctq && (
              <p>
                {t('webDiary.report.bctq', {
                  severity: scoreText(lastBctq.symptomSeverity),
                  functional: scoreText(lastBctq.functionalStatus),
                })}
              </p>
            )}
          </section>
          <p class="notice-plain">{t('webDiary.report.disclaimer')}</p>
          <div class="button-row no-print">
            <button type="button" class="button button-primary" onClick={() => window.print()}>
              {t('webDiary.report.print')}
            </button>
            {report && options && (
              <PdfButton
                makeDocument={() => diaryReportDocument(report.summary, options)}
                fileName={fileNameOf(report.summary)}
              />
            )}
          </div>
        </>
      )}
    </div>
  );
}
