import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Episode } from '../../../src/diary/index.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import type { AccountInfo, Session } from '../api/accounts.ts';
import { currentOffset, errorText } from '../api/client.ts';
import { type DiaryPlace, diaryApi, diaryHere } from '../api/diary-place.ts';
import { accountApi } from '../api/passkeys.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { t } from '../language.ts';
import { setPageTitle } from '../page.tsx';
import { AccountScreen, SignInScreen } from './account-screens.tsx';
import { AssessmentsScreen } from './assessments-screen.tsx';
import { BctqScreen } from './bctq-screen.tsx';
import { ErrorBox, LinkButton } from './controls.tsx';
import { DataScreen } from './data-screen.tsx';
import './diary.css';
import { EpisodeForm } from './episode-form.tsx';
import { fillIn, SLOT } from './fill-in.ts';
import { episodeLine, levelGuidance, whenText } from './format.ts';
import { InsightsScreen } from './insights-screen.tsx';
import { MoveOffer, MoveScreen, type MoveTarget, moveTitle } from './move-screen.tsx';
import { type Notice, noticeFor, takeNotice, useEmergencyCheck } from './notice.ts';
import { PeriodForm } from './period-form.tsx';
import { ReportScreen } from './report-screen.tsx';

/**
 * The diary: log an episode in a few taps, see patterns and what helps, and a report for the doctor. Its screens are
 * hash paths under `#/diary` (`#/diary/log`, `#/diary/episode/{id}`…), each mounting afresh so that its heading takes
 * the focus.
 */

const TITLES: Record<string, MessageKey> = {
  '': 'webDiary.title.home',
  log: 'webDiary.title.log',
  episode: 'webDiary.title.episode',
  period: 'webDiary.title.period',
  insights: 'webDiary.title.insights',
  assessments: 'webDiary.title.assessments',
  bctq: 'webDiary.title.bctq',
  report: 'webDiary.title.report',
  data: 'webDiary.title.data',
  account: 'webDiary.title.account',
  'sign-in': 'webDiary.title.signIn',
};

