import {
  activityLabelIn,
  type DiarySummary,
  type Episode,
  exposureWords,
  interventionLabelIn,
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

/** The period's episodes, one row each: when, where, how long, how severe, doing what, with what in place. */
function episodesTable(episodes: readonly Episode[], language: Language, t: Translate): Block[] {
  const locale = localeOf(language);
  if (episodes.length === 0) return [{ kind: 'paragraph', text: t('print.episodes.none') }];
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
        formatDateTime(e.startedAt, { utcOffsetMinutes: e.utcOffsetMinutes, locale }),
        whereText(e, t),
        e.durationMinutes === null ? '–' : formatNumber(e.durationMinutes, 0, { locale }),
        e.severity === null ? '–' : String(e.severity),
        e.activities.map((a) => activityLabelIn(a, language)).join(', '),
        [...e.interventions.map((i) => interventionLabelIn(i, language)), e.note].filter(Boolean).join('; '),
      ]),
    },
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

function comparisonBlocks(summary: DiarySummary, language: Language, t: Translate): Block[] {
  const { comparisons, interventions } = summary;
  const tried = interventions.severity;
  if (comparisons.length === 0 && tried.length === 0) {
    return [
      {
        kind: 'paragraph',
        text: t('webDiary.compare.nothing', {
          section: t('webDiary.form.more'),
          minimum: interventions.minimumRatedPerSide,
        }),
      },
    ];
  }
  const blocks: Block[] = [];
  if (tried.length > 0) {
    blocks.push({ kind: 'subheading', text: t('webDiary.compare.severity') });
    for (const c of tried) {
      const count = t('webDiary.compare.count', { with: c.with.episodes, all: interventions.episodes });
      blocks.push(
        {
          kind: 'paragraph',
          text: `${interventionLabelIn(c.intervention, language)} ${count}`,
          emphasis: 'strong',
        },
        { kind: 'paragraph', text: c.text },
      );
    }
    blocks.push({
      kind: 'paragraph',
      text: `${t('webDiary.compare.minimum', { minimum: interventions.minimumRatedPerSide })} ${interventions.frequencyNote}`,
      emphasis: 'muted',
    });
  }
  if (comparisons.length > 0) {
    blocks.push({ kind: 'subheading', text: t('webDiary.compare.often') });
    for (const c of comparisons) {
      const head = t('webDiary.compare.periods', {
        periods: upperFirst(exposureWords(c.exposureKind, language).many),
        thing: interventionLabelIn(c.intervention, language).toLowerCase(),
      });
      blocks.push({ kind: 'paragraph', text: head, emphasis: 'strong' }, { kind: 'paragraph', text: c.text });
    }
    blocks.push({ kind: 'paragraph', text: summary.notice, emphasis: 'muted' });
  }
  return blocks;
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
        items: latest.assessment.causes
          .slice(0, 3)
          .map((c) =>
            t('webDiary.report.cause', { cause: c.name, chance: formatPercent(c.probability, { locale }) }),
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

/**
 * The doctor report of a period as a document: the summary, the changes worth a look, the weeks and patterns as
 * tables, with and without, every episode of the period, the latest assessment and BCTQ, and that it is information,
 * not a diagnosis. The web's print view and the PDF draw it.
 */
export function diaryReportDocument(summary: DiarySummary, options: DiaryReportOptions): PrintDocument {
  const t = translator(options.language);
  return {
    language: options.language,
    head: `${t('webDiary.report.printTitle')} · ${options.printedAt}`,
    title: t('webDiary.title.report'),
    blocks: [
      { kind: 'heading', text: t('webDiary.report.summary') },
      { kind: 'list', items: summary.text },
      { kind: 'heading', text: t('webDiary.changes.title') },
      ...changeBlocks(summary, options.knowledge, t),
      { kind: 'heading', text: t('webDiary.chart.perWeek') },
      ...weeksBlocks(summary, options.language, t),
      ...patternBlocks(summary, t),
      { kind: 'heading', text: t('webDiary.compare.title') },
      ...comparisonBlocks(summary, options.language, t),
      { kind: 'heading', text: t('print.episodes.title', { count: options.episodes.length }) },
      ...episodesTable(options.episodes, options.language, t),
      { kind: 'heading', text: t('webDiary.report.assessment') },
      ...assessmentBlocks(summary, options, t),
      { kind: 'notice', text: t('webDiary.report.disclaimer') },
    ],
  };
}
