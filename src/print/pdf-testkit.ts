/** For tests: a PDF read back with Debian's poppler-utils, as a person's viewer would draw it. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CARPAL_TUNNEL_FILE } from '../cli/testkit.ts';
import {
  type DiaryDocument,
  newBctqRecord,
  newSavedAssessment,
  sampleDiary,
  toDocument,
} from '../diary/index.ts';

const run = promisify(execFile);

/** Why the PDFs cannot be read back here (pdftoppm missing), or null when they can. */
export async function popplerMissing(): Promise<string | null> {
  try {
    await run('pdftoppm', ['-v']);
    return null;
  } catch {
    return 'pdftoppm (Debian package poppler-utils) is not installed';
  }
}

/**
 * The test options of a suite that reads PDFs back: it runs when pdftoppm is here, fails under CI=true when it is
 * not (.ci/run installs it), and is skipped, saying why, on a machine without it.
 */
export async function pdfSuiteOptions(): Promise<{ skip?: string }> {
  const missing = await popplerMissing();
  if (missing === null) return {};
  if (process.env.CI === 'true') assert.fail(`${missing}; CI must install it (see .ci/run)`);
  return { skip: missing };
}

export interface ReadPdf {
  /** The pages drawn as PNG by pdftoppm. */
  pages: number;
  /** The text pdftotext reads, in reading order, with runs of white space as one space. */
  text: string;
  /** The lines as the PDF writes them (pdftotext -raw): a table's cells one after the other. */
  lines: string[];
  /** The PNG files of the pages, kept in `pngDir` when one is given. */
  pngs: string[];
}

/** Draws every page of a PDF with pdftoppm and reads its text with pdftotext. */
export async function readPdf(file: string, pngDir?: string, prefix = 'page'): Promise<ReadPdf> {
  const dir = pngDir ?? (await mkdtemp(join(tmpdir(), 'numbcheck-pdf-')));
  try {
    const isPage = (name: string): boolean => name.startsWith(`${prefix}-`) && name.endsWith('.png');
    // Pages of an earlier, longer PDF of the same name must not count.
    for (const name of (await readdir(dir)).filter(isPage)) await rm(join(dir, name));
    await run('pdftoppm', ['-png', '-r', '50', file, join(dir, prefix)]);
    const pngs = (await readdir(dir))
      .filter(isPage)
      .sort()
      .map((name) => join(dir, name));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 16 * 1024 * 1024 });
    const raw = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 16 * 1024 * 1024 });
    const lines = raw.stdout
      .split(/[\n\f]/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    return { pages: pngs.length, text: stdout.replace(/\s+/g, ' ').trim(), lines, pngs };
  } finally {
    if (pngDir === undefined) await rm(dir, { recursive: true, force: true });
  }
}

/** Every BCTQ item answered, so that both scores are given: symptom severity 3.00, function 3.13. */
const BCTQ_ANSWERS = {
  night_pain_severity: 3,
  night_pain_waking: 5,
  day_pain_severity: 2,
  day_pain_frequency: 4,
  day_pain_duration: 1,
  numbness: 3,
  weakness: 5,
  tingling: 2,
  night_numbness_severity: 4,
  night_numbness_waking: 1,
  grasping_small_objects: 3,
  writing: 3,
  buttoning_clothes: 5,
  holding_book: 2,
  gripping_telephone: 4,
  opening_jars: 1,
  household_chores: 3,
  carrying_groceries: 5,
  bathing_dressing: 2,
};

/** The period the sample report covers: October and November 2026. */
export const SAMPLE_PERIOD = { from: '2026-10-01T00:00:00Z', to: '2026-12-01T00:00:00Z' } as const;

/**
 * The sample diary of the report tests, as an export document: 60 days of made-up episodes and runs up to
 * 30 Nov 2026 (src/diary/sample-diary.ts), an assessment and a BCTQ on 20 Nov 2026.
 */
export function sampleReportDocument(): DiaryDocument {
  const diary = sampleDiary({ days: 60, end: '2026-11-30T08:00:00Z' });
  const at = { now: '2026-11-20T09:00:00Z', utcOffsetMinutes: 60 };
  return toDocument({
    ...diary,
    assessments: [newSavedAssessment(CARPAL_TUNNEL_FILE, { id: 'sample-assessment', ...at })],
    bctq: [newBctqRecord(BCTQ_ANSWERS, { id: 'sample-bctq', ...at })],
  });
}

/**
 * Text with no white space at all, in lower case: a PDF wraps lines where a page does not, a table's cells sit apart,
 * and a page's style may put a word in capitals.
 */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '').toLocaleLowerCase();
}

/**
 * The lines of a PDF that a printed page does not say, leaving out the PDF's own page numbers (`pageNumber`): empty
 * when the PDF says nothing the print view does not.
 */
export function notInPrint(pdf: ReadPdf, printed: string, pageNumber: RegExp): string[] {
  const page = squeezed(printed);
  return pdf.lines.filter((line) => !pageNumber.test(line) && !page.includes(squeezed(line)));
}

/**
 * The lines of a printed page that the PDF does not say: empty when the print view says nothing the PDF does not.
 * `pageLines` are the page's lines as a person reads them (innerText); the PDF's page numbers (`pageNumber`) are
 * left out, as they may fall in the middle of a paragraph.
 */
export function notInPdf(pdf: ReadPdf, pageLines: readonly string[], pageNumber: RegExp): string[] {
  const all = squeezed(pdf.lines.filter((line) => !pageNumber.test(line)).join(''));
  return pageLines.map((line) => line.trim()).filter((line) => line !== '' && !all.includes(squeezed(line)));
}
