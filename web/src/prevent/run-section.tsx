import type { JSX } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { formatMinutes } from '../../../src/format/index.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import type { PreventionSettings } from '../../../src/prevent/index.ts';
import { lastCue, nextCue, type RunCue } from '../../../src/prevent/index.ts';
import { clock } from '../answer-text.ts';
import { ApiError, errorText } from '../api/client.ts';
import type { EpisodeWithCheck } from '../api/diary.ts';
import { diaryApi } from '../api/diary-place.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { Illustration } from '../illustrations/index.tsx';
import { readable } from '../knowledge-words.ts';
import { t, webLanguage, webLocale } from '../language.ts';
import { RaiseEmergency } from '../section-emergency.ts';
import { beep, canKeepAwake, canSpeak, keepAwake, speak, unlockSound, vibrate } from './alerts.ts';
import { DangerLine } from './danger-line.tsx';
import { KEYS, loadSettings, utcOffsetNow, write } from './storage.ts';
import './prevent.css';

/** The before-run checklist: the seed's runner's fix and the running advice of the knowledge (RUN). */
const CHECKLIST: readonly { id: string; text: MessageKey }[] = [
  { id: 'expander', text: 'webPrevent.run.check.expander' },
  { id: 'relaxed', text: 'webPrevent.run.check.relaxed' },
  { id: 'loose', text: 'webPrevent.run.check.loose' },
  { id: 'waist', text: 'webPrevent.run.check.waist' },
  { id: 'warm', text: 'webPrevent.run.check.warm' },
];

type Hand = 'left' | 'right' | 'both';
const HANDS: readonly Hand[] = ['left', 'right', 'both'];
type Screen =
  | { kind: 'before' }
  | { kind: 'during'; startedAt: number }
  | { kind: 'after'; startedAt: number; endedAt: number }
  | { kind: 'logged'; text: string };

/** The run companion: a checklist, a run timer with cues, and one tap to log the hands afterwards. */
export function RunSection(): JSX.Element {
  const [settings, setSettings] = useState<PreventionSettings>(loadSettings);
  const [ticked, setTicked] = useState<string[]>([]);
  const [screen, setScreen] = useState<Screen>({ kind: 'before' });
  const hasExpander = ticked.includes('expander');
  const run = settings.run;

  const saveRun = (change: Partial<PreventionSettings['run']>): void => {
    const next = { ...settings, run: { ...settings.run, ...change } };
    setSettings(next);
    write(KEYS.settings, next);
  };

  let body: JSX.Element;
  switch (screen.kind) {
    case 'before':
      body = (
        <div data-screen="run-before">
          <ScreenHeading>{t('webPrevent.run.title')}</ScreenHeading>
          <p class="lead">{t('webPrevent.run.lead')}</p>
          <fieldset class="run-checklist">
            <legend>{t('webPrevent.run.before')}</legend>
            {CHECKLIST.map((item) => (
              <label key={item.id} class="check-label check-row">
                <input
                  type="checkbox"
                  name={item.id}
                  checked={ticked.includes(item.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setTicked((list) => (on ? [...list, item.id] : list.filter((id) => id !== item.id)));
                  }}
                />{' '}
                {t(item.text)}
              </label>
            ))}
          </fieldset>
          <fieldset class="run-checklist">
            <legend>{t('webPrevent.run.cuesEvery', { minutes: run.cueEveryMinutes })}</legend>
            <label class="check-label check-row">
              <input
                type="checkbox"
                checked={run.sound}
                onChange={(e) => saveRun({ sound: e.currentTarget.checked })}
              />{' '}
              {t('webPrevent.run.beep')}
            </label>
            <label class="check-label check-row">
              <input
                type="checkbox"
                checked={run.vibrate}
                onChange={(e) => saveRun({ vibrate: e.currentTarget.checked })}
              />{' '}
              {t('webPrevent.run.vibrate', { able: 'vibrate' in navigator ? 'yes' : 'no' })}
            </label>
            <label class="check-label check-row">
              <input
                type="checkbox"
                checked={run.spoken}
                onChange={(e) => saveRun({ spoken: e.currentTarget.checked })}
              />{' '}
              {t('webPrevent.run.speak', { able: canSpeak() ? 'yes' : 'no' })}
            </label>
          </fieldset>
          <p class="hint">{hasExpander ? t('webPrevent.run.alternate') : t('webPrevent.run.shakeOnly')}</p>
          <button
            type="button"
            class="button button-primary button-start"
            onClick={() => {
              unlockSound();
              setScreen({ kind: 'during', startedAt: Date.now() });
            }}
          >
            {t('webPrevent.run.start')}
          </button>
        </div>
      );
      break;
    case 'during':
      body = (
        <RunTimer
          startedAt={screen.startedAt}
          settings={settings}
          hasExpander={hasExpander}
          onFinish={() => setScreen({ kind: 'after', startedAt: screen.startedAt, endedAt: Date.now() })}
        />
      );
      break;
    case 'after':
      body = (
        <AfterRun
          startedAt={screen.startedAt}
          endedAt={screen.endedAt}
          hadExpander={hasExpander}
          onLogged={(text) => setScreen({ kind: 'logged', text })}
        />
      );
      break;
    case 'logged':
      body = (
        <div data-screen="run-logged">
          <ScreenHeading>{t('webPrevent.run.logged')}</ScreenHeading>
          <p data-run-logged="">{screen.text}</p>
          <p>
            {t('webPrevent.run.compare')} <a href="#/diary">{t('webPrevent.run.openDiary')}</a>
          </p>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              setTicked([]);
              setScreen({ kind: 'before' });
            }}
          >
            {t('webPrevent.run.again')}
          </button>
        </div>
      );
      break;
  }
  return (
    <div class="prevent run">
      <DangerLine />
      {body}
    </div>
  );
}

