import type { DiarySummary, Episode, Exposure, Insights } from '../diary/index.ts';
import { activityLabelIn, EXPOSURE_KINDS, interventionLabelIn } from '../diary/index.ts';
import type { HandAnswer } from '../engine/index.ts';
import { formatDateTime, formatMinutes } from '../format/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Translate } from '../messages/index.ts';
import { LEVEL_LOOK, levelWords } from './level-text.ts';
import { PLAIN, paint, type TextOptions, type Words, wordsOf, wrap } from './text.ts';

/** How the terminal shows the diary: listings and the insights of `numbcheck diary stats`. Pure. */

function handText(side: 'left' | 'right', hand: HandAnswer, { t }: Words): string {
  const parts: string[] = [];
  if (hand.palm?.length) parts.push(t('cli.diary.onPalm', { places: hand.palm.join(', ') }));
  if (hand.back?.length) parts.push(t('cli.diary.onBack', { places: hand.back.join(', ') }));
  if (hand.arm?.length) parts.push(hand.arm.join(', '));
  return parts.length > 0
    ? t('cli.diary.handPlaces', { side, places: parts.join('; ') })
    : t('cli.diary.hand', { side });
}

/** Where an episode was: "right: thumb, index (palm)", or "hand not marked". */
export function whereText(episode: Episode, words: Words): string {
  const sides: string[] = [];
  if (episode.handMap.left) sides.push(handText('left', episode.handMap.left, words));
  if (episode.handMap.right) sides.push(handText('right', episode.handMap.right, words));
  return sides.length > 0 ? sides.join(' / ') : words.t('cli.diary.handNotMarked');
}

/** One line (or a few, wrapped) per episode. */
export function episodeLine(e: Episode, words: Words): string {
  const { t, locale } = words;
  const parts = [
    formatDateTime(e.startedAt, { utcOffsetMinutes: e.utcOffsetMinutes, locale }),
    whereText(e, words),
  ];
  if (e.durationMinutes !== null) parts.push(formatMinutes(e.durationMinutes, { locale }));
  if (e.severity !== null) parts.push(t('cli.diary.severity', { severity: e.severity }));
  if (e.activities.length > 0)
    parts.push(e.activities.map((a) => activityLabelIn(a, words.language).toLowerCase()).join(', '));
  if (e.symptoms.length > 0) parts.push(t('cli.diary.symptoms', { symptoms: e.symptoms.join(', ') }));
  if (e.interventions.length > 0) parts.push(withText(e.interventions, words));
  if (e.note !== '') parts.push(t('cli.diary.note', { note: e.note }));
  return parts.join(' · ');
}

function withText(interventions: readonly string[], { t, language }: Words): string {
  return t('cli.diary.with', {
    what: interventions.map((i) => interventionLabelIn(i, language).toLowerCase()).join(', '),
  });
}

/** One line (or a few, wrapped) per period. */
export function exposureLine(x: Exposure, words: Words): string {
  const { t, locale } = words;
  const parts = [
    formatDateTime(x.startedAt, { utcOffsetMinutes: x.utcOffsetMinutes, locale }),
    t('cli.diary.exposureKind', { kind: x.kind }),
  ];
  if (x.durationMinutes !== null) parts.push(formatMinutes(x.durationMinutes, { locale }));
  parts.push(t('cli.diary.episodeCount', { count: x.episodeCount }));
  parts.push(x.interventions.length > 0 ? withText(x.interventions, words) : t('cli.diary.nothingInPlace'));
  if (x.note !== '') parts.push(t('cli.diary.note', { note: x.note }));
  return parts.join(' · ');
}

