import type { Language } from '../messages/index.ts';

/**
 * A printed report as data: a head line, a title and blocks (headings, paragraphs, lists, tables, a notice). The
 * web's print view and the PDF are both drawn from one such document, so that what is handed to a doctor says the
 * same on paper and in a file. Pure.
 */

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: 'strong' | 'muted' }
  | { kind: 'list'; items: readonly string[] }
  /** A table whose rows never break across pages, with a header row unless `columns` is empty; `widths` are relative, one per column. */
  | {
      kind: 'table';
      columns: readonly string[];
      rows: readonly (readonly string[])[];
      widths: readonly number[];
    }
  /** Said in a box at the end: that this is information, not a diagnosis. */
  | { kind: 'notice'; text: string };

export interface PrintDocument {
  /** The language the words are in: the PDF's metadata and its page numbers. */
  language: Language;
  /** The line above the title: what it is and when it was printed. */
  head: string;
  title: string;
  blocks: readonly Block[];
}

/** Every text of a document in reading order, one entry a line (a table row's cells joined by spaces). */
export function documentLines(doc: PrintDocument): string[] {
  const lines = [doc.head, doc.title];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'list':
        lines.push(...block.items);
        break;
      case 'table':
        if (block.columns.length > 0) lines.push(block.columns.join(' '));
        for (const row of block.rows) lines.push(row.join(' '));
        break;
      default:
        lines.push(block.text);
    }
  }
  return lines;
}
