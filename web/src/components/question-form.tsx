import type { ComponentChildren, JSX } from 'preact';
import { t } from '../language.ts';
import { ScreenHeading } from './site-chrome.tsx';

export interface QuestionFormProps {
  /** The id the form's parts are named after, usually the question id. */
  id: string;
  heading: ComponentChildren;
  help?: string | undefined;
  /** Shown above the answers when Continue was pressed without one. */
  error: string | null;
  /** A fieldset whose legend is the heading (checkboxes, radios), or a plain section (number, hand map). */
  grouped: boolean;
  onSubmit: () => void;
  /** False when the screen has its own h1 above the form (self-tests): the heading is then the legend's text. */
  screenHeading?: boolean;
  /** Buttons beside Continue, for example "I don't know". */
  actions?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * The frame of every question: one big heading, the help, the answers and Continue. The heading is the fieldset's
 * legend, so that a screen reader names the group of checkboxes or radios by the question.
 */
export function QuestionForm(props: QuestionFormProps): JSX.Element {
  const helpId = `${props.id}-help`;
  const errorId = `${props.id}-error`;
  const described = [props.help ? helpId : null, props.error ? errorId : null].filter(Boolean).join(' ');
  const help = props.help ? (
    <p class="hint" id={helpId}>
      {props.help}
    </p>
  ) : null;
  const error = props.error ? (
    <p class="error-message" id={errorId} role="alert">
      <span class="visually-hidden">Error: </span>
      {props.error}
    </p>
  ) : null;
  const heading =
    props.screenHeading === false ? (
      <span class="legend-question">{props.heading}</span>
    ) : (
      <ScreenHeading>{props.heading}</ScreenHeading>
    );
  const onSubmit = (event: Event): void => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form class={props.error ? 'question has-error' : 'question'} onSubmit={onSubmit} noValidate>
      <div class="form-group">
        {props.grouped ? (
          <fieldset class="question-group" aria-describedby={described || undefined}>
            <legend class="question-legend">{heading}</legend>
            {help}
            {error}
            {props.children}
          </fieldset>
        ) : (
          <div class="question-group">
            {heading}
            {help}
            {error}
            {props.children}
          </div>
        )}
      </div>
      <div class="button-row">
        <button type="submit" class="button button-primary">
          {t('interview.continue')}
        </button>
        {props.actions}
      </div>
    </form>
  );
}

export interface OptionRowProps {
  type: 'checkbox' | 'radio';
  /** The radio group's name; checkboxes have none. */
  name?: string;
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One large answer row: the whole row is the label, so that it is easy to hit on a phone. */
export function OptionRow(props: OptionRowProps): JSX.Element {
  return (
    <div class="option">
      <input
        class="option-input"
        type={props.type}
        name={props.name}
        id={props.id}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label class="option-label" for={props.id}>
        {props.label}
      </label>
    </div>
  );
}

/** The divider between the items and the answers that exclude them ("None of these", "I don't know"). */
export function OrDivider(): JSX.Element {
  return <p class="or">{t('web.or')}</p>;
}