/** The listing of `numbcheck diary list`. */
export function renderList(
  episodes: readonly Episode[],
  exposures: readonly Exposure[],
  options: TextOptions = PLAIN,
): string {
  const lines: string[] = [];
  const width = options.width;
  const words = wordsOf(options);
  const { t } = words;
  lines.push(paint(options, 'bold', t('cli.diary.episodes', { count: episodes.length })));
  if (episodes.length === 0) lines.push(`  ${t('cli.diary.none')}`);
  for (const e of episodes) lines.push(...wrap(episodeLine(e, words), width, '      ', '  '));
  if (exposures.length > 0) {
    lines.push('', paint(options, 'bold', t('cli.diary.periods', { count: exposures.length })));
    for (const x of exposures) lines.push(...wrap(exposureLine(x, words), width, '      ', '  '));
  }
  return `${lines.join('\n')}\n`;
}

/** The insights of `numbcheck diary stats`, in sections, every chart's content as sentences. */
export function renderInsights(
  insights: Insights,
  knowledge: Knowledge,
  options: TextOptions = PLAIN,
): string {
  const lines: string[] = [];
  const width = options.width;
  const { t } = wordsOf(options);
  const section = (title: string, sentences: readonly string[]) => {
    if (lines.length > 0) lines.push('');
    lines.push(paint(options, 'bold', title));
    for (const sentence of sentences) lines.push(...wrap(sentence, width, '    ', '  • '));
  };
  const changes = changesSection(insights.changes, knowledge, t);
  if (changes) section(changes.title, changes.sentences);
  section(t('cli.diary.patterns'), insights.patterns.text);
  section(t('cli.diary.trend'), insights.trend.text);
  const kinds = new Set(insights.comparisons.map((c) => c.exposureKind));
  const comparisons = EXPOSURE_KINDS.filter((k) => kinds.has(k)).flatMap((k) =>
    insights.comparisons.filter((c) => c.exposureKind === k).map((c) => c.text),
  );
  const tried = insights.interventions.text;
  section(t('cli.diary.withAndWithout'), [
    ...tried,
    ...(comparisons.length > 0 ? [...comparisons, insights.notice] : []),
    ...(tried.length === 0 && comparisons.length === 0 ? [t('cli.diary.nothingToCompare')] : []),
  ]);
  section(t('cli.diary.assessments'), insights.assessments.text);
  section(t('cli.diary.bctq'), insights.bctq.text);
  return `${lines.join('\n')}\n`;
}

/** The changes worth a doctor's look as a section's title and sentences, or null when nothing changed. */
function changesSection(
  changes: Insights['changes'],
  knowledge: Knowledge,
  t: Translate,
): { title: string; sentences: string[] } | null {
  if (changes.level === null || changes.prompt === null) return null;
  const look = LEVEL_LOOK[changes.level];
  const words = levelWords(changes.level, knowledge, t);
  return {
    title: t('cli.diary.worthALook', { level: `${look.marker} ${words.title}` }),
    sentences: [
      ...changes.changes.map((c) => `${c.text}.`),
      ...changes.reasons.map((r) => r.text),
      words.summary,
    ],
  };
}

/**
 * The doctor report of `numbcheck diary report`: the summary of a period in sentences (the same lines as the web
 * app's report and `GET /api/v1/summary`), the changes worth a doctor's look, and what the figures cannot show.
 */
export function renderDiaryReport(
  summary: DiarySummary,
  knowledge: Knowledge,
  options: TextOptions = PLAIN,
): string {
  const width = options.width;
  const { t } = wordsOf(options);
  const lines: string[] = [paint(options, 'bold', t('cli.diary.reportTitle')), ''];
  lines.push(paint(options, 'bold', t('cli.diary.summary')));
  for (const sentence of summary.text) lines.push(...wrap(sentence, width, '    ', '  • '));
  const changes = changesSection(summary.changes, knowledge, t);
  lines.push('');
  if (changes) {
    lines.push(paint(options, 'bold', changes.title));
    for (const sentence of changes.sentences) lines.push(...wrap(sentence, width, '    ', '  • '));
  } else {
    lines.push(paint(options, 'bold', t('cli.diary.changes')));
    lines.push(...wrap(t('cli.diary.noChanges'), width, '    ', '  • '));
  }
  // Said at the end of the doctor report, as on the web app's printed report.
  lines.push('', ...wrap(t('cli.diary.reportFooter'), width, '', ''));
  return `${lines.join('\n')}\n`;
}
