import { translator } from '../messages/index.ts';
import type { Block, PrintDocument } from './document.ts';

/**
 * A printed document as pdfmake's document definition: A4, the embedded Roboto (which has Cyrillic), headings kept
 * with what follows them, tables whose rows never break across pages and whose header repeats on each page. Pure data:
 * the terminal and the browser hand it to pdfmake.
 */

/** The font family the definition names; whoever renders it supplies Roboto's regular and medium faces under it. */
export const PDF_FONT = 'Roboto';

const A4_WIDTH = 595.28;
const MARGIN = { side: 48, top: 48, bottom: 56 };
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN.side;
/** A table cell's padding left and right, and its rule, as `TABLE_LAYOUT` draws them. */
const CELL_PADDING = 4;
const RULE = 0.5;

/** pdfmake's content nodes: only the few shapes used here. */
export type PdfNode = Record<string, unknown>;

export interface PdfDefinition {
  info: { title: string; creator: string; producer: string };
  language: string;
  pageSize: 'A4';
  pageMargins: [number, number, number, number];
  defaultStyle: PdfNode;
  styles: Record<string, PdfNode>;
  content: PdfNode[];
  footer: (page: number, pages: number) => PdfNode;
  pageBreakBefore: (node: { headlineLevel?: number }, following: readonly unknown[]) => boolean;
}

const TABLE_LAYOUT = {
  hLineWidth: () => RULE,
  vLineWidth: () => 0,
  hLineColor: () => '#999999',
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A table's layout: its header row, when it has one, shaded. */
function tableLayout(header: boolean) {
  return { ...TABLE_LAYOUT, fillColor: (row: number) => (header && row === 0 ? '#eeeeee' : null) };
}

/** Column widths in points from relative weights, so that a table always fits the page's width. */
function columnWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const room = CONTENT_WIDTH - weights.length * 2 * CELL_PADDING - RULE;
  return weights.map((w) => Math.floor(((room * w) / total) * 100) / 100);
}

function node(block: Block): PdfNode {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, style: 'heading', headlineLevel: 1 };
    case 'subheading':
      return { text: block.text, style: 'subheading', headlineLevel: 1 };
    case 'paragraph':
      return { text: block.text, style: block.emphasis ?? 'paragraph' };
    case 'list':
      return { ul: [...block.items], style: 'list' };
    case 'table':
      return {
        style: 'table',
        layout: tableLayout(block.columns.length > 0),
        table: {
          headerRows: block.columns.length > 0 ? 1 : 0,
          dontBreakRows: true,
          widths: columnWidths(block.widths),
          body: [
            ...(block.columns.length > 0 ? [block.columns.map((text) => ({ text, bold: true }))] : []),
            ...block.rows.map((row) => [...row]),
          ],
        },
      };
    case 'notice':
      return {
        style: 'notice',
        unbreakable: true,
        table: { widths: ['*'], body: [[{ text: block.text, margin: [6, 6, 6, 6] }]] },
        layout: {
          hLineWidth: () => 1,
          vLineWidth: () => 1,
          hLineColor: () => '#555555',
          vLineColor: () => '#555555',
        },
      };
  }
}

/** The PDF of a printed document. */
export function pdfDefinition(doc: PrintDocument): PdfDefinition {
  const t = translator(doc.language);
  return {
    info: { title: doc.title, creator: 'numbcheck', producer: 'numbcheck' },
    language: doc.language,
    pageSize: 'A4',
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.15 },
    styles: {
      head: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 4] },
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      subheading: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
      paragraph: { margin: [0, 0, 0, 4] },
      strong: { bold: true, margin: [0, 2, 0, 2] },
      muted: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 4] },
      list: { margin: [0, 0, 0, 4] },
      table: { fontSize: 9, margin: [0, 2, 0, 8] },
      notice: { margin: [0, 14, 0, 0] },
    },
    content: [
      { text: doc.head, style: 'head' },
      { text: doc.title, style: 'title' },
      ...doc.blocks.map(node),
    ],
    footer: (page, pages) => ({
      text: t('print.page', { page, pages }),
      alignment: 'right',
      fontSize: 8,
      color: '#444444',
      margin: [MARGIN.side, 24, MARGIN.side, 0],
    }),
    // A heading never ends a page: it moves to the next with what it heads.
    pageBreakBefore: (current, following) => current.headlineLevel === 1 && following.length === 0,
  };
}
