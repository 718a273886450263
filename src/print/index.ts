/**
 * The printed reports as documents (headings, paragraphs, lists, tables) built from the diary summary, and their
 * layout as a PDF: pure, so that the terminal and the web app write the same report. The PDF library itself is loaded
 * only by who renders (src/cli/pdf-file.ts, web/src/pdf/).
 */
export {
  type DiaryReportOptions,
  type DiaryReportParts,
  diaryReportDocument,
  diaryReportParts,
} from './diary-report.ts';
export { type Block, documentLines, type PrintDocument } from './document.ts';
export { PDF_FONT, type PdfDefinition, pdfDefinition } from './pdf-layout.ts';
