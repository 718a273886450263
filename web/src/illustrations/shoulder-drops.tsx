import type { JSX } from 'preact';
import { Arrow, Art, armDown, Bust, Limb, Panel, Spin } from './parts.tsx';

/** Shoulders up towards the ears, dropped, then rolled. */
export function ShoulderDrops(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={3}>
      <Panel i={0} n={1}>
        <Bust lift={9} />
        <Limb p={armDown(1, 9)} hand />
        <Limb p={armDown(-1, 9)} hand />
        <Arrow a={[22, 62]} b={[22, 40]} />
        <Arrow a={[98, 62]} b={[98, 40]} />
      </Panel>
      <Panel i={1} n={2}>
        <Bust />
        <Limb p={armDown(1)} hand />
        <Limb p={armDown(-1)} hand />
        <Arrow a={[22, 40]} b={[22, 62]} />
        <Arrow a={[98, 40]} b={[98, 62]} />
      </Panel>
      <Panel i={2} n={3}>
        <Bust />
        <Limb p={armDown(1)} hand />
        <Limb p={armDown(-1)} hand />
        <Spin x={36} y={60} r={11} from={100} to={340} />
        <Spin x={84} y={60} r={11} from={80} to={-160} />
      </Panel>
    </Art>
  );
}
