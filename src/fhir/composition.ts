import type { Composition, CompositionSection, Patient, Reference } from '@medplum/fhirtypes';
import type { DiarySummary } from '../diary/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { type Language, translator } from '../messages/index.ts';
import { LOCAL } from './codes.ts';
import { localDateTime } from './local-time.ts';
import { concept } from './observations.ts';

/**
 * The doctor report as a FHIR Composition: the same sections as `numbcheck diary report` and the web app's printed
 * report (the summary of the period, the changes worth a doctor's look, what the figures cannot show), each with its
 * narrative as XHTML in the person's language.
 */

export const REPORT_ID = 'diary-report';

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Narrative XHTML: a paragraph, or a list when there are several sentences. */
function narrative(sentences: readonly string[]): { status: 'generated'; div: string } {
  const body =
    sentences.length === 1
      ? `<p>${escapeXml(sentences[0] ?? '')}</p>`
      : `<ul>${sentences.map((s) => `<li>${escapeXml(s)}</li>`).join('')}</ul>`;
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${body}</div>` };
}

function changesSection(summary: DiarySummary, knowledge: Knowledge, language: Language): CompositionSection {
  const t = translator(language);
  const { changes } = summary;
  if (changes.level === null || changes.prompt === null) {
    return { title: t('cli.diary.changes'), text: narrative([t('cli.diary.noChanges')]) };
  }
  const level = knowledge.levels[changes.level];
  return {
    title: t('cli.diary.worthALook', { level: level.title }),
    text: narrative([
      ...changes.changes.map((c) => `${c.text}.`),
      ...changes.reasons.map((r) => r.text),
      level.summary,
    ]),
  };
}

export interface ReportOptions {
  /** When the report was made: the end of its period. */
  now: string;
  utcOffsetMinutes: number;
  knowledge: Knowledge;
  language: Language;
  /** The entries the summary covers, listed in its section. */
  entries: readonly Reference[];
}

/** The doctor report of `summary` as a Composition, written by the person (it is their diary) about themselves. */
export function reportComposition(
  summary: DiarySummary,
  subject: Reference<Patient>,
  options: ReportOptions,
): Composition {
  const t = translator(options.language);
  return {
    resourceType: 'Composition',
    id: REPORT_ID,
    language: options.language,
    status: 'final',
    type: concept(LOCAL.diaryReport),
    subject,
    date: localDateTime(options.now, options.utcOffsetMinutes),
    author: [subject],
    title: t('cli.diary.reportTitle'),
    section: [
      {
        title: t('cli.diary.summary'),
        text: narrative(summary.text),
        ...(options.entries.length > 0 ? { entry: [...options.entries] } : {}),
      },
      changesSection(summary, options.knowledge, options.language),
      { text: narrative([t('cli.diary.reportFooter')]) },
    ],
  };
}
