import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../language.ts';

/** Small form pieces the diary screens share. */

export interface Choice {
  id: string;
  label: string;
}

/** Tap-to-toggle chips (checkboxes), wrapping onto as many lines as needed. */
export function ChipGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly Choice[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}): JSX.Element {
  const toggle = (id: string, on: boolean): void => {
    const next = props.options.map((o) => o.id).filter((o) => (o === id ? on : props.value.includes(o)));
    const own = props.value.filter((v) => !props.options.some((o) => o.id === v));
    props.onChange([...next, ...own]);
  };
  return (
    <Chips
      {...props}
      type="checkbox"
      checked={(id) => props.value.includes(id)}
      onInput={(id, on) => toggle(id, on)}
    />
  );
}

/** One choice of a few, as chips (radio buttons). */
export function RadioChips(props: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
}): JSX.Element {
  return (
    <Chips
      {...props}
      type="radio"
      checked={(id) => props.value === id}
      onInput={(id) => props.onChange(id)}
    />
  );
}

/** The fieldset both kinds of chips share: a legend, a hint, and one labelled input per option. */
function Chips(props: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly Choice[];
  type: 'checkbox' | 'radio';
  checked: (id: string) => boolean;
  onInput: (id: string, on: boolean) => void;
}): JSX.Element {
  return (
    <fieldset class="field chip-group">
      <legend class="field-label">{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      <div class="chips">
        {props.options.map((option) => (
          <label key={option.id} class="chip">
            <input
              type={props.type}
              name={props.name}
              value={option.id}
              checked={props.checked(option.id)}
              onChange={(event) => props.onInput(option.id, event.currentTarget.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A field's label and, under it, its hint (`{id}-hint`, which the input names in aria-describedby). */
function FieldLabel(props: { id: string; label: string; hint?: string | undefined }): JSX.Element {
  return (
    <>
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
    </>
  );
}

/** A whole-number field (minutes, a count), empty allowed. */
export function WholeNumberField(props: {
  id: string;
  label: string;
  hint?: string;
  unit?: string;
  value: string;
  onChange: (value: string) => void;
}): JSX.Element {
  return (
    <div class="field">
      <FieldLabel id={props.id} label={props.label} hint={props.hint} />
      <div class="number-field">
        <input
          class="input-number"
          id={props.id}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="off"
          aria-describedby={props.hint ? `${props.id}-hint` : undefined}
          value={props.value}
          onInput={(event) => props.onChange(event.currentTarget.value.replace(/\D/g, ''))}
        />
        {props.unit && <span>{props.unit}</span>}
      </div>
    </div>
  );
}

/** A one-line text field with its label, and a hint under the label when given. */
export function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  autoComplete?: string;
  spellcheck?: boolean;
}): JSX.Element {
  return (
    <div class="field">
      <FieldLabel id={props.id} label={props.label} hint={props.hint} />
      <input
        id={props.id}
        class="input-text"
        type="text"
        maxLength={props.maxLength}
        autoComplete={props.autoComplete ?? 'off'}
        spellcheck={props.spellcheck}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        value={props.value}
        onInput={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}

/** An error that takes the focus when it appears, so that it is read at once. */
export function ErrorBox(props: { children: ComponentChildren }): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="diary-error" role="alert" tabIndex={-1} ref={ref}>
      {props.children}
    </div>
  );
}

/** A link that looks like a button. */
export function LinkButton(props: {
  href: string;
  secondary?: boolean;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <a
      class={`button ${props.secondary ? 'button-secondary' : 'button-primary'} link-as-button`}
      href={props.href}
    >
      {props.children}
    </a>
  );
}

/** The way back to the diary's home. */
export function DiaryBack(): JSX.Element {
  return (
    <a class="back-link no-print" href="#/diary">
      <span aria-hidden="true">‹ </span>
      {t('webDiary.back')}
    </a>
  );
}
