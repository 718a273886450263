import type { JSX } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { formatMinutes } from '../../../src/format/index.ts';
import type { PreventionSettings } from '../../../src/prevent/index.ts';
import { lastCue, nextCue, type RunCue } from '../../../src/prevent/index.ts';
import { clock } from '../answer-text.ts';
import { ApiError, errorText } from '../api/client.ts';
import { diaryApi, type EpisodeWithCheck } from '../api/diary.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { Illustration } from '../illustrations/index.tsx';
import { readable } from '../knowledge-words.ts';
import { RaiseEmergency } from '../section-emergency.ts';
import { beep, canKeepAwake, canSpeak, keepAwake, speak, unlockSound, vibrate } from './alerts.ts';
import { DangerLine } from './danger-line.tsx';
import { KEYS, loadSettings, utcOffsetNow, write } from './storage.ts';
import './prevent.css';

/** The before-run checklist: the seed's runner's fix and the running advice of the knowledge (RUN). */
const CHECKLIST = [
  {
    id: 'expander',
    text: 'A hand expander in hand: soft plastic or rubber, with a stop for the thumb, not one with metal handles.',
  },
  { id: 'relaxed', text: 'Hands relaxed and open, not clenched into fists.' },
  { id: 'loose', text: 'Watch, fitness band and pack straps loose.' },
  {
    id: 'waist',
    text: 'Anything you carry at the waist (a belt or bum bag), not in your hands or on tight shoulder straps.',
  },
  { id: 'warm', text: 'Shoulders warmed up: a few rolls and arm circles.' },
] as const;

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
          <ScreenHeading>Run companion</ScreenHeading>
          <p class="lead">Before you go: a minute for your hands.</p>
          <fieldset class="run-checklist">
            <legend>Before the run</legend>
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
                {item.text}
              </label>
            ))}
          </fieldset>
          <fieldset class="run-checklist">
            <legend>Cues every {run.cueEveryMinutes} minutes</legend>
            <label class="check-label check-row">
              <input
                type="checkbox"
                checked={run.sound}
                onChange={(e) => saveRun({ sound: e.currentTarget.checked })}
              />{' '}
              Beep
            </label>
            <label class="check-label check-row">
              <input
                type="checkbox"
                checked={run.vibrate}
                onChange={(e) => saveRun({ vibrate: e.currentTarget.checked })}
              />{' '}
              Vibrate{'vibrate' in navigator ? '' : ' (this device cannot)'}
            </label>
            <label class="check-label check-row">
              <input
                type="checkbox"
                checked={run.spoken}
                onChange={(e) => saveRun({ spoken: e.currentTarget.checked })}
              />{' '}
              Say the cue aloud{canSpeak() ? '' : ' (this browser cannot)'}
            </label>
          </fieldset>
          <p class="hint">
            {hasExpander
              ? 'Cues alternate: squeeze the expander 10 times, then drop your arms and shake them out.'
              : 'Without an expander ticked, every cue is: drop your arms and shake them out.'}
          </p>
          <button
            type="button"
            class="button button-primary button-start"
            onClick={() => {
              unlockSound();
              setScreen({ kind: 'during', startedAt: Date.now() });
            }}
          >
            Start the run
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
          <ScreenHeading>Run logged</ScreenHeading>
          <p data-run-logged="">{screen.text}</p>
          <p>
            After a few runs with and without the expander, the diary compares how often your hands went numb.{' '}
            <a href="#/diary">Open the diary</a>
          </p>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              setTicked([]);
              setScreen({ kind: 'before' });
            }}
          >
            Plan another run
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
  const fallen = lastCue(elapsed, run, props.hasExpander);
  useEffect(() => {
    if (fallen === null || fallen.number === lastShown.current) return;
    lastShown.current = fallen.number;
    setCue(fallen);
    if (run.sound) beep(2);
    if (run.vibrate) vibrate([200, 100, 200]);
    if (run.spoken) speak(fallen.text);
  }, [fallen?.number]);

  const upcoming = nextCue(elapsed, run, props.hasExpander);
  return (
    <div data-screen="run-during">
      <ScreenHeading>Running</ScreenHeading>
      <p class="run-clock">
        <span class="visually-hidden">Time running: </span>
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
        Next cue in {clock((upcoming.atMs - elapsed) / 1000)}: {upcoming.text.toLowerCase()}.
      </p>
      <p class="hint">
        {awake === 'on'
          ? 'The screen stays on during the run.'
          : awake === 'pending'
            ? 'Keeping the screen on…'
            : 'This browser cannot keep the screen on: cues still come with a beep and vibration while this page is open, but may stop when the screen locks.'}
      </p>
      <button type="button" class="button button-primary button-start" onClick={props.onFinish}>
        Finish the run
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
      setError(
        e instanceof ApiError && e.unavailable
          ? 'The diary is not available here, so this run was not saved.'
          : errorText(e),
      );
      return;
    }
    const withWhat = expander ? 'with the expander' : 'without the expander';
    if (!wasNumb) {
      props.onLogged(`Saved: a run of ${formatMinutes(minutes)} ${withWhat}, hands fine.`);
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
      setError(`The run was saved, but the numb spell was not: ${errorText(e)}`);
      return;
    }
    setBusy(false);
    const { check } = episode;
    const text = `Saved: a run of ${formatMinutes(minutes)} ${withWhat}, ${hand === 'both' ? 'both hands' : `${hand} hand`} numb.`;
    props.onLogged(text);
    if (check.emergency) {
      raise({ assessment: check.assessment, note: text, backLabel: 'Back to the run companion' });
    }
  };

  return (
    <div data-screen="run-after">
      <ScreenHeading>Hands numb?</ScreenHeading>
      <p class="lead">
        Your run: {formatMinutes(minutes)}. One tap if your hands were fine; the diary counts it either way.
      </p>
      <button
        type="button"
        class="button button-primary button-start"
        disabled={busy}
        onClick={() => void log(false)}
      >
        No numbness
      </button>
      <fieldset class="run-checklist">
        <legend>Or: my hands went numb</legend>
        <label class="check-label check-row">
          <input
            type="checkbox"
            name="numb"
            checked={numb}
            onChange={(e) => setNumb(e.currentTarget.checked)}
          />{' '}
          My hands went numb or tingled
        </label>
        {numb && (
          <div class="options" role="radiogroup" aria-label="Which hand">
            {HANDS.map((h) => (
              <label key={h} class="check-label check-row">
                <input type="radio" name="hand" value={h} checked={hand === h} onChange={() => setHand(h)} />{' '}
                {h === 'both' ? 'Both hands' : `${h === 'left' ? 'Left' : 'Right'} hand`}
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
          I ran with the hand expander
        </label>
      </fieldset>
      {numb && (
        <button type="button" class="button button-primary" disabled={busy} onClick={() => void log(true)}>
          Log the numb hands
        </button>
      )}
      {!numb && (
        <button type="button" class="button button-secondary" disabled={busy} onClick={() => void log(false)}>
          Log the run{expander ? ' with the expander' : ''}
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
