import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { API, errorText } from '../api/client.ts';
import { type DeleteAllRequest, diaryApi, type EntryCounts } from '../api/diary.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { DiaryBack, ErrorBox } from './controls.tsx';
import { plural } from './format.ts';

const CONFIRM: DeleteAllRequest['confirm'] = 'delete everything';

function countsText(counts: EntryCounts): string {
  return [
    plural(counts.episodes, 'episode'),
    plural(counts.exposures, 'period'),
    plural(counts.assessments, 'assessment'),
    plural(counts.bctq, 'questionnaire'),
  ].join(', ');
}

/** Export (JSON, CSV), import a JSON export, and delete everything after a typed confirmation. */
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
      setImportError('Choose a file first: a JSON file exported from a numbcheck diary.');
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(await chosen.text());
    } catch {
      setImportError(
        `${chosen.name} is not a JSON file. Choose a file exported from a numbcheck diary (JSON).`,
      );
      return;
    }
    setBusy(true);
    try {
      const result = await diaryApi.importDocument(document);
      setImportMessage(
        `Imported: ${countsText(result.added)}. Already in your diary and skipped: ${countsText(result.skipped)}.`,
      );
    } catch (e) {
      setImportError(`Nothing was imported. ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const deleteAll = (event: Event): void => {
    event.preventDefault();
    setDeleted(null);
    if (typed.trim().toLowerCase() !== CONFIRM) {
      setDeleteError(`To delete, type “${CONFIRM}” in the box.`);
      return;
    }
    setDeleteError(null);
    setBusy(true);
    diaryApi
      .deleteAll({ confirm: CONFIRM })
      .then(
        ({ deleted }) => {
          setDeleted(`Deleted: ${countsText(deleted)}. Your diary is empty.`);
          setTyped('');
        },
        (e: unknown) => setDeleteError(errorText(e)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div class="screen diary" data-screen="diary-data">
      <DiaryBack />
      <ScreenHeading>Your data</ScreenHeading>
      <section class="section" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>Download your whole diary: JSON to keep or move to another numbcheck, CSV for a spreadsheet.</p>
        <ul class="download-links">
          <li>
            <a href={`${API}/export?format=json`} download="numbcheck-diary.json">
              Download JSON
            </a>
          </li>
          <li>
            <a href={`${API}/export?format=csv`} download="numbcheck-diary.csv">
              Download CSV
            </a>
          </li>
        </ul>
      </section>

      <section class="section" aria-labelledby="import-title">
        <h2 id="import-title">Import</h2>
        <p>Add the entries of a JSON export. Entries already in your diary are skipped, never overwritten.</p>
        <form onSubmit={importFile}>
          <div class="field">
            <label class="field-label" for="import-file">
              JSON file
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
              Import
            </button>
          </div>
        </form>
        <div role="status">
          {importMessage && <p class="diary-notice diary-notice-text">{importMessage}</p>}
        </div>
        {importError && <ErrorBox>{importError}</ErrorBox>}
      </section>

      <section class="section danger-zone" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete all my data</h2>
        <p>
          Deletes every episode, period, saved assessment and questionnaire in this diary, for good. Export
          first if you may want them back.
        </p>
        <form onSubmit={deleteAll}>
          <div class="field">
            <label class="field-label" for="delete-confirm">
              Type “{CONFIRM}” to confirm
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
              Delete all my data
            </button>
          </div>
        </form>
        <div role="status">{deleted && <p class="diary-notice diary-notice-text">{deleted}</p>}</div>
        {deleteError && <ErrorBox>{deleteError}</ErrorBox>}
      </section>
    </div>
  );
}
