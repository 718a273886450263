import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { API, errorText } from '../api/client.ts';
import { type DeleteAllRequest, diaryApi, type EntryCounts } from '../api/diary.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { t, webLanguage } from '../language.ts';
import { DiaryBack, ErrorBox } from './controls.tsx';

/** What the API takes to delete everything; the person types the words of their own language instead. */
const CONFIRM: DeleteAllRequest['confirm'] = 'delete everything';

function countsText(counts: EntryCounts): string {
  return t('webDiary.data.counts', {
    episodes: counts.episodes,
    periods: counts.exposures,
    assessments: counts.assessments,
    questionnaires: counts.bctq,
  });
}

/** Today in the person's own time zone, `2026-11-30`: the date the FHIR file is named by. */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Export (JSON, CSV, FHIR for a doctor's system), import a JSON export, and delete everything after a typed confirmation. */
export function DataScreen(): JSX.Element {
  const file = useRef<HTMLInputElement>(null);
  const [importMessage, setImportMessage] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (event: Event): Promise<void> => {
    event.preventDefault();
    setImportMessage(null);
    setImportError(null);
    const chosen = file.current?.files?.[0];
    if (!chosen) {
      setImportError(t('webDiary.data.chooseFile'));
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(await chosen.text());
    } catch {
      setImportError(t('webDiary.data.notJson', { file: chosen.name }));
      return;
    }
    setBusy(true);
    try {
      const result = await diaryApi.importDocument(document);
      setImportMessage(
        t('webDiary.data.imported', { added: countsText(result.added), skipped: countsText(result.skipped) }),
      );
    } catch (e) {
      setImportError(t('webDiary.data.importFailed', { problem: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const deleteAll = (event: Event): void => {
    event.preventDefault();
    setDeleted(null);
    const phrase = t('webDiary.data.deletePhrase');
    if (typed.trim().toLowerCase() !== phrase.toLowerCase()) {
      setDeleteError(t('webDiary.data.deleteTypeFirst', { phrase }));
      return;
    }
    setDeleteError(null);
    setBusy(true);
    diaryApi
      .deleteAll({ confirm: CONFIRM })
      .then(
        ({ deleted }) => {
          setDeleted(t('webDiary.data.deleted', { counts: countsText(deleted) }));
          setTyped('');
        },
        (e: unknown) => setDeleteError(errorText(e)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div class="screen diary" data-screen="diary-data">
      <DiaryBack />
      <ScreenHeading>{t('webDiary.title.data')}</ScreenHeading>
      <section class="section" aria-labelledby="export-title">
        <h2 id="export-title">{t('webDiary.data.export')}</h2>
        <p>{t('webDiary.data.exportText')}</p>
        <ul class="download-links">
          <li>
            <a href={`${API}/export?format=json`} download="numbcheck-diary.json">
              {t('webDiary.data.json')}
            </a>
          </li>
          <li>
            <a href={`${API}/export?format=csv`} download="numbcheck-diary.csv">
              {t('webDiary.data.csv')}
            </a>
          </li>
        </ul>
        <h3>{t('webDiary.data.fhirTitle')}</h3>
        <p>{t('webDiary.data.fhirText')}</p>
        <ul class="download-links">
          <li>
            <a
              href={`${API}/export?format=fhir&lang=${webLanguage()}`}
              download={`numbcheck-fhir-${localDay(new Date())}.json`}
            >
              {t('webDiary.data.fhir')}
            </a>
          </li>
        </ul>
      </section>

      <section class="section" aria-labelledby="import-title">
        <h2 id="import-title">{t('webDiary.data.import')}</h2>
        <p>{t('webDiary.data.importText')}</p>
        <form onSubmit={importFile}>
          <div class="field">
            <label class="field-label" for="import-file">
              {t('webDiary.data.file')}
            </label>
            <input
              id="import-file"
              class="input-file"
              type="file"
              accept="application/json,.json"
              ref={file}
            />
          </div>
          <div class="button-row">
            <button type="submit" class="button button-secondary" disabled={busy}>
              {t('webDiary.data.import')}
            </button>
          </div>
        </form>
        <div role="status">
          {importMessage && <p class="diary-notice diary-notice-text">{importMessage}</p>}
        </div>
        {importError && <ErrorBox>{importError}</ErrorBox>}
      </section>

      <section class="section danger-zone" aria-labelledby="delete-title">
        <h2 id="delete-title">{t('webDiary.data.delete')}</h2>
        <p>{t('webDiary.data.deleteText')}</p>
        <form onSubmit={deleteAll}>
          <div class="field">
            <label class="field-label" for="delete-confirm">
              {t('webDiary.data.deleteConfirm', { phrase: t('webDiary.data.deletePhrase') })}
            </label>
            <input
              id="delete-confirm"
              class="input-text"
              type="text"
              autoComplete="off"
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          </div>
          <div class="button-row">
            <button type="submit" class="button button-warning" disabled={busy}>
              {t('webDiary.data.delete')}
            </button>
          </div>
        </form>
        <div role="status">{deleted && <p class="diary-notice diary-notice-text">{deleted}</p>}</div>
        {deleteError && <ErrorBox>{deleteError}</ErrorBox>}
      </section>
    </div>
  );
}
