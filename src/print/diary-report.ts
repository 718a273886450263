import {
  activityLabelIn,
  type DiarySummary,
  type Episode,
  interventionLabelIn,
  savedCauseName,
} from '../diary/index.ts';
import type { HandAnswer } from '../engine/index.ts';
import {
  formatCalendarDay,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
} from '../format/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { type Language, localeOf, type MessageKey, type Translate, translator } from '../messages/index.ts';
import type { Block, PrintDocument } from './document.ts';

/** What the doctor report is made from besides the summary: the period's episodes and how to write for the person. */
export interface DiaryReportOptions {
  /** The episodes of the summary's period, oldest first. */
  episodes: readonly Episode[];
  /** The triage levels' titles come from it, in the report's language. */
  knowledge: Knowledge;
  language: Language;
  /** When it was printed, as the person reads it ("6 Dec 2026, 14:05"). */
  printedAt: string;
  /** The person's UTC offset, for the days of the week table. */
  utcOffsetMinutes: number;
}

const SIDE_WORD: Readonly<Record<'left' | 'right', MessageKey>> = {
  left: 'webDiary.side.left',
  right: 'webDiary.side.right',
};

function upperFirst(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase());
}

/** "Right hand: thumb, index finger" for each hand marked, or "Hand not marked". */
function whereText(episode: Episode, t: Translate): string {
  const hands: string[] = [];
  for (const side of ['left', 'right'] as const) {
    const hand: HandAnswer | undefined = episode.handMap[side];
    if (!hand) continue;
    const places = [...(hand.palm ?? []), ...(hand.back ?? []), ...(hand.arm ?? [])];
    const named = [...new Set(places)].map((p) => t(`place.${p}` as MessageKey));
    hands.push(named.length > 0 ? `${t(SIDE_WORD[side])}: ${named.join(', ')}` : t(SIDE_WORD[side]));
  }
  return hands.length > 0 ? hands.join('; ') : t('webDiary.side.notMarked');
}

/**
 * The period's episodes, one row each: when, where, how long, how severe, doing what, with what in place. Their notes
 * (up to a page of text each) follow the table, by the episode's time, so that no row grows taller than a page.
 */
function episodesTable(episodes: readonly Episode[], language: Language, t: Translate): Block[] {
  const locale = localeOf(language);
  if (episodes.length === 0) return [{ kind: 'paragraph', text: t('print.episodes.none') }];
  const when = (e: Episode): string =>
    formatDateTime(e.startedAt, { utcOffsetMinutes: e.utcOffsetMinutes, locale });
  const noted = episodes.filter((e) => e.note !== '');
  return [
    {
      kind: 'table',
      columns: [
        t('print.episodes.when'),
        t('print.episodes.where'),
        t('print.episodes.minutes'),
        t('print.episodes.severity'),
        t('print.episodes.doing'),
        t('print.episodes.inPlace'),
      ],
      widths: [2.4, 3.4, 0.9, 0.9, 1.8, 1.7],
      rows: episodes.map((e) => [
        when(e),
        whereText(e, t),
        e.durationMinutes === null ? '–' : formatNumber(e.durationMinutes, 0, { locale }),
        e.severity === null ? '–' : String(e.severity),
        e.activities.map((a) => activityLabelIn(a, language)).join(', '),
        e.interventions.map((i) => interventionLabelIn(i, language)).join(', '),
      ]),
    },
    ...(noted.length > 0
      ? ([
          { kind: 'subheading', text: t('print.episodes.notes') },
          {
            kind: 'list',
            items: noted.map((e) => t('print.episodes.note', { when: when(e), note: e.note })),
          },
        ] satisfies Block[])
      : []),
  ];
}

function weeksBlocks(summary: DiarySummary, language: Language, t: Translate): Block[] {
  const locale = localeOf(language);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: t('webDiary.report.weeksText', {
        episodes: summary.counts.episodes,
        weeks: summary.weeks.length,
      }),
    },
  ];
  if (summary.weeks.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [t('print.weeks.week'), t('webDiary.chart.episodes'), t('webDiary.chart.meanSeverity')],
      widths: [2, 1, 1],
      rows: summary.weeks.map((w) => [
        formatCalendarDay(w.weekStart, { locale }),
        String(w.episodes),
        w.meanSeverity === null ? '–' : formatNumber(w.meanSeverity, 1, { locale }),
      ]),
    });
  }
  return blocks;
}

function sentences(found: readonly string[], fallback: string): Block[] {
  return (found.length > 0 ? found : [fallback]).map((text) => ({ kind: 'paragraph', text }));
}