function RunTimer(props: {
  startedAt: number;
  settings: PreventionSettings;
  hasExpander: boolean;
  onFinish: () => void;
}): JSX.Element {
  const run = props.settings.run;
  const [now, setNow] = useState(() => Date.now());
  const [awake, setAwake] = useState<'pending' | 'on' | 'off'>(canKeepAwake() ? 'pending' : 'off');
  const lastShown = useRef(0);
  const [cue, setCue] = useState<RunCue | null>(null);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    let release: (() => void) | null = null;
    let live = true;
    const lock = (): void => {
      void keepAwake().then((r) => {
        if (!live) {
          r?.();
          return;
        }
        release = r;
        setAwake(r ? 'on' : 'off');
      });
    };
    lock();
    // The browser drops the wake lock when the page is hidden; take it again on return.
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') lock();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      release?.();
    };
  }, []);

  const elapsed = now - props.startedAt;
  const fallen = lastCue(elapsed, run, props.hasExpander, webLanguage());
  useEffect(() => {
    if (fallen === null || fallen.number === lastShown.current) return;
    lastShown.current = fallen.number;
    setCue(fallen);
    if (run.sound) beep(2);
    if (run.vibrate) vibrate([200, 100, 200]);
    if (run.spoken) speak(fallen.text, webLanguage());
  }, [fallen?.number]);

  const upcoming = nextCue(elapsed, run, props.hasExpander, webLanguage());
  return (
    <div data-screen="run-during">
      <ScreenHeading>{t('webPrevent.run.running')}</ScreenHeading>
      <p class="run-clock">
        <span class="visually-hidden">{t('webPrevent.run.timeRunning')} </span>
        {clock(elapsed / 1000)}
      </p>
      <div class="run-cue" aria-live="assertive" data-run-cue="">
        {cue && (
          <>
            <figure class="art art-small">
              <Illustration id={cue.exercise} title={cue.text} />
            </figure>
            <p class="run-cue-text">{cue.text}</p>
          </>
        )}
      </div>
      <p>
        {t('webPrevent.run.nextCue', {
          time: clock((upcoming.atMs - elapsed) / 1000),
          cue: upcoming.text.toLowerCase(),
        })}
      </p>
      <p class="hint">
        {awake === 'on'
          ? t('webPrevent.run.awake')
          : awake === 'pending'
            ? t('webPrevent.run.awakePending')
            : t('webPrevent.run.awakeUnsupported')}
      </p>
      <button type="button" class="button button-primary button-start" onClick={props.onFinish}>
        {t('webPrevent.run.finish')}
      </button>
    </div>
  );
}

