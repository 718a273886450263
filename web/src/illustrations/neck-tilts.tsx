import type { JSX } from 'preact';
import { Arrow, Art, armDown, Bust, Limb, Panel, Profile } from './parts.tsx';

/** Towards the right ear, then the left (viewer's left is the person's right). */
const TILTS: readonly number[] = [-1, 1];

/** Chin towards the chest, then each ear towards its shoulder; never backwards. */
export function NeckTilts(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={3}>
      <Panel i={0} n={1}>
        <circle class="illustration-ghost" cx="58" cy="28" r="13" />
        <Profile nod={30} />
        <Arrow a={[66, 8]} c={[88, 8]} b={[92, 28]} />
      </Panel>
      {TILTS.map((dir, k) => (
        <Panel key={dir} i={k + 1} n={k + 2}>
          <Bust tilt={dir * 24} />
          <Limb p={armDown(1)} hand />
          <Limb p={armDown(-1)} hand />
          <Arrow a={[60 + dir * 8, 4]} c={[60 + dir * 28, 2]} b={[60 + dir * 34, 22]} />
        </Panel>
      ))}
    </Art>
  );
}
