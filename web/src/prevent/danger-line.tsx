import type { JSX } from 'preact';
import { t } from '../language.ts';

/** The danger line the run screens always show: these are never runner's numbness. */
export function DangerLine(): JSX.Element {
  return (
    <p class="danger-line" data-danger-line="">
      <strong>{t('webPrevent.danger.stop')}</strong> {t('webPrevent.danger.text')}{' '}
      <a href="#emergency">{t('webPrevent.danger.link')}</a>
    </p>
  );
}
