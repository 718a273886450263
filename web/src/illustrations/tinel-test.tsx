import type { JSX } from 'preact';
import { Art, Buzz, Hand, Limb, Panel } from './parts.tsx';

/** Palm up; two fingers of the other hand tap the middle of the wrist crease. */
export function TinelTest(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={1}>
      <Panel i={0}>
        <Limb
          p={[
            [44, 124],
            [44, 76],
          ]}
          trunk
        />
        <Hand x={44} y={76} s={1.3} thumb="out" flip />
        <path class="illustration-move" d="M36 82h16" />
        <Limb
          p={[
            [124, 44],
            [104, 60],
          ]}
          trunk
        />
        <g transform="translate(96 66) rotate(-118)">
          <Limb
            p={[
              [-3, -18],
              [-4, -44],
            ]}
            thin
          />
          <Limb
            p={[
              [3, -18],
              [4, -42],
            ]}
            thin
          />
          <path class="illustration-skin" d="M-9 2L-11 -12Q-11 -22 0 -22Q11 -22 11 -12L9 2Z" />
          <path class="illustration-thin" d="M-8 -8q8 4 16 0" />
        </g>
        <Buzz x={52} y={84} r={10} at={[60, 110, 160, 200]} />
      </Panel>
    </Art>
  );
}
