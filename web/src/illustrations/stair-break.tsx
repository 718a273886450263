import type { JSX } from 'preact';
import { Arrow, Art, Head, Limb, Panel, Spin } from './parts.tsx';

/** A reminder every 1.5–2 hours, then a few flights of stairs. */
export function StairBreak(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={2}>
      <Panel i={0} n={1}>
        <circle class="illustration-skin" cx="60" cy="56" r="28" />
        <path class="illustration-ink" d="M60 56V38M60 56L72 62" />
        <path class="illustration-thin" d="M60 30v4M60 78v4M34 56h4M82 56h4" />
        <Spin x={60} y={56} r={36} from={-70} to={200} />
        <text class="illustration-label" x="60" y="112" text-anchor="middle">
          every 1.5–2 h
        </text>
      </Panel>
      <Panel i={1} n={2}>
        <path class="illustration-thing" d="M0 120V106H24V92H48V78H72V64H96V50H120V120Z" />
        <path class="illustration-thin" d="M0 92L120 22M20 80V106M100 34V50" />
        <Limb
          p={[
            [42, 62],
            [40, 78],
            [34, 92],
          ]}
        />
        <Limb
          p={[
            [42, 62],
            [47, 36],
          ]}
          trunk
        />
        <Limb
          p={[
            [42, 62],
            [58, 64],
            [59, 78],
          ]}
        />
        <Head x={51} y={22} side />
        <Limb
          p={[
            [47, 38],
            [52, 54],
            [66, 54],
          ]}
          hand
        />
        <Arrow a={[72, 34]} b={[98, 16]} />
      </Panel>
    </Art>
  );
}
