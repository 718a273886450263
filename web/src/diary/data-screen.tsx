import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { diaryCsv } from '../../../src/diary/index.ts';
import { API, errorText } from '../api/client.ts';
import type { DeleteAllRequest, EntryCounts } from '../api/diary.ts';
import { type DiaryPlace, diaryApi } from '../api/diary-place.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { t, webLanguage } from '../language.ts';
import { DiaryBack, ErrorBox } from './controls.tsx';
import { dateInputValue } from './format.ts';

/** What the API takes to delete everything; the person types the words of their own language instead. */
const CONFIRM: DeleteAllRequest['confirm'] = 'delete everything';

export function countsText(counts: EntryCounts): string {
  return t('webDiary.data.counts', {
    episodes: counts.episodes,
    periods: counts.exposures,
    assessments: counts.assessments,
    questionnaires: counts.bctq,
  });
}

const JSON_FILE = 'numbcheck-diary.json';
const CSV_FILE = 'numbcheck-diary.csv';

/** The FHIR file's name, dated by today in the person's own time zone: `numbcheck-fhir-2026-11-30.json`. */
function fhirFile(): string {
  return `numbcheck-fhir-${dateInputValue(new Date())}.json`;
}

/** A file made in the page: its name, its type and its text. */
interface MadeFile {
  name: string;
  type: string;
  text: string;
}

/** The files the diary in this browser exports, made here as the server makes them. */
const BROWSER_EXPORTS = {
  /** The same document the server's export is, which imports back anywhere. */
  json: async (): Promise<MadeFile> => ({
    name: JSON_FILE,
    type: 'application/json',
    text: JSON.stringify(await diaryApi.exportDocument(), null, 2),
  }),
  /** The same table as the server's, for a spreadsheet. */
  csv: async (): Promise<MadeFile> => ({
    name: CSV_FILE,
    type: 'text/csv;charset=utf-8',
    text: diaryCsv(await diaryApi.exportDocument()),
  }),
  /** The FHIR Bundle for a doctor's system. */
  fhir: async (): Promise<MadeFile> => ({
    name: fhirFile(),
    type: 'application/fhir+json',
    text: JSON.stringify(await diaryApi.exportFhir(), null, 2),
  }),
} as const;

/** Hands a file the page made to the browser's downloads. */
function download({ name, type, text }: MadeFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy once it started; the next task is late enough to let the URL go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Buttons that export the diary in this browser, one per format, each with its label. */
function BrowserExport(props: {
  formats: readonly { format: keyof typeof BROWSER_EXPORTS; label: string }[];
  onError: (message: string) => void;
}): JSX.Element {
  const save = (format: keyof typeof BROWSER_EXPORTS): void => {
    BROWSER_EXPORTS[format]().then(download, (e: unknown) => props.onError(errorText(e)));
  };
  return (
    <div class="button-row">
      {props.formats.map(({ format, label }) => (
        <button key={format} type="button" class="button button-secondary" onClick={() => save(format)}>
          {label}
        </button>
      ))}
    </div>
  );
}

/** Export (JSON, CSV, FHIR for a doctor's system), import a JSON export or that FHIR file, and delete everything after a typed confirmation. */
export function DataScreen(props: { place: DiaryPlace }): JSX.Element {
  const [exportError, setExportError] = useState<string | null>(null);
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
        {props.place.where === 'browser' ? (
          <BrowserExport
            formats={[
              { format: 'json', label: t('webDiary.data.json') },
              { format: 'csv', label: t('webDiary.data.csv') },
            ]}
            onError={setExportError}
          />
        ) : (
          <ul class="download-links">
            <li>
              <a href={`${API}/export?format=json`} download={JSON_FILE}>
                {t('webDiary.data.json')}
              </a>
            </li>
            <li>
              <a href={`${API}/export?format=csv`} download={CSV_FILE}>
                {t('webDiary.data.csv')}
              </a>
            </li>
          </ul>
        )}
        <h3>{t('webDiary.data.fhirTitle')}</h3>
        <p>{t('webDiary.data.fhirText')}</p>
        {props.place.where === 'browser' ? (
          <BrowserExport
            formats={[{ format: 'fhir', label: t('webDiary.data.fhir') }]}
            onError={setExportError}
          />
        ) : (
          <ul class="download-links">
            <li>
              <a href={`${API}/export?format=fhir&lang=${webLanguage()}`} download={fhirFile()}>
                {t('webDiary.data.fhir')}
              </a>
            </li>
          </ul>
        )}
        {exportError && <ErrorBox>{exportError}</ErrorBox>}
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
