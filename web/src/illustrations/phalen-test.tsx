import type { JSX } from 'preact';
import { Arrow, Art, Bust, Limb, Panel, Timer } from './parts.tsx';

/** Backs of the hands pressed together in front of the chest, wrists fully bent, fingers down. */
export function PhalenTest(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={1}>
      <Panel i={0}>
        <Bust />
        <Limb
          p={[
            [42, 64],
            [26, 88],
            [54, 78],
          ]}
        />
        <Limb
          p={[
            [78, 64],
            [94, 88],
            [66, 78],
          ]}
        />
        <g>
          <path class="illustration-skin" d="M48 76H59V108Q59 114 53.5 114Q48 114 48 108Z" />
          <path class="illustration-skin" d="M61 76H72V108Q72 114 66.5 114Q61 114 61 108Z" />
          <path class="illustration-thin" d="M48 100h9M63 100h9M48 90h9M63 90h9" />
        </g>
        <Arrow a={[32, 104]} b={[44, 104]} />
        <Arrow a={[88, 104]} b={[76, 104]} />
        <Timer x={14} y={16} seconds={60} />
      </Panel>
    </Art>
  );
}
