import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diarySummary, EMPTY_DIARY, parseDiaryDocument } from '../diary/index.ts';
import { knowledge } from '../knowledge/index.ts';
import { diaryReportDocument, documentLines, pdfDefinition } from './index.ts';
import { SAMPLE_PERIOD, sampleReportDocument } from './pdf-testkit.ts';

const diary = parseDiaryDocument(sampleReportDocument());
const summary = diarySummary(diary, SAMPLE_PERIOD, { utcOffsetMinutes: 0 });
const options = {
  episodes: diary.episodes.filter((e) => e.startedAt >= SAMPLE_PERIOD.from && e.startedAt < SAMPLE_PERIOD.to),
  knowledge,
  language: 'en',
  printedAt: '1 Dec 2026, 09:00',
  utcOffsetMinutes: 0,
} as const;

describe('the doctor report as a document', () => {
  it('says the summary word for word, then every episode of the period in a row of its own and their notes', () => {
    const doc = diaryReportDocument(summary, options);
    const lines = documentLines(doc);
    assert.equal(lines[0], 'numbcheck diary report · 1 Dec 2026, 09:00');
    assert.equal(lines[1], 'Report for my doctor');
    for (const sentence of summary.text) assert.ok(lines.includes(sentence), sentence);
    const table = doc.blocks.find((b) => b.kind === 'table' && b.columns[0] === 'When');
    assert.ok(table?.kind === 'table');
    assert.equal(table.rows.length, 60);
    assert.deepEqual(table.rows[0], ['2 Oct 2026, 09:29', 'Left hand: ring finger', '5', '2', 'Running', '']);
    // Notes follow the table, each by its episode's time, so that no row grows taller than a page.
    assert.ok(lines.includes('2 Oct 2026, 09:29: woke up with it'));
    assert.equal(doc.blocks.at(-1)?.kind, 'notice');
  });

  it('says so when the period has no episodes, and writes Russian in Russian', () => {
    const empty = diarySummary(EMPTY_DIARY, SAMPLE_PERIOD, { language: 'ru' });
    const doc = diaryReportDocument(empty, { ...options, episodes: [], language: 'ru' });
    const lines = documentLines(doc);
    assert.ok(lines.includes('За этот период эпизодов не записано.'));
    assert.ok(lines.includes('Эпизоды за этот период (0)'));
    assert.equal(pdfDefinition(doc).footer(2, 3).text, 'Страница 2 из 3');
  });
});

describe('the PDF layout', () => {
  const definition = pdfDefinition(diaryReportDocument(summary, options));

  it('fits every table to the width of an A4 page between its margins', () => {
    const [left, , right] = definition.pageMargins;
    const room = 595.28 - left - right;
    const tables = definition.content.flatMap((node) => {
      const table = node.table;
      return typeof table === 'object' && table !== null && 'widths' in table ? [table.widths] : [];
    });
    assert.ok(tables.length >= 3);
    for (const widths of tables) {
      assert.ok(Array.isArray(widths));
      const numbers = widths.filter((w): w is number => typeof w === 'number');
      const padded = numbers.reduce((sum, w) => sum + w + 8, 0);
      if (numbers.length > 0) assert.ok(padded <= room, `${padded} ≤ ${room}`);
    }
  });

  it('keeps a table row whole and a heading with what follows it', () => {
    for (const node of definition.content) {
      const table = node.table;
      if (
        typeof table === 'object' &&
        table !== null &&
        'body' in table &&
        !('dontBreakRows' in table && table.dontBreakRows)
      )
        assert.ok(node.unbreakable, 'a table either keeps its rows whole or is unbreakable');
    }
    assert.equal(definition.pageBreakBefore({ headlineLevel: 1 }, []), true);
    assert.equal(definition.pageBreakBefore({ headlineLevel: 1 }, [{}]), false);
    assert.equal(definition.pageBreakBefore({}, []), false);
    assert.equal(definition.footer(1, 6).text, 'Page 1 of 6');
  });
});
