import type { JSX } from 'preact';
import { Arrow, Art, Bust, Hand, Limb, Panel, Timer } from './parts.tsx';

/** Arms out to the sides, elbows bent at a right angle, hands by the ears: a goalpost; hands opening and closing. */
export function ArmsOverheadTest(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={1}>
      <Panel i={0}>
        <Limb
          p={[
            [44, 63],
            [16, 63],
            [16, 40],
          ]}
        />
        <Limb
          p={[
            [76, 63],
            [104, 63],
            [104, 40],
          ]}
        />
        <Hand x={16} y={40} s={0.62} spread thumb="out" flip />
        <Hand x={104} y={40} s={0.62} spread thumb="out" />
        <Bust />
        <Arrow a={[2, 10]} c={[16, -6]} b={[30, 10]} both />
        <Arrow a={[90, 10]} c={[104, -6]} b={[118, 10]} both />
        <Timer x={20} y={90} seconds={180} />
      </Panel>
    </Art>
  );
}
