import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { PrintDocument } from '../../../src/print/index.ts';
import { t } from '../language.ts';

/**
 * "Download PDF": the same document the page prints, as a PDF file. The PDF library and its fonts load only on the
 * press, so that the page itself stays light.
 */
export function PdfButton(props: { makeDocument: () => PrintDocument; fileName: string }): JSX.Element {
  const [state, setState] = useState<'ready' | 'preparing' | 'failed'>('ready');
  const download = (): void => {
    setState('preparing');
    const doc = props.makeDocument();
    import('../pdf/save-pdf.ts')
      .then((pdf) => pdf.savePdf(doc, props.fileName))
      .then(
        () => setState('ready'),
        () => setState('failed'),
      );
  };
  return (
    <>
      <button
        type="button"
        class="button button-secondary"
        onClick={download}
        disabled={state === 'preparing'}
        aria-busy={state === 'preparing'}
      >
        {state === 'preparing' ? t('print.preparing') : t('print.download')}
      </button>
      {state === 'failed' && (
        <p class="pdf-failed" role="alert">
          {t('print.failed')}
        </p>
      )}
    </>
  );
}
