import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { NumbError } from '../../../src/errors.ts';
import {
  type BreakSettings,
  PREVENTION_DEFAULTS,
  type PreventionSettings,
  parseSettings,
  type Weekday,
} from '../../../src/prevent/index.ts';

type NumberField =
  | 'microEveryMinutes'
  | 'microSeconds'
  | 'movementEveryMinutes'
  | 'movementMinutes'
  | 'stairEveryMinutes'
  | 'naturalBreakMinutes';

const NUMBER_FIELDS: { id: NumberField; label: string; unit: string }[] = [
  { id: 'microEveryMinutes', label: 'Micro-break every', unit: 'minutes of work' },
  { id: 'microSeconds', label: 'Micro-break length', unit: 'seconds' },
  { id: 'movementEveryMinutes', label: 'Movement break every', unit: 'minutes of work' },
  { id: 'movementMinutes', label: 'Movement break length', unit: 'minutes' },
  { id: 'stairEveryMinutes', label: 'Stair or walking break every', unit: 'minutes' },
  { id: 'naturalBreakMinutes', label: 'Time away that counts as a break', unit: 'minutes' },
];

const DAYS: { day: Weekday; label: string }[] = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 0, label: 'Sun' },
];

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
      setMessage({ error: false, text: 'Settings saved on this device.' });
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
    setMessage({ error: false, text: 'Back to numbcheck’s defaults, saved on this device.' });
  };

  return (
    <section class="prevent-card" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <form class="settings-form" onSubmit={save} noValidate>
        <div class="settings-grid">
          {NUMBER_FIELDS.map((f) => (
            <div class="settings-field" key={f.id}>
              <label for={`setting-${f.id}`}>{f.label}</label>
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
                  {f.unit}
                </span>
              </span>
            </div>
          ))}
          <div class="settings-field">
            <label for="setting-start">Working hours from</label>
            <input
              id="setting-start"
              type="time"
              class="input-number"
              value={start}
              onInput={(e) => setStart(e.currentTarget.value)}
            />
          </div>
          <div class="settings-field">
            <label for="setting-end">to</label>
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
          <legend>Working days</legend>
          {DAYS.map(({ day, label }) => (
            <label key={day} class="check-label">
              <input
                type="checkbox"
                checked={days.includes(day)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setDays((list) => (on ? [...list, day] : list.filter((d) => d !== day)));
                }}
              />{' '}
              {label}
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
          Strict mode: no skipping or postponing breaks
        </label>
        <label class="check-label">
          <input
            type="checkbox"
            name="timeOnly"
            checked={timeOnly}
            onChange={(e) => setTimeOnly(e.currentTarget.checked)}
          />{' '}
          Time-only mode: count every minute, also when the tab is hidden (for reading and video)
        </label>
        <div class="button-row">
          <button type="submit" class="button button-primary">
            Save settings
          </button>
          <button type="button" class="button button-secondary" onClick={reset}>
            Use the defaults
          </button>
        </div>
        <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error-message' : 'hint'}>
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