function AfterRun(props: {
  startedAt: number;
  endedAt: number;
  hadExpander: boolean;
  onLogged: (text: string) => void;
}): JSX.Element {
  const raise = useContext(RaiseEmergency);
  const [numb, setNumb] = useState(false);
  const [hand, setHand] = useState<Hand>('both');
  const [expander, setExpander] = useState(props.hadExpander);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const minutes = Math.max(1, Math.round((props.endedAt - props.startedAt) / 60_000));

  const log = async (wasNumb: boolean): Promise<void> => {
    setBusy(true);
    setError('');
    const interventions = expander ? ['hand_expander'] : [];
    const offset = utcOffsetNow(props.startedAt);
    let exposureId: string;
    try {
      const saved = await diaryApi.addExposure({
        kind: 'run',
        startedAt: new Date(props.startedAt).toISOString(),
        utcOffsetMinutes: offset,
        durationMinutes: minutes,
        interventions,
        episodeCount: wasNumb ? 1 : 0,
        note: '',
      });
      exposureId = saved.exposure.id;
    } catch (e) {
      setBusy(false);
      setError(e instanceof ApiError && e.unavailable ? t('webPrevent.run.diaryUnavailable') : errorText(e));
      return;
    }
    const saved = {
      duration: formatMinutes(minutes, { locale: webLocale() }),
      expander: expander ? 'yes' : 'no',
    };
    if (!wasNumb) {
      props.onLogged(t('webPrevent.run.savedFine', saved));
      return;
    }
    const handMap = hand === 'both' ? { left: {}, right: {} } : { [hand]: {} };
    let episode: EpisodeWithCheck;
    try {
      episode = await diaryApi.addEpisode({
        startedAt: new Date(props.endedAt).toISOString(),
        utcOffsetMinutes: utcOffsetNow(props.endedAt),
        handMap,
        activities: ['running'],
        interventions,
        exposureId,
        note: '',
      });
    } catch (e) {
      setBusy(false);
      setError(t('webPrevent.run.episodeFailed', { error: errorText(e) }));
      return;
    }
    setBusy(false);
    const { check } = episode;
    const text = t('webPrevent.run.savedNumb', { ...saved, hand });
    props.onLogged(text);
    if (check.emergency) {
      raise({ assessment: check.assessment, note: text, backLabel: t('webPrevent.run.back') });
    }
  };

  return (
    <div data-screen="run-after">
      <ScreenHeading>{t('webPrevent.run.after')}</ScreenHeading>
      <p class="lead">
        {t('webPrevent.run.afterLead', { duration: formatMinutes(minutes, { locale: webLocale() }) })}
      </p>
      <button
        type="button"
        class="button button-primary button-start"
        disabled={busy}
        onClick={() => void log(false)}
      >
        {t('webPrevent.run.noNumbness')}
      </button>
      <fieldset class="run-checklist">
        <legend>{t('webPrevent.run.orNumb')}</legend>
        <label class="check-label check-row">
          <input
            type="checkbox"
            name="numb"
            checked={numb}
            onChange={(e) => setNumb(e.currentTarget.checked)}
          />{' '}
          {t('webPrevent.run.wentNumb')}
        </label>
        {numb && (
          <div class="options" role="radiogroup" aria-label={t('webPrevent.run.whichHand')}>
            {HANDS.map((h) => (
              <label key={h} class="check-label check-row">
                <input type="radio" name="hand" value={h} checked={hand === h} onChange={() => setHand(h)} />{' '}
                {t('webPrevent.run.hand', { hand: h })}
              </label>
            ))}
          </div>
        )}
        <label class="check-label check-row">
          <input
            type="checkbox"
            name="expander"
            checked={expander}
            onChange={(e) => setExpander(e.currentTarget.checked)}
          />{' '}
          {t('webPrevent.run.ranWithExpander')}
        </label>
      </fieldset>
      {numb && (
        <button type="button" class="button button-primary" disabled={busy} onClick={() => void log(true)}>
          {t('webPrevent.run.logNumb')}
        </button>
      )}
      {!numb && (
        <button type="button" class="button button-secondary" disabled={busy} onClick={() => void log(false)}>
          {t('webPrevent.run.log', { expander: expander ? 'yes' : 'no' })}
        </button>
      )}
      <p role="alert" class="error-message">
        {error}
      </p>
      <p class="hint">
        {readable().knowledge.exercises.find((e) => e.id === 'shake_out')?.cautions[2] ?? ''}
      </p>
    </div>
  );
}
