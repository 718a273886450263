import type { JSX } from 'preact';
import { Arrow, Art, Limb, Panel, Profile, Timer } from './parts.tsx';

/** Elbow bent fully, hand up towards the shoulder, wrist straight. */
export function ElbowFlexionTest(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={1}>
      <Panel i={0}>
        <Profile arm={false} />
        <Limb
          p={[
            [56, 64],
            [60, 102],
            [70, 66],
          ]}
          hand
        />
        <Arrow a={[84, 104]} c={[96, 84]} b={[84, 66]} />
        <Timer x={14} y={16} seconds={60} />
      </Panel>
    </Art>
  );
}
