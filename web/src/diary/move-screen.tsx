import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../../src/messages/index.ts';
import { errorText } from '../api/client.ts';
import type { DeleteAllRequest, DiaryClient, EntryCounts } from '../api/diary.ts';
import { browserDiaryUsed, openBrowserDiary, serverDiary } from '../api/diary-place.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { t } from '../language.ts';
import { DiaryBack, ErrorBox } from './controls.tsx';
import { countsText } from './data-screen.tsx';

/**
 * "Move my diary to my account": a person signed in to a server with accounts, whose browser kept a diary of its own
 * (written while the server could not be reached), sends that diary up once. The server's import skips what the
 * account already has, by id, so a second move adds nothing. The browser's diary is left as it was unless the person
 * clears it here. On a server without accounts (numbcheck on the person's own machine) the same move goes to the
 * server's one diary.
 */

/** Where the browser's diary moves to: the signed-in account, or the diary of a server without accounts. */
export type MoveTarget = 'account' | 'server';

/** The words that differ between the two targets. */
const WORDS: Record<
  MoveTarget,
  Record<'title' | 'link' | 'lead' | 'kept' | 'button' | 'done' | 'clearText' | 'cleared', MessageKey>
> = {
  account: {
    title: 'webDiary.title.move',
    link: 'webDiary.move.link',
    lead: 'webDiary.move.lead',
    kept: 'webDiary.move.kept',
    button: 'webDiary.move.button',
    done: 'webDiary.move.done',
    clearText: 'webDiary.move.clearText',
    cleared: 'webDiary.move.cleared',
  },
  server: {
    title: 'webDiary.title.moveToServer',
    link: 'webDiary.moveToServer.link',
    lead: 'webDiary.moveToServer.lead',
    kept: 'webDiary.moveToServer.kept',
    button: 'webDiary.moveToServer.button',
    done: 'webDiary.moveToServer.done',
    clearText: 'webDiary.moveToServer.clearText',
    cleared: 'webDiary.moveToServer.cleared',
  },
};

/** The page title of the move screen for `to`. */
export function moveTitle(to: MoveTarget): MessageKey {
  return WORDS[to].title;
}

const CONFIRM: DeleteAllRequest['confirm'] = 'delete everything';

/** What the browser's diary holds, read from its export. */
async function browserCounts(diary: DiaryClient): Promise<EntryCounts> {
  const document = await diary.exportDocument();
  return {
    episodes: document.episodes.length,
    exposures: document.exposures.length,
    assessments: document.assessments.length,
    bctq: document.bctq.length,
  };
}

const total = (counts: EntryCounts): number =>
  counts.episodes + counts.exposures + counts.assessments + counts.bctq;

interface BrowserDiary {
  diary: DiaryClient;
  counts: EntryCounts;
}

/**
 * The browser's own diary, when this browser has had one: its calls and what it holds; undefined while it opens,
 * null when there is none (or it cannot be opened).
 */
function useBrowserDiary(): { found: BrowserDiary | null | undefined; reload: () => void } {
  const [found, setFound] = useState<BrowserDiary | null | undefined>(undefined);
  const [visit, setVisit] = useState(0);
  useEffect(() => {
    if (!browserDiaryUsed()) {
      setFound(null);
      return;
    }
    openBrowserDiary()
      .then(async (diary) => setFound({ diary, counts: await browserCounts(diary) }))
      .catch(() => setFound(null));
  }, [visit]);
  return { found, reload: () => setVisit((v) => v + 1) };
}

/** On the diary's home, on the server's diary: the offer to move the browser's diary up, when it has entries. */
export function MoveOffer(props: { to: MoveTarget }): JSX.Element | null {
  const { found } = useBrowserDiary();
  if (!found || total(found.counts) === 0) return null;
  return (
    <p class="diary-place move-offer">
      {t('webDiary.move.offer', { counts: countsText(found.counts) })}{' '}
      <a href="#/diary/move">{t(WORDS[props.to].link)}</a>
    </p>
  );
}

export function MoveScreen(props: { to: MoveTarget }): JSX.Element {
  const words = WORDS[props.to];
  const { found, reload } = useBrowserDiary();
  const [busy, setBusy] = useState(false);
  const [moved, setMoved] = useState<string | null>(null);
  const [cleared, setCleared] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const move = async (): Promise<void> => {
    if (!found) return;
    setBusy(true);
    setMoved(null);
    setError(null);
    try {
      const result = await serverDiary.importDocument(await found.diary.exportDocument());
      setMoved(t(words.done, { added: countsText(result.added), skipped: countsText(result.skipped) }));
    } catch (e) {
      setError(t('webDiary.move.failed', { problem: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const clear = async (): Promise<void> => {
    if (!found) return;
    setBusy(true);
    setError(null);
    try {
      const { deleted } = await found.diary.deleteAll({ confirm: CONFIRM });
      setCleared(t(words.cleared, { counts: countsText(deleted) }));
      reload();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const empty = found === null || (found !== undefined && total(found.counts) === 0);
  return (
    <div class="screen diary" data-screen="diary-move">
      <DiaryBack />
      <ScreenHeading>{t(words.title)}</ScreenHeading>
      <p class="lead">{t(words.lead)}</p>
      {found === undefined && <p aria-live="polite">{t('webDiary.move.opening')}</p>}
      {found && !empty && <p>{t('webDiary.move.inBrowser', { counts: countsText(found.counts) })}</p>}
      {empty && !cleared && <p>{t('webDiary.move.empty')}</p>}
      {found && !empty && (
        <>
          <p>{t(words.kept)}</p>
          <div class="button-row">
            <button type="button" class="button button-primary" disabled={busy} onClick={move}>
              {t(words.button)}
            </button>
          </div>
        </>
      )}
      <div role="status" aria-live="polite">
        {busy && !moved && <p>{t('webDiary.move.moving')}</p>}
        {moved && <p class="diary-notice diary-notice-text">{moved}</p>}
        {cleared && <p class="diary-notice diary-notice-text">{cleared}</p>}
      </div>
      {error && <ErrorBox>{error}</ErrorBox>}
      {found && !empty && moved !== null && (
        <section class="section danger-zone" aria-labelledby="clear-title">
          <h2 id="clear-title">{t('webDiary.move.clearTitle')}</h2>
          <p>{t(words.clearText)}</p>
          <div class="button-row">
            <button
              type="button"
              class="button button-warning"
              disabled={busy || moved === null}
              onClick={clear}
            >
              {t('webDiary.move.clear')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