function patternBlocks(summary: DiarySummary, t: Translate): Block[] {
  const { patterns } = summary;
  if (patterns.episodes === 0) return [{ kind: 'paragraph', text: t('webDiary.patterns.none') }];
  const about = patterns.about;
  const places = patterns.places.filter((p) => p.episodes > 0);
  return [
    { kind: 'subheading', text: t('webDiary.patterns.time') },
    ...sentences(about.time, t('webDiary.patterns.noTime')),
    { kind: 'subheading', text: t('webDiary.patterns.day') },
    ...sentences(about.day, t('webDiary.patterns.noDay')),
    { kind: 'subheading', text: t('webDiary.patterns.activity') },
    ...sentences(patterns.activities.length === 0 ? [] : about.activity, t('webDiary.patterns.noActivity')),
    { kind: 'subheading', text: t('webDiary.patterns.hands') },
    ...sentences(about.hands, t('webDiary.patterns.noHands')),
    ...(places.length > 0
      ? [
          {
            kind: 'table',
            columns: [t('webDiary.places.place'), t('webDiary.places.left'), t('webDiary.places.right')],
            widths: [3, 1, 1],
            rows: places.map((p) => [upperFirst(p.label), String(p.left), String(p.right)]),
          } satisfies Block,
        ]
      : []),
  ];
}

function changeBlocks(summary: DiarySummary, knowledge: Knowledge, t: Translate): Block[] {
  const { changes } = summary;
  if (!changes.prompt || !changes.level) return [{ kind: 'paragraph', text: t('webDiary.changes.none') }];
  return [
    { kind: 'paragraph', text: knowledge.levels[changes.level]?.title ?? changes.level, emphasis: 'strong' },
    { kind: 'list', items: changes.changes.map((c) => `${c.text}.`) },
    { kind: 'paragraph', text: changes.prompt },
  ];
}

function scoreText(value: number | null, language: Language, t: Translate): string {
  return value === null ? t('webDiary.score.none') : formatNumber(value, 2, { locale: localeOf(language) });
}

function assessmentBlocks(summary: DiarySummary, options: DiaryReportOptions, t: Translate): Block[] {
  const { knowledge, language } = options;
  const locale = localeOf(language);
  const latest = summary.latestAssessment;
  const blocks: Block[] = [];
  if (latest) {
    const level = latest.assessment.triage.level;
    blocks.push(
      {
        kind: 'paragraph',
        text: t('webDiary.report.assessmentLine', {
          day: formatDate(latest.takenAt, { utcOffsetMinutes: options.utcOffsetMinutes, locale }),
          level: knowledge.levels[level]?.title ?? level,
          version: latest.assessment.knowledgeVersion,
        }),
      },
      {
        kind: 'list',
        items: latest.assessment.causes.slice(0, 3).map((c) =>
          t('webDiary.report.cause', {
            cause: savedCauseName(c, knowledge),
            chance: formatPercent(c.probability, { locale }),
          }),
        ),
      },
    );
  } else {
    blocks.push({ kind: 'paragraph', text: t('webDiary.report.noAssessment') });
  }
  const lastBctq = summary.bctq.points.at(-1);
  if (lastBctq) {
    blocks.push({
      kind: 'paragraph',
      text: t('webDiary.report.bctq', {
        severity: scoreText(lastBctq.symptomSeverity, language, t),
        functional: scoreText(lastBctq.functionalStatus, language, t),
      }),
    });
  }
  return blocks;
}

/** The doctor report's parts, in order: the web's print view draws some of them beside its charts, the PDF all. */
export interface DiaryReportParts {
  summary: Block[];
  changes: Block[];
  weeks: Block[];
  /** The episodes of each week as a table: the figures behind the web's chart. */
  weeksTable: Block[];
  patterns: Block[];
  episodes: Block[];
  assessment: Block[];
  notice: Block[];
}

export function diaryReportParts(summary: DiarySummary, options: DiaryReportOptions): DiaryReportParts {
  const t = translator(options.language);
  const [weeksText, ...weeksTable] = weeksBlocks(summary, options.language, t);
  return {
    summary: [
      { kind: 'heading', text: t('webDiary.report.summary') },
      { kind: 'list', items: summary.text },
    ],
    changes: [
      { kind: 'heading', text: t('webDiary.changes.title') },
      ...changeBlocks(summary, options.knowledge, t),
    ],
    weeks: [{ kind: 'heading', text: t('webDiary.chart.perWeek') }, ...(weeksText ? [weeksText] : [])],
    weeksTable,
    patterns: patternBlocks(summary, t),
    episodes: [
      { kind: 'heading', text: t('print.episodes.title', { count: options.episodes.length }) },
      ...episodesTable(options.episodes, options.language, t),
    ],
    assessment: [
      { kind: 'heading', text: t('webDiary.report.assessment') },
      ...assessmentBlocks(summary, options, t),
    ],
    notice: [{ kind: 'notice', text: t('webDiary.report.disclaimer') }],
  };
}

/**
 * The doctor report of a period as a document: the summary (whose sentences hold the comparisons, with and without,
 * word for word), the changes worth a look, the weeks and patterns as tables, every episode of the period, the latest
 * assessment and BCTQ, and that it is information, not a diagnosis. The web's print view and the PDF draw it.
 */
export function diaryReportDocument(summary: DiarySummary, options: DiaryReportOptions): PrintDocument {
  const t = translator(options.language);
  const parts = diaryReportParts(summary, options);
  return {
    language: options.language,
    head: `${t('webDiary.report.printTitle')} · ${options.printedAt}`,
    title: t('webDiary.title.report'),
    blocks: [
      ...parts.summary,
      ...parts.changes,
      ...parts.weeks,
      ...parts.weeksTable,
      ...parts.patterns,
      ...parts.episodes,
      ...parts.assessment,
      ...parts.notice,
    ],
  };
}
