import type { JSX } from 'preact';

/** The danger line the run screens always show: these are never runner's numbness. */
export function DangerLine(): JSX.Element {
  return (
    <p class="danger-line" data-danger-line="">
      <strong>Stop and call 112 / 911 / 999</strong> if you get chest pressure or pain, breathlessness out of
      proportion to the effort, or changes in your face or speech. <a href="#emergency">What to do now</a>
    </p>
  );
}
