import type { JSX } from 'preact';
import { Art, Bust, Limb, Panel, Spin } from './parts.tsx';

/** Arms out at shoulder height making small circles, then the hands circling at the wrists. */
export function ArmHandCircles(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={2}>
      <Panel i={0} n={1}>
        <Limb
          p={[
            [44, 63],
            [17, 63],
          ]}
          hand
        />
        <Limb
          p={[
            [76, 63],
            [103, 63],
          ]}
          hand
        />
        <Bust />
        <Spin x={17} y={63} r={14} from={-80} to={200} />
        <Spin x={103} y={63} r={14} from={-80} to={200} />
      </Panel>
      <Panel i={1} n={2}>
        <Limb
          p={[
            [43, 64],
            [30, 96],
            [18, 76],
          ]}
          hand
        />
        <Limb
          p={[
            [77, 64],
            [90, 96],
            [102, 76],
          ]}
          hand
        />
        <Bust />
        <Spin x={18} y={76} r={14} from={-80} to={200} />
        <Spin x={102} y={76} r={14} from={-80} to={200} />
      </Panel>
    </Art>
  );
}
