import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatDuration } from '../../../src/format/index.ts';
import { clock } from '../answer-text.ts';
import { t, webLocale } from '../language.ts';

/** "Start the 60-second timer", "… 3-minute …": whole minutes from two minutes up, seconds below. */
function startLabel(seconds: number): string {
  const inMinutes = seconds >= 120 && seconds % 60 === 0;
  return t('countdown.start', {
    unit: inMinutes ? 'minute' : 'second',
    count: inMinutes ? seconds / 60 : seconds,
  });
}

/** How often the clock is redrawn; the time itself comes from the deadline, so a slow tick never drifts. */
const TICK_MS = 250;

/** A bar that empties as time runs out; drawn in SVG because the page's CSP allows no inline styles. */
export function TimeBar(props: { fraction: number }): JSX.Element {
  const width = Math.round(Math.min(1, Math.max(0, props.fraction)) * 1000) / 10;
  return (
    <svg class="time-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="time-bar-track" x="0" y="0" width="100" height="6" rx="3" />
      <rect class="time-bar-fill" x="0" y="0" width={width} height="6" rx="3" />
    </svg>
  );
}

/**
 * A countdown for a self-test: start it, hold the position, and it says when the time is up. Screen readers hear
 * only the start and the end, not every second.
 */
export function Countdown(props: { seconds: number }): JSX.Element {
  const { seconds } = props;
  const [deadline, setDeadline] = useState<number | null>(null);
  const [left, setLeft] = useState(seconds);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => {
      const remaining = (deadline - Date.now()) / 1000;
      if (remaining <= 0) {
        setLeft(0);
        setDeadline(null);
        setStatus(t('countdown.up'));
      } else setLeft(remaining);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [deadline]);

  const running = deadline !== null;
  const toggle = (): void => {
    if (running) {
      setDeadline(null);
      setLeft(seconds);
      setStatus(t('countdown.stopped'));
    } else {
      setDeadline(Date.now() + seconds * 1000);
      setLeft(seconds);
      setStatus(t('countdown.started', { time: formatDuration(seconds, { locale: webLocale() }) }));
    }
  };
  const finished = !running && left === 0;
  return (
    <div class={running ? 'countdown countdown-running' : 'countdown'}>
      <p class="countdown-clock">
        <span class="visually-hidden">{t('web.timeLeft')} </span>
        {clock(left)}
      </p>
      <TimeBar fraction={left / seconds} />
      <button type="button" class="button button-secondary countdown-button" onClick={toggle}>
        {running ? t('countdown.stop') : finished ? t('countdown.again') : startLabel(seconds)}
      </button>
      <p class="visually-hidden" aria-live="polite">
        {status}
      </p>
      {finished && <p class="countdown-done">{t('web.timeUp')}</p>}
    </div>
  );
}