function routeOf(hash: string): string[] {
  return hash
    .replace(/^#\/diary\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
}

/** A browser's diary has no accounts: it is the one person's of this browser. */
const NO_ACCOUNTS: Session = { accounts: false, account: null };

/**
 * The diary where it lives (web/src/api/diary-place.ts): on the server, behind a sign-in when it has accounts, or in
 * this browser. Without accounts (numbcheck on the person's own machine) or in the browser the diary opens at once.
 */
export function DiarySection(): JSX.Element {
  const [place, setPlace] = useState<DiaryPlace | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = (): void => {
    setError(null);
    diaryHere()
      .then(async ({ place: found }) => {
        setSession(found.where === 'server' ? await accountApi.session() : NO_ACCOUNTS);
        setPlace(found);
      })
      .catch((e: unknown) => setError(errorText(e)));
  };
  useEffect(check, []);
  if (error) return <ErrorBox>{error}</ErrorBox>;
  if (session === null || place === null) return <p aria-live="polite">{t('webDiary.opening')}</p>;
  if (session.accounts && session.account === null) {
    return <SignInScreen onSignedIn={(account) => setSession({ accounts: true, account })} />;
  }
  return (
    <DiaryScreens
      place={place}
      account={session.account}
      onSignedOut={() => {
        setSession({ accounts: true, account: null });
        location.hash = '#/diary';
      }}
    />
  );
}

function DiaryScreens(props: {
  place: DiaryPlace;
  account: AccountInfo | null;
  onSignedOut: () => void;
}): JSX.Element {
  const [route, setRoute] = useState(() => routeOf(location.hash));
  const [visit, setVisit] = useState(0);
  useEffect(() => {
    const onHash = (): void => {
      if (!location.hash.startsWith('#/diary')) return;
      setRoute(routeOf(location.hash));
      setVisit((v) => v + 1);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const [page = '', id = ''] = route;
  // The browser's diary moves to the account when signed in, else to the diary of a server without accounts.
  const moveTo: MoveTarget = props.account ? 'account' : 'server';
  useEffect(() => {
    setPageTitle(t(page === 'move' ? moveTitle(moveTo) : (TITLES[page] ?? 'webDiary.title.home')));
  }, [page]);
  const key = `${route.join('/')}#${visit}`;
  switch (page) {
    case 'log':
      return <EpisodeForm key={key} id={null} />;
    case 'episode':
      return <EpisodeForm key={key} id={id} />;
    case 'period':
      return <PeriodForm key={key} />;
    case 'insights':
      return <InsightsScreen key={key} />;
    case 'assessments':
      return <AssessmentsScreen key={key} />;
    case 'bctq':
      return <BctqScreen key={key} />;
    case 'report':
      return <ReportScreen key={key} />;
    case 'data':
      return <DataScreen key={key} place={props.place} />;
    case 'account':
      if (props.account) return <AccountScreen key={key} onSignedOut={props.onSignedOut} />;
      return <HomeScreen key={key} place={props.place} account={null} />;
    case 'move':
      if (props.place.where === 'server') return <MoveScreen key={key} to={moveTo} />;
      return <HomeScreen key={key} place={props.place} account={null} />;
    default:
      return <HomeScreen key={key} place={props.place} account={props.account} />;
  }
}

function NoticeBox(props: { notice: Notice }): JSX.Element {
  const { notice } = props;
  const guidance = notice.level ? levelGuidance(notice.level) : null;
  return (
    <div class={`diary-notice${notice.level ? ` diary-notice-${notice.level}` : ''}`}>
      <p class="diary-notice-text">{notice.text}</p>
      {guidance && (
        <p>
          {fillIn(
            t('webDiary.notice.fromLogged', { level: SLOT, summary: guidance.summary }),
            <strong>{guidance.title}</strong>,
          )}
        </p>
      )}
    </div>
  );
}

/** Where the diary's data lives, said plainly; and, in the browser, whether the browser may clear it. */
function PlaceLine(props: { place: DiaryPlace }): JSX.Element {
  const { place } = props;
  if (place.where === 'server') {
    return (
      <p class="diary-place" data-place="server">
        {fillIn(t('webDiary.place.server', { host: SLOT }), <strong>{place.host}</strong>)}
      </p>
    );
  }
  return (
    <div class="diary-place" data-place="browser">
      <p>{t('webDiary.place.browser')}</p>
      {place.unanswered && <p data-unanswered>{t('webDiary.place.unanswered')}</p>}
      {place.persistence === 'refused' && (
        <p class="diary-place-warning" data-persistence="refused">
          {fillIn(
            t('webDiary.place.refused', { link: SLOT }),
            <a href="#/diary/data">{t('webDiary.place.exportLink')}</a>,
          )}
        </p>
      )}
    </div>
  );
}

function HomeScreen(props: { place: DiaryPlace; account: AccountInfo | null }): JSX.Element {
  const [episodes, setEpisodes] = useState<Episode[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(() => {
    return takeNotice();
  });
  const [busy, setBusy] = useState(false);
  const emergency = useEmergencyCheck();
  const load = (): void => {
    diaryApi.episodes({ newestFirst: 'true', limit: '6' }).then(
      (page) => setEpisodes(page.episodes),
      (e: unknown) => setError(errorText(e)),
    );
  };
  useEffect(load, []);

  const sameAgain = (episode: Episode): void => {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    diaryApi
      .repeatEpisode(episode.id, { utcOffsetMinutes: currentOffset() })
      .then((saved) => {
        if (emergency(saved)) return;
        setNotice(noticeFor(saved, t('webDiary.home.loggedAgain', { episode: episodeLine(saved.episode) })));
        load();
      })
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };

  return (
    <div class="screen diary" data-screen="diary-home">
      <ScreenHeading>{t('webDiary.title.home')}</ScreenHeading>
      {props.account && (
        <p class="account-line">
          <span>
            {fillIn(t('webDiary.home.signedInAs', { name: SLOT }), <strong>{props.account.name}</strong>)}
          </span>
          <a href="#/diary/account">{t('webDiary.title.account')}</a>
        </p>
      )}
      <p class="lead">{t('webDiary.home.lead')}</p>
      <PlaceLine place={props.place} />
      {props.place.where === 'server' && <MoveOffer to={props.account ? 'account' : 'server'} />}
      <div role="status" class="diary-status">
        {notice && <NoticeBox notice={notice} />}
      </div>
      {error && <ErrorBox>{error}</ErrorBox>}
      <div class="button-row">
        <LinkButton href="#/diary/log">{t('webDiary.title.log')}</LinkButton>
        <LinkButton href="#/diary/period" secondary>
          {t('webDiary.home.logPeriod')}
        </LinkButton>
      </div>

      <section class="section" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('webDiary.home.recent')}</h2>
        {episodes === null && !error && <p aria-live="polite">{t('webDiary.home.loading')}</p>}
        {episodes?.length === 0 && <p>{t('webDiary.home.none')}</p>}
        {episodes && episodes.length > 0 && (
          <ul class="episode-list">
            {episodes.map((episode) => (
              <li key={episode.id} class="episode-item">
                <p class="episode-when">{whenText(episode.startedAt)}</p>
                <p class="episode-what">{episodeLine(episode)}</p>
                {episode.note !== '' && <p class="episode-note">{episode.note}</p>}
                <div class="episode-actions">
                  <button
                    type="button"
                    class="button button-secondary button-small"
                    disabled={busy}
                    onClick={() => sameAgain(episode)}
                  >
                    {t('webDiary.home.sameAgain')}
                    <span class="visually-hidden">
                      {' '}
                      {t('webDiary.home.sameAgainAs', { when: whenText(episode.startedAt) })}
                    </span>
                  </button>
                  <a class="link-button" href={`#/diary/episode/${encodeURIComponent(episode.id)}`}>
                    {t('webDiary.home.change')}
                    <span class="visually-hidden">
                      {' '}
                      {t('webDiary.home.ofEpisode', { when: whenText(episode.startedAt) })}
                    </span>
                  </a>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <nav class="section diary-more" aria-labelledby="more-title">
        <h2 id="more-title">{t('webDiary.home.more')}</h2>
        <ul class="diary-links">
          <li>
            <a href="#/diary/insights">{t('webDiary.title.insights')}</a> — {t('webDiary.home.moreInsights')}
          </li>
          <li>
            <a href="#/diary/report">{t('webDiary.title.report')}</a> — {t('webDiary.home.moreReport')}
          </li>
          <li>
            <a href="#/diary/assessments">{t('webDiary.title.assessments')}</a> —{' '}
            {t('webDiary.home.moreAssessments')}
          </li>
          <li>
            <a href="#/diary/data">{t('webDiary.title.data')}</a> — {t('webDiary.home.moreData')}
          </li>
        </ul>
      </nav>
    </div>
  );
}
