import type { JSX } from 'preact';
import { Arrow, Art, Fist, Hand, Limb, Panel, Spin } from './parts.tsx';

/** Fist to spread fingers, wrist up and down, wrist circles. */
export function HandWristMoves(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={3}>
      <Panel i={0} n={1}>
        <Limb
          p={[
            [30, 124],
            [30, 98],
          ]}
        />
        <Fist x={30} y={98} />
        <Limb
          p={[
            [84, 124],
            [84, 98],
          ]}
        />
        <Hand x={84} y={98} spread thumb="out" />
        <Arrow a={[46, 82]} b={[62, 82]} />
      </Panel>
      <Panel i={1} n={2}>
        <Limb
          p={[
            [0, 84],
            [48, 84],
          ]}
        />
        <Hand x={48} y={84} rot={90} />
        <Arrow a={[82, 50]} c={[112, 84]} b={[82, 118]} both />
      </Panel>
      <Panel i={2} n={3}>
        <Limb
          p={[
            [60, 124],
            [60, 92],
          ]}
        />
        <Hand x={60} y={92} />
        <Spin x={60} y={68} r={30} from={140} to={400} />
      </Panel>
    </Art>
  );
}
