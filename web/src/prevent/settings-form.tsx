import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { NumbError } from '../../../src/errors.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import {
  type BreakSettings,
  PREVENTION_DEFAULTS,
  type PreventionSettings,
  parseSettings,
  type Weekday,
} from '../../../src/prevent/index.ts';
import { t } from '../language.ts';
import { weekdayName } from './weekday.ts';

type NumberField =
  | 'microEveryMinutes'
  | 'microSeconds'
  | 'movementEveryMinutes'
  | 'movementMinutes'
  | 'stairEveryMinutes'
  | 'naturalBreakMinutes';

const NUMBER_FIELDS: { id: NumberField; label: MessageKey; unit: MessageKey }[] = [
  {
    id: 'microEveryMinutes',
    label: 'webPrevent.settings.microEvery',
    unit: 'webPrevent.settings.minutesOfWork',
  },
  { id: 'microSeconds', label: 'webPrevent.settings.microLength', unit: 'webPrevent.settings.seconds' },
  {
    id: 'movementEveryMinutes',
    label: 'webPrevent.settings.movementEvery',
    unit: 'webPrevent.settings.minutesOfWork',
  },
  { id: 'movementMinutes', label: 'webPrevent.settings.movementLength', unit: 'webPrevent.settings.minutes' },
  { id: 'stairEveryMinutes', label: 'webPrevent.settings.stairEvery', unit: 'webPrevent.settings.minutes' },
  {
    id: 'naturalBreakMinutes',
    label: 'webPrevent.settings.naturalBreak',
    unit: 'webPrevent.settings.minutes',
  },
];

/** The working week as the form lists it, Monday first. */
const DAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

function textsOf(b: BreakSettings): Record<NumberField, string> {
  return {
    microEveryMinutes: String(b.microEveryMinutes),
    microSeconds: String(b.microSeconds),
    movementEveryMinutes: String(b.movementEveryMinutes),
    movementMinutes: String(b.movementMinutes),
    stairEveryMinutes: String(b.stairEveryMinutes),
    naturalBreakMinutes: String(b.naturalBreakMinutes),
  };
}

/** A number typed into a field: a number when it reads as one, else the text, for parseSettings to name. */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The break coach's settings, checked by `parseSettings` and saved in this browser. */
export function BreakSettingsForm(props: {
  settings: PreventionSettings;
  onSave: (settings: PreventionSettings) => void;
}): JSX.Element {
  const b = props.settings.breaks;
  const [numbers, setNumbers] = useState(() => textsOf(b));
  const [start, setStart] = useState(b.workingHours.start);
  const [end, setEnd] = useState(b.workingHours.end);
  const [days, setDays] = useState<Weekday[]>(b.workingHours.days);
  const [strict, setStrict] = useState(b.strict);
  const [timeOnly, setTimeOnly] = useState(b.timeOnly);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const save = (event: Event): void => {
    event.preventDefault();
    try {
      const next = parseSettings({
        run: props.settings.run,
        breaks: {
          ...b,
          ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f.id, numberOrText(numbers[f.id])])),
          workingHours: { start, end, days },
          strict,
          timeOnly,
        },
      });
      props.onSave(next);
      setMessage({ error: false, text: t('webPrevent.settings.saved') });
    } catch (error) {
      setMessage({ error: true, text: error instanceof NumbError ? error.message : String(error) });
    }
  };

  const reset = (): void => {
    const d = PREVENTION_DEFAULTS.breaks;
    setNumbers(textsOf(d));
    setStart(d.workingHours.start);
    setEnd(d.workingHours.end);
    setDays(d.workingHours.days);
    setStrict(d.strict);
    setTimeOnly(d.timeOnly);
    props.onSave({ ...props.settings, breaks: d });
    setMessage({ error: false, text: t('webPrevent.settings.reset') });
  };

  return (
    <section class="prevent-card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('webPrevent.settings.title')}</h2>
      <form class="settings-form" onSubmit={save} noValidate>
        <div class="settings-grid">
          {NUMBER_FIELDS.map((f) => (
            <div class="settings-field" key={f.id}>
              <label for={`setting-${f.id}`}>{t(f.label)}</label>
              <span class="settings-input">
                <input
                  id={`setting-${f.id}`}
                  name={f.id}
                  class="input-number"
                  inputMode="numeric"
                  value={numbers[f.id]}
                  aria-describedby={`setting-${f.id}-unit`}
                  onInput={(e) => {
                    const value = e.currentTarget.value;
                    setNumbers((n) => ({ ...n, [f.id]: value }));
                  }}
                />
                <span id={`setting-${f.id}-unit`} class="muted">
                  {t(f.unit)}
                </span>
              </span>
            </div>
          ))}
          <div class="settings-field">
            <label for="setting-start">{t('webPrevent.settings.from')}</label>
            <input
              id="setting-start"
              type="time"
              class="input-number"
              value={start}
              onInput={(e) => setStart(e.currentTarget.value)}
            />
          </div>
          <div class="settings-field">
            <label for="setting-end">{t('webPrevent.settings.to')}</label>
            <input
              id="setting-end"
              type="time"
              class="input-number"
              value={end}
              onInput={(e) => setEnd(e.currentTarget.value)}
            />
          </div>
        </div>
        <fieldset class="settings-days">
          <legend>{t('webPrevent.settings.days')}</legend>
          {DAYS.map((day) => (
            <label key={day} class="check-label">
              <input
                type="checkbox"
                checked={days.includes(day)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setDays((list) => (on ? [...list, day] : list.filter((d) => d !== day)));
                }}
              />{' '}
              {weekdayName(day)}
            </label>
          ))}
        </fieldset>
        <label class="check-label">
          <input
            type="checkbox"
            name="strict"
            checked={strict}
            onChange={(e) => setStrict(e.currentTarget.checked)}
          />{' '}
          {t('webPrevent.settings.strict')}
        </label>
        <label class="check-label">
          <input
            type="checkbox"
            name="timeOnly"
            checked={timeOnly}
            onChange={(e) => setTimeOnly(e.currentTarget.checked)}
          />{' '}
          {t('webPrevent.settings.timeOnly')}
        </label>
        <div class="button-row">
          <button type="submit" class="button button-primary">
            {t('webPrevent.settings.save')}
          </button>
          <button type="button" class="button button-secondary" onClick={reset}>
            {t('webPrevent.settings.defaults')}
          </button>
        </div>
        <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error-message' : 'hint'}>
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
