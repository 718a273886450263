import type { JSX } from 'preact';
import { Arrow, Art, Fist, Head, Limb, Panel } from './parts.tsx';

/** A runner with elbows at 90 degrees squeezing a soft ring expander that has a stop under the thumb. */
export function ExpanderSqueezes(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={2}>
      <Panel i={0} n={1}>
        <Limb
          p={[
            [56, 44],
            [46, 60],
            [58, 66],
          ]}
          hand
        />
        <Limb
          p={[
            [54, 74],
            [44, 90],
            [30, 96],
          ]}
        />
        <Limb
          p={[
            [54, 74],
            [58, 46],
          ]}
          trunk
        />
        <Limb
          p={[
            [54, 74],
            [70, 86],
            [66, 110],
          ]}
        />
        <Head x={61} y={30} side />
        <Limb
          p={[
            [57, 46],
            [50, 66],
            [70, 68],
          ]}
        />
        <ellipse class="illustration-thing" cx="76" cy="68" rx="6" ry="9" />
        <circle class="illustration-skin" cx="72" cy="68" r="6.5" />
      </Panel>
      <Panel i={1} n={2}>
        <path
          class="illustration-thing"
          fill-rule="evenodd"
          d="M22 52a38 26 0 1 0 76 0a38 26 0 1 0-76 0ZM35 52a25 13 0 1 0 50 0a25 13 0 1 0-50 0Z"
        />
        <path class="illustration-thing" d="M19 50h12v10h-12Z" />
        <Limb
          p={[
            [60, 124],
            [60, 104],
          ]}
          trunk
        />
        <Limb
          p={[
            [48, 92],
            [32, 76],
            [26, 62],
          ]}
          thin
        />
        <Fist x={60} y={106} s={1.6} />
        <Arrow a={[60, 2]} b={[60, 20]} />
        <text class="illustration-label" x="92" y="20">
          ×10
        </text>
      </Panel>
    </Art>
  );
}
