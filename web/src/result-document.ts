import {
  type Answers,
  type Assessment,
  notAskedYet,
  otherReasons,
  type PlanItem,
} from '../../src/engine/index.ts';
import { formatPercent } from '../../src/format/index.ts';
import type { HistoryEntry } from '../../src/interview/index.ts';
import type { Knowledge } from '../../src/knowledge/index.ts';
import type { Block, PrintDocument } from '../../src/print/index.ts';
import { answerRows, citedSources, findingLabel } from './answer-text.ts';
import { t, webLanguage, webLocale } from './language.ts';
import { LEVEL_WORD, LIKELIHOOD_WORD, likelihoodOf } from './result-words.ts';

/** How many causes the result shows. */
export const TOP_CAUSES = 5;

/** The first sentence of advice, for the summary; the whole of it is in its own section below. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** "For: …", the causes an item is for, unless it is for the likeliest cause alone, which the page is about. */
export function forCausesText(
  item: PlanItem,
  knowledge: Knowledge,
  topCause: string | undefined,
): string | null {
  const causes = item.forCauses ?? [];
  if (causes.length === 0 || (causes.length === 1 && causes[0] === topCause)) return null;
  const names = causes.map((id) => knowledge.causes.find((cause) => cause.id === id)?.name ?? id);
  return t('result.forCauses', { causes: names.join(', ') });
}

/** The steps of "What to do now" the page lists on their own: not the level's first step, nor the summary's. */
export function remainingSteps(a: Assessment, knowledge: Knowledge): PlanItem[] {
  const levelStep = knowledge.levels[a.triage.level]?.now[0]?.id;
  const summaryStep = a.plan.selfCare.length > 0 ? undefined : a.plan.now[1]?.id;
  return a.plan.now.filter((item) => item.id !== levelStep && item.id !== summaryStep);
}

function withFor(text: string, item: PlanItem, knowledge: Knowledge, topCause: string | undefined): string {
  const forCauses = forCausesText(item, knowledge, topCause);
  return forCauses === null ? text : `${text} ${forCauses}`;
}

/** A heading and its list, or nothing when the list is empty. */
function listSection(title: string, items: readonly string[], before: Block[] = []): Block[] {
  return items.length === 0 ? [] : [{ kind: 'heading', text: title }, ...before, { kind: 'list', items }];
}

export interface ResultPrint {
  assessment: Assessment;
  answers: Answers;
  history: readonly HistoryEntry[];
  knowledge: Knowledge;
  /** When it was printed, as the page writes it. */
  printedAt: string;
}

/**
 * An assessment's result as the page prints it: the level and what it means, the likeliest cause and the next step,
 * that it is information and not a diagnosis, why this level, the causes with their chance, tests and specialists,
 * what a doctor reads (questionnaires, every answer), the sources. Self-care, folded on the page, is left out of
 * print as of the page. "Download PDF" draws it.
 */
export function resultDocument(print: ResultPrint): PrintDocument {
  const { assessment: a, knowledge } = print;
  const locale = webLocale();
  const level = knowledge.levels[a.triage.level];
  const causes = a.causes.slice(0, TOP_CAUSES);
  const top = causes[0];
  const next = a.plan.selfCare[0] ?? a.plan.now[1];
  const { katz, cts6 } = a.instruments;
  const sources = citedSources(a, knowledge);
  const blocks: Block[] = [
    ...listSection(
      t('result.unsure'),
      a.unsure.map((id) => findingLabel(knowledge, id)),
      [{ kind: 'paragraph', text: knowledge.unsure.text }],
    ),
    { kind: 'paragraph', text: t(LEVEL_WORD[a.triage.level]), emphasis: 'strong' },
    { kind: 'heading', text: level?.title ?? t(LEVEL_WORD[a.triage.level]) },
    ...(level ? [{ kind: 'paragraph', text: level.summary } satisfies Block] : []),
    ...(top
      ? [
          { kind: 'paragraph', text: t('result.mostLikely'), emphasis: 'strong' } satisfies Block,
          {
            kind: 'paragraph',
            text: `${top.name} (${t(LIKELIHOOD_WORD[likelihoodOf(top.probability)])})`,
          } satisfies Block,
        ]
      : []),
    ...(next
      ? [
          { kind: 'paragraph', text: t('result.next'), emphasis: 'strong' } satisfies Block,
          { kind: 'paragraph', text: firstSentence(next.text) } satisfies Block,
        ]
      : []),
    { kind: 'notice', text: a.notice },
    ...listSection(
      t('result.whyLevel'),
      otherReasons(a, knowledge).map((reason) => reason.text),
    ),
    ...listSection(
      t('result.unscreened'),
      notAskedYet(a).map((id) => findingLabel(knowledge, id)),
      [{ kind: 'paragraph', text: t('result.unscreenedText') }],
    ),
    ...listSection(
      t('result.now'),
      remainingSteps(a, knowledge).map((item) => item.text),
    ),
  ];
  if (causes.length > 0) {
    blocks.push({ kind: 'heading', text: t('result.causes') });
    for (const cause of causes) {
      const word = t(LIKELIHOOD_WORD[likelihoodOf(cause.probability)]);
      blocks.push(
        { kind: 'subheading', text: cause.name },
        { kind: 'paragraph', text: `${word} ${formatPercent(cause.probability, { locale })}` },
      );
    }
  }
  blocks.push(
    ...listSection(
      t('result.tests'),
      a.plan.tests.map((item) => {
        const test = knowledge.tests.find((found) => found.id === item.id);
        return withFor(test ? `${test.name}: ${test.purpose}` : item.text, item, knowledge, top?.id);
      }),
    ),
    ...listSection(
      t('result.specialists'),
      a.plan.specialists.map((item) => withFor(item.text, item, knowledge, top?.id)),
    ),
    { kind: 'heading', text: t('doctor.title') },
  );
  const questionnaires = [
    ...(katz === null
      ? []
      : [`${t('doctor.katz', { hand: katz.hand, rating: katz.rating })} ${t('doctor.katzExplain')}`]),
    ...(cts6 === null
      ? []
      : [`${t('doctor.cts6', { score: cts6.score, max: cts6.max })} ${t('doctor.cts6Explain')}`]),
  ];
  if (questionnaires.length > 0)
    blocks.push(
      { kind: 'subheading', text: t('doctor.questionnaires') },
      { kind: 'list', items: questionnaires },
    );
  blocks.push(
    { kind: 'subheading', text: t('doctor.answers') },
    {
      kind: 'table',
      columns: [],
      widths: [1, 1],
      rows: answerRows(print.answers, print.history, knowledge).map((row) => [row.question, row.answer]),
    },
    { kind: 'heading', text: t('result.sources') },
    { kind: 'paragraph', text: t('result.sourcesText') },
    {
      kind: 'list',
      items: sources.map((id) => `${id} ${knowledge.sources.find((s) => s.id === id)?.title ?? id}`),
    },
  );
  return {
    language: webLanguage(),
    head: t('result.printHead', { date: print.printedAt, version: a.knowledgeVersion }),
    title: t('result.title'),
    blocks,
  };
}
