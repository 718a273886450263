import type { JSX } from 'preact';
import type { TriageLevel } from '../../../src/knowledge/index.ts';

/**
 * Small line icons drawn for numbcheck. They are decoration: the words beside them say the same, so every icon is
 * hidden from assistive technology and never carries meaning alone.
 */
function Icon(props: { children: JSX.Element | JSX.Element[]; class?: string }): JSX.Element {
  return (
    <svg
      class={props.class ? `icon ${props.class}` : 'icon'}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {props.children}
    </svg>
  );
}

export function WarningIcon(props: { class?: string }): JSX.Element {
  return (
    <Icon class={props.class}>
      <path d="M12 3 2.5 20h19L12 3Z" />
      <path d="M12 10v4.5" />
      <path d="M12 17.5v.01" />
    </Icon>
  );
}

export function ClockIcon(props: { class?: string }): JSX.Element {
  return (
    <Icon class={props.class}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </Icon>
  );
}

export function StethoscopeIcon(props: { class?: string }): JSX.Element {
  return (
    <Icon class={props.class}>
      <path d="M6 3H5v6a5 5 0 0 0 10 0V3h-1" />
      <path d="M10 14v1.5a4.5 4.5 0 0 0 9 0V13" />
      <circle cx="19" cy="11" r="2" />
    </Icon>
  );
}

export function CheckIcon(props: { class?: string }): JSX.Element {
  return (
    <Icon class={props.class}>
      <circle cx="12" cy="12" r="9" />
      <path d="m8 12.5 2.7 2.7L16.5 9" />
    </Icon>
  );
}

export function PhoneIcon(props: { class?: string }): JSX.Element {
  return (
    <Icon class={props.class}>
      <path d="M5 3.5h3.5l1.7 4.3-2.2 1.4a11 11 0 0 0 6.8 6.8l1.4-2.2 4.3 1.7V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5.5a2 2 0 0 1 2-2Z" />
    </Icon>
  );
}

export function InfoIcon(props: { class?: string }): JSX.Element {
  return (
    <Icon class={props.class}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v5.5" />
      <path d="M12 7.5v.01" />
    </Icon>
  );
}

export function LevelIcon(props: { level: TriageLevel; class?: string }): JSX.Element {
  switch (props.level) {
    case 'emergency':
      return <WarningIcon class={props.class} />;
    case 'urgent':
      return <ClockIcon class={props.class} />;
    case 'doctor':
      return <StethoscopeIcon class={props.class} />;
    case 'self_care':
      return <CheckIcon class={props.class} />;
  }
}
