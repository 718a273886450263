import { rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { NumbError } from '../errors.ts';
import { PDF_FONT, type PrintDocument, pdfDefinition } from '../print/index.ts';
import { fileProblem } from './cli-errors.ts';

const require = createRequire(import.meta.url);

/** Roboto as pdfmake ships it (with Cyrillic): read from the package, so no system font is needed. */
function robotoFiles(): { regular: string; medium: string } {
  return {
    regular: require.resolve('pdfmake/build/fonts/Roboto/Roboto-Regular.ttf'),
    medium: require.resolve('pdfmake/build/fonts/Roboto/Roboto-Medium.ttf'),
  };
}

/** The PDF of a printed document; pdfmake is loaded only now, when a PDF is asked for. */
export async function pdfBytes(doc: PrintDocument): Promise<Uint8Array> {
  const { default: pdfmake } = await import('pdfmake');
  const { regular, medium } = robotoFiles();
  // The document names no other file and no address: nothing else may be read.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy?.((path) => path === regular || path === medium);
  pdfmake.addFonts({ [PDF_FONT]: { normal: regular, bold: medium, italics: regular, bolditalics: medium } });
  return pdfmake.createPdf(pdfDefinition(doc)).getBuffer();
}

/** Writes a document's PDF to `file`, beside it first and then renamed over it, so a failure never leaves half a file. */
export async function writePdf(doc: PrintDocument, file: string): Promise<void> {
  const bytes = await pdfBytes(doc);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new NumbError('NUMB_CANNOT_WRITE', 'error.NUMB_CANNOT_WRITE.file', {
      file,
      reason: fileProblem(error),
    });
  }
}
