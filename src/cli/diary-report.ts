import type { DiarySummary, Episode, Exposure, Insights } from '../diary/index.ts';
import { activityLabel, EXPOSURE_KINDS, interventionLabel } from '../diary/index.ts';
import type { HandAnswer } from '../engine/index.ts';
import { formatDateTime, formatMinutes } from '../format/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { LEVEL_LOOK, levelWords } from './level-text.ts';
import { PLAIN, paint, type TextOptions, wrap } from './text.ts';

/** How the terminal shows the diary: listings and the insights of `numbcheck diary stats`. Pure. */

function handText(side: string, hand: HandAnswer): string {
  const parts: string[] = [];
  if (hand.palm?.length) parts.push(`${hand.palm.join(', ')} (palm)`);
  if (hand.back?.length) parts.push(`${hand.back.join(', ')} (back)`);
  if (hand.arm?.length) parts.push(hand.arm.join(', '));
  return parts.length > 0 ? `${side}: ${parts.join('; ')}` : `${side} hand`;
}

/** Where an episode was: "right: thumb, index (palm)", or "hand not marked". */
export function whereText(episode: Episode): string {
  const sides: string[] = [];
  if (episode.handMap.left) sides.push(handText('left', episode.handMap.left));
  if (episode.handMap.right) sides.push(handText('right', episode.handMap.right));
  return sides.length > 0 ? sides.join(' / ') : 'hand not marked';
}

/** One line (or a few, wrapped) per episode. */
export function episodeLine(e: Episode): string {
  const parts = [formatDateTime(e.startedAt, { utcOffsetMinutes: e.utcOffsetMinutes }), whereText(e)];
  if (e.durationMinutes !== null) parts.push(formatMinutes(e.durationMinutes));
  if (e.severity !== null) parts.push(`severity ${e.severity} of 10`);
  if (e.activities.length > 0) parts.push(e.activities.map((a) => activityLabel(a).toLowerCase()).join(', '));
  if (e.symptoms.length > 0) parts.push(`symptoms: ${e.symptoms.join(', ')}`);
  if (e.interventions.length > 0)
    parts.push(`with ${e.interventions.map((i) => interventionLabel(i).toLowerCase()).join(', ')}`);
  if (e.note !== '') parts.push(`“${e.note}”`);
  return parts.join(' · ');
}

export function exposureLine(x: Exposure): string {
  const parts = [
    formatDateTime(x.startedAt, { utcOffsetMinutes: x.utcOffsetMinutes }),
    x.kind.replace('_', ' '),
  ];
  if (x.durationMinutes !== null) parts.push(formatMinutes(x.durationMinutes));
  parts.push(`${x.episodeCount} episode${x.episodeCount === 1 ? '' : 's'}`);
  parts.push(
    x.interventions.length > 0
      ? `with ${x.interventions.map((i) => interventionLabel(i).toLowerCase()).join(', ')}`
      : 'nothing in place',
  );
  if (x.note !== '') parts.push(`“${x.note}”`);
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
  lines.push(paint(options, 'bold', `Episodes (${episodes.length})`));
  if (episodes.length === 0) lines.push('  none');
  for (const e of episodes) lines.push(...wrap(episodeLine(e), width, '      ', '  '));
  if (exposures.length > 0) {
    lines.push('', paint(options, 'bold', `Periods (${exposures.length})`));
    for (const x of exposures) lines.push(...wrap(exposureLine(x), width, '      ', '  '));
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
  const section = (title: string, sentences: readonly string[]) => {
    if (lines.length > 0) lines.push('');
    lines.push(paint(options, 'bold', title));
    for (const sentence of sentences) lines.push(...wrap(sentence, width, '    ', '  • '));
  };
  const changes = changesSection(insights.changes, knowledge);
  if (changes) section(changes.title, changes.sentences);
  section('Patterns', insights.patterns.text);
  section('Trend', insights.trend.text);
  const kinds = new Set(insights.comparisons.map((c) => c.exposureKind));
  const comparisons = EXPOSURE_KINDS.filter((k) => kinds.has(k)).flatMap((k) =>
    insights.comparisons.filter((c) => c.exposureKind === k).map((c) => c.text),
  );
  const tried = insights.interventions.text;
  section('With and without', [
    ...tried,
    ...(comparisons.length > 0 ? [...comparisons, insights.notice] : []),
    ...(tried.length === 0 && comparisons.length === 0
      ? [
          'Nothing to compare yet. Note what you had in place on each episode (`numbcheck diary add --intervention splint`), ' +
            'or log runs, working days or nights with and without it (`numbcheck diary exposure`).',
        ]
      : []),
  ]);
  section('Assessments', insights.assessments.text);
  section('Boston Carpal Tunnel Questionnaire', insights.bctq.text);
  return `${lines.join('\n')}\n`;
}

/** The changes worth a doctor's look as a section's title and sentences, or null when nothing changed. */
function changesSection(
  changes: Insights['changes'],
  knowledge: Knowledge,
): { title: string; sentences: string[] } | null {
  if (changes.level === null || changes.prompt === null) return null;
  const look = LEVEL_LOOK[changes.level];
  const words = levelWords(changes.level, knowledge);
  return {
    title: `Worth a doctor's look — ${look.marker} ${words.title}`,
    sentences: [
      ...changes.changes.map((c) => `${c.text}.`),
      ...changes.reasons.map((r) => r.text),
      words.summary,
    ],
  };
}

/** Said at the end of the doctor report, as on the web app's printed report. */
export const REPORT_FOOTER =
  'Made with numbcheck from the person’s own diary. Information, not a diagnosis; it shows what happened together, ' +
  'not what caused it.';

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
  const lines: string[] = [paint(options, 'bold', 'Diary report for my doctor'), ''];
  lines.push(paint(options, 'bold', 'Summary'));
  for (const sentence of summary.text) lines.push(...wrap(sentence, width, '    ', '  • '));
  const changes = changesSection(summary.changes, knowledge);
  lines.push('');
  if (changes) {
    lines.push(paint(options, 'bold', changes.title));
    for (const sentence of changes.sentences) lines.push(...wrap(sentence, width, '    ', '  • '));
  } else {
    lines.push(paint(options, 'bold', 'Changes worth a doctor’s look'));
    lines.push(...wrap('No changes that need a doctor’s look stand out.', width, '    ', '  • '));
  }
  lines.push('', ...wrap(REPORT_FOOTER, width, '', ''));
  return `${lines.join('\n')}\n`;
}
