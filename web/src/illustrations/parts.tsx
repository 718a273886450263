import type { ComponentChildren, JSX } from 'preact';
import { t } from '../language.ts';
import './illustrations.css';

/**
 * Shared pieces of the exercise and self-test drawings. Every drawing is made of panels 120 units square; figures
 * are outlined tubes (a wide ink stroke under a narrower skin-coloured one), movement is marked in the accent
 * colour. Colours come from CSS classes only (see illustrations.css).
 */
export const PANEL = 120;

export type Pt = readonly [number, number];

export function Art(props: { title: string; panels: number; children: ComponentChildren }): JSX.Element {
  const { title, panels, children } = props;
  return (
    <svg
      class={`illustration illustration--p${panels}`}
      role="img"
      aria-label={title}
      viewBox={`0 0 ${panels * PANEL} ${PANEL}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title>{title}</title>
      {children}
    </svg>
  );
}

/** One step of a drawing, numbered when `n` is given. */
export function Panel(props: { i: number; n?: number; children: ComponentChildren }): JSX.Element {
  const { i, n, children } = props;
  return (
    <g transform={`translate(${i * PANEL} 0)`}>
      {i > 0 && <path class="illustration-rule" d="M0 14V106" />}
      {children}
      {n !== undefined && (
        <>
          <circle class="illustration-step" cx="11" cy="11" r="8" />
          <text class="illustration-step-n" x="11" y="15" text-anchor="middle">
            {n}
          </text>
        </>
      )}
    </g>
  );
}

const pts = (p: readonly Pt[]): string => `M${p.map(([x, y]) => `${x} ${y}`).join('L')}`;

/** An arm, leg or trunk through the given joints; `hand` puts a round hand on the end. */
export function Limb(props: {
  p: readonly Pt[];
  thin?: boolean;
  trunk?: boolean;
  hand?: boolean;
}): JSX.Element {
  const { p, thin, trunk, hand } = props;
  const d = pts(p);
  const end = p[p.length - 1];
  const kind = thin ? 'finger' : trunk ? 'trunk' : 'limb';
  return (
    <>
      <path class={`illustration-${kind}-out`} d={d} />
      <path class={`illustration-${kind}-in`} d={d} />
      {hand && end && <circle class="illustration-skin" cx={end[0]} cy={end[1]} r="6.5" />}
    </>
  );
}

/** Arms hanging at the sides of a `Bust` (draw them after it); `up` raises them with the shoulders. */
export const armDown = (side: 1 | -1, up = 0): Pt[] => [
  [60 - side * 19, 64 - up],
  [60 - side * 30, 90 - up],
  [60 - side * 29, 114 - up],
];

/** A dashed line where a limb was: the start of a movement. */
export function Ghost(props: { p: readonly Pt[] }): JSX.Element {
  return <path class="illustration-ghost" d={pts(props.p)} />;
}

/** A head, looking at the viewer, or in profile facing right (`side`) or left (`side` and `left`). */
export function Head(props: { x: number; y: number; side?: boolean; left?: boolean }): JSX.Element {
  const { x, y, side, left } = props;
  const f = left ? -1 : 1;
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle class="illustration-skin" r="13" />
      {side ? (
        <>
          <path class="illustration-ink" d={`M${12 * f} -1l${4 * f} 4l${-4 * f} 1`} />
          <circle class="illustration-dot" cx={6 * f} cy="-3" r="1.7" />
        </>
      ) : (
        <>
          <circle class="illustration-dot" cx="-5" cy="-2" r="1.7" />
          <circle class="illustration-dot" cx="5" cy="-2" r="1.7" />
          <path class="illustration-thin" d="M-4 5q4 3 8 0" />
        </>
      )}
    </g>
  );
}

/** Head, neck and shoulders facing the viewer; arms are drawn by the caller. `lift` raises the shoulders. */
export function Bust(props: { tilt?: number; lift?: number }): JSX.Element {
  const { tilt = 0, lift = 0 } = props;
  const s = 56 - lift;
  return (
    <>
      <g transform={tilt ? `rotate(${tilt} 60 54)` : undefined}>
        <Limb
          p={[
            [60, 36],
            [60, 54],
          ]}
        />
        <Head x={60} y={28} />
      </g>
      <path
        class="illustration-skin"
        d={`M42 121L38 ${s + 10}Q40 ${s} 51 ${s}H69Q80 ${s} 82 ${s + 10}L78 121`}
      />
    </>
  );
}

/** Head, neck and chest in profile, facing right, with the head bent forward by `nod` degrees. */
export function Profile(props: { nod?: number; belly?: boolean; arm?: boolean }): JSX.Element {
  const { nod = 0, belly, arm = true } = props;
  return (
    <>
      <g transform={nod ? `rotate(${nod} 58 54)` : undefined}>
        <Limb
          p={[
            [57, 36],
            [58, 56],
          ]}
        />
        <Head x={58} y={28} side />
      </g>
      <path
        class="illustration-skin"
        d={
          belly
            ? 'M46 121L45 64Q48 54 60 54Q70 56 71 70Q80 90 76 121'
            : 'M46 121L45 64Q48 54 60 54Q70 56 71 70L71 121'
        }
      />
      {arm && (
        <Limb
          p={[
            [57, 64],
            [58, 92],
            [62, 116],
          ]}
          hand
        />
      )}
    </>
  );
}

const head = (x: number, y: number, deg: number): string => {
  const a = (deg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const r = (dx: number, dy: number): string =>
    `${(x + dx * c - dy * s).toFixed(1)} ${(y + dx * s + dy * c).toFixed(1)}`;
  return `M${r(-6, -5)}L${x} ${y}L${r(-6, 5)}`;
};

/** An arrow along a quadratic curve from `a` through control point `c` to `b`; `both` heads it at each end. */
export function Arrow(props: { a: Pt; b: Pt; c?: Pt; both?: boolean }): JSX.Element {
  const { a, b, both } = props;
  const c = props.c ?? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const deg = (p: Pt, q: Pt): number => (Math.atan2(q[1] - p[1], q[0] - p[0]) * 180) / Math.PI;
  let d = `M${a[0]} ${a[1]}Q${c[0]} ${c[1]} ${b[0]} ${b[1]}${head(b[0], b[1], deg(c, b))}`;
  if (both) d += head(a[0], a[1], deg(c, a));
  return <path class="illustration-move" d={d} />;
}

/** A round arrow about (x, y): clockwise from `from` to `to` degrees (0 = right), or anticlockwise when `to` < `from`. */
export function Spin(props: { x: number; y: number; r: number; from?: number; to?: number }): JSX.Element {
  const { x, y, r, from = -60, to = 210 } = props;
  const at = (deg: number): Pt => {
    const a = (deg * Math.PI) / 180;
    return [Number((x + r * Math.cos(a)).toFixed(1)), Number((y + r * Math.sin(a)).toFixed(1))];
  };
  const [x0, y0] = at(from);
  const [x1, y1] = at(to);
  const cw = to > from;
  const large = Math.abs(to - from) > 180 ? 1 : 0;
  const d = `M${x0} ${y0}A${r} ${r} 0 ${large} ${cw ? 1 : 0} ${x1} ${y1}${head(x1, y1, to + (cw ? 90 : -90))}`;
  return <path class="illustration-move" d={d} />;
}

/** Short strokes that mark shaking or tapping around a point. */
export function Buzz(props: { x: number; y: number; r?: number; at?: number[] }): JSX.Element {
  const { x, y, r = 10, at = [-50, 0, 50, 130, 180, 230] } = props;
  const d = at
    .map((deg) => {
      const a = (deg * Math.PI) / 180;
      const c = Math.cos(a);
      const s = Math.sin(a);
      const f = (k: number): string => `${(x + k * c).toFixed(1)} ${(y + k * s).toFixed(1)}`;
      return `M${f(r)}L${f(r + 6)}`;
    })
    .join('');
  return <path class="illustration-move" d={d} />;
}

/** A small stopwatch with a label such as "60 s" under it. */
export function Timer(props: { x: number; y: number; seconds: number }): JSX.Element {
  const { x, y, seconds } = props;
  // "60 s", "3 min": whole minutes from two minutes up, as the countdown's button says them.
  const inMinutes = seconds >= 120 && seconds % 60 === 0;
  const label = t('web.timerBadge', {
    unit: inMinutes ? 'minute' : 'second',
    count: inMinutes ? seconds / 60 : seconds,
  });
  return (
    <g transform={`translate(${x} ${y})`}>
      <circle class="illustration-ink" r="8" />
      <path class="illustration-ink" d="M0 -11V-8M0 0V-5M0 0L3 2" />
      <text class="illustration-label" y="22" text-anchor="middle">
        {label}
      </text>
    </g>
  );
}

/**
 * A hand seen flat, wrist at the origin, pointing up before `rot` (degrees) turns it: fingers together or, with
 * `spread`, apart; `thumb` is "out" (away from the fingers), "in" (along them) or "none" (hidden behind).
 */
export function Hand(props: {
  x: number;
  y: number;
  rot?: number;
  spread?: boolean;
  thumb?: 'out' | 'in' | 'none';
  flip?: boolean;
  s?: number;
}): JSX.Element {
  const { x, y, rot = 0, spread, thumb = 'in', flip, s = 1 } = props;
  const tf = `translate(${x} ${y})${rot ? ` rotate(${rot})` : ''}${flip ? ' scale(-1 1)' : ''}${s === 1 ? '' : ` scale(${s})`}`;
  const fingers: Pt[][] = spread
    ? [
        [
          [-6, -18],
          [-11, -36],
        ],
        [
          [-1, -20],
          [-1, -40],
        ],
        [
          [4, -19],
          [8, -37],
        ],
        [
          [8, -16],
          [15, -31],
        ],
      ]
    : [
        [
          [-6, -18],
          [-7, -36],
        ],
        [
          [-2, -20],
          [-2, -40],
        ],
        [
          [2, -19],
          [3, -38],
        ],
        [
          [6, -16],
          [7, -32],
        ],
      ];
  const thumbP: Pt[] | null =
    thumb === 'out'
      ? [
          [-8, -8],
          [-22, -18],
        ]
      : thumb === 'in'
        ? [
            [-8, -8],
            [-11, -24],
          ]
        : null;
  return (
    <g transform={tf}>
      {fingers.map((p) => (
        <Limb key={p[1]?.[0]} p={p} thin />
      ))}
      {thumbP && <Limb p={thumbP} thin />}
      <path class="illustration-skin" d="M-7 0L-11 -12Q-11 -22 0 -22Q11 -22 11 -14L7 0Z" />
    </g>
  );
}

/** A fist seen from the back of the fingers, wrist at the origin, pointing up before `rot`. */
export function Fist(props: { x: number; y: number; s?: number }): JSX.Element {
  const { x, y, s = 1 } = props;
  return (
    <g transform={`translate(${x} ${y})${s === 1 ? '' : ` scale(${s})`}`}>
      <path class="illustration-skin" d="M-8 0L-11 -14Q-12 -26 0 -26Q12 -26 11 -14L8 0Z" />
      <path class="illustration-thin" d="M-4 -26V-20M1 -26V-20M6 -25V-19M-11 -14Q-4 -10 4 -16" />
    </g>
  );
}
