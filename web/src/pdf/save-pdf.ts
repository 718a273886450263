import pdfMake from 'pdfmake';
import mediumUrl from 'pdfmake/build/fonts/Roboto/Roboto-Medium.ttf?url';
import regularUrl from 'pdfmake/build/fonts/Roboto/Roboto-Regular.ttf?url';
import { PDF_FONT, type PrintDocument, pdfDefinition } from '../../../src/print/index.ts';

/**
 * Makes a printed document's PDF in the browser and hands it to the person as a download. This module, pdfmake and
 * the fonts are loaded only when a PDF is asked for (`import()`), so that none of them weighs on any first load.
 */
export async function savePdf(doc: PrintDocument, fileName: string): Promise<void> {
  // pdfmake fetches the fonts from the app's own address, and nothing else.
  const regular = new URL(regularUrl, window.location.href).href;
  const medium = new URL(mediumUrl, window.location.href).href;
  pdfMake.setUrlAccessPolicy((url) => url === regular || url === medium);
  pdfMake.addFonts({ [PDF_FONT]: { normal: regular, bold: medium, italics: regular, bolditalics: medium } });
  await pdfMake.createPdf(pdfDefinition(doc)).download(fileName);
}
