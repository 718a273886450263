import type { JSX } from 'preact';
import { Arrow, Art, Fist, Hand, Limb, Panel } from './parts.tsx';

/** Fist with the thumb over the fingers, fingers straight, then wrist bent back with the thumb out. */
export function MedianNerveGlide(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={3}>
      <Panel i={0} n={1}>
        <Limb
          p={[
            [60, 124],
            [60, 84],
          ]}
          trunk
        />
        <Fist x={60} y={84} s={1.5} />
      </Panel>
      <Panel i={1} n={2}>
        <Limb
          p={[
            [56, 124],
            [56, 84],
          ]}
          trunk
        />
        <Hand x={56} y={84} s={1.5} />
        <Arrow a={[94, 76]} b={[94, 30]} />
      </Panel>
      <Panel i={2} n={3}>
        <Limb
          p={[
            [76, 124],
            [76, 84],
          ]}
          trunk
        />
        <Hand x={76} y={84} s={1.5} rot={-65} thumb="out" />
        <Arrow a={[86, 40]} c={[70, 12]} b={[44, 24]} />
      </Panel>
    </Art>
  );
}
