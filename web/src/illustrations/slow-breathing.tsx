import type { JSX } from 'preact';
import { Arrow, Art, Panel, Profile } from './parts.tsx';

/** Breathe in through the nose for 4, belly rising; out for 6. */
export function SlowBreathing(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={2}>
      <Panel i={0} n={1}>
        <Profile belly />
        <Arrow a={[104, 36]} b={[80, 32]} />
        <Arrow a={[82, 96]} b={[98, 96]} />
        <text class="illustration-label" x="84" y="20">
          in · 4
        </text>
      </Panel>
      <Panel i={1} n={2}>
        <Profile />
        <Arrow a={[76, 36]} b={[100, 40]} />
        <Arrow a={[96, 96]} b={[78, 96]} />
        <text class="illustration-label" x="80" y="20">
          out · 6
        </text>
      </Panel>
    </Art>
  );
}
