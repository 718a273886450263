import type { JSX, TargetedFocusEvent, TargetedKeyboardEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { ArmRegion, HandAnswer, HandMapAnswer, HandRegion } from '../../../src/engine/types.ts';
import { ARM_REGIONS, HAND_REGIONS } from '../../../src/engine/types.ts';
import './hand-map.css';

export interface HandMapProps {
  value: HandMapAnswer;
  onChange: (value: HandMapAnswer) => void;
}

type Side = 'left' | 'right';
type View = 'palm' | 'back';
type Pt = readonly [number, number];

const SIDES: readonly Side[] = ['left', 'right'];
const VIEWS: readonly View[] = ['palm', 'back'];

// ---------------------------------------------------------------------------------------------------------------
// Geometry. One hand is drawn once, in its own 170 × 350 box, with the thumb on the LEFT: that is the left hand
// seen palm side or the right hand seen from the back. The other two hands are the same drawing mirrored.
// ---------------------------------------------------------------------------------------------------------------

const HAND_W = 170;
const GAP = 14;
const MARGIN = 4;
const TOP = 26;
const VIEW_W = MARGIN * 2 + HAND_W * 2 + GAP;
const VIEW_H = TOP + 352;

const r1 = (n: number): number => Math.round(n * 10) / 10;

interface Digit {
  base: Pt;
  /** The outermost point of the fingertip. */
  tip: Pt;
  w: number;
}
type DigitId = 'thumb' | 'index' | 'middle' | 'ring' | 'little';

/** The digits of the base drawing: a little splayed, the thumb angled out from the heel of the palm. */
const DIGITS: Record<DigitId, Digit> = {
  thumb: { base: [60, 176], tip: [15, 112], w: 28 },
  index: { base: [59.5, 116], tip: [55, 30], w: 27 },
  middle: { base: [89, 112], tip: [89, 14], w: 28 },
  ring: { base: [118.5, 114], tip: [122, 26], w: 27 },
  little: { base: [147.5, 118], tip: [154, 56], w: 26 },
};
const DIGIT_IDS: readonly DigitId[] = ['thumb', 'index', 'middle', 'ring', 'little'];

/** The point `dist` back from the tip along the digit's axis, and the axis's unit vector. */
function along(g: Digit, dist: number): { x: number; y: number; ux: number; uy: number } {
  const [bx, by] = g.base;
  const [tx, ty] = g.tip;
  const len = Math.hypot(tx - bx, ty - by);
  const ux = (tx - bx) / len;
  const uy = (ty - by) / len;
  return { x: tx - ux * dist, y: ty - uy * dist, ux, uy };
}

/** A finger outline: flat base, round tip, `w` wide. */
function fingerPath(g: Digit): string {
  const r = g.w / 2;
  const b = along(g, Math.hypot(g.tip[0] - g.base[0], g.tip[1] - g.base[1]));
  const c = along(g, r);
  const px = -c.uy * r;
  const py = c.ux * r;
  return (
    `M${r1(b.x + px)} ${r1(b.y + py)}L${r1(c.x + px)} ${r1(c.y + py)}` +
    `A${r} ${r} 0 0 0 ${r1(c.x - px)} ${r1(c.y - py)}L${r1(b.x - px)} ${r1(b.y - py)}Z`
  );
}

/** A short line across the digit, `dist` back from the tip. */
function crease(g: Digit, dist: number, frac: number): string {
  const p = along(g, dist);
  const h = (g.w / 2) * frac;
  return `M${r1(p.x + p.uy * h)} ${r1(p.y - p.ux * h)}L${r1(p.x - p.uy * h)} ${r1(p.y + p.ux * h)}`;
}

/** A fingernail: a small finger shape just below the tip. */
function nail(g: Digit): string {
  const a = along(g, g.w * 0.45 + 4);
  const b = along(g, 4);
  return fingerPath({ base: [a.x, a.y], tip: [b.x, b.y], w: g.w * 0.46 });
}

/** The hand's regions, region id → outline, in the base drawing (thumb on the left). */
const HAND_SHAPES: Record<HandRegion, string> = {
  thumb: fingerPath(DIGITS.thumb),
  index: fingerPath(DIGITS.index),
  middle: fingerPath(DIGITS.middle),
  ring: fingerPath(DIGITS.ring),
  little: fingerPath(DIGITS.little),
  thumb_side: 'M104 101Q72 99 45 108C42 138 36 168 60 198H105Z',
  little_side: 'M104 101Q136 100 161 111C165 145 163 176 150 198H105Z',
};

/** The arm's bands, region id → outline, in the same box. */
const ARM_SHAPES: Record<ArmRegion, string> = {
  wrist: 'M60 198H150L148 228H62Z',
  forearm: 'M62 228H148L155 292H55Z',
  upper_arm: 'M55 292H155L159 346Q105 352 51 346Z',
};

/** The palm halves, drawn after the digits so that they cover the digits' bases. */
const PALM_HALVES: readonly HandRegion[] = ['thumb_side', 'little_side'];

/** Decorative lines that tell the palm from the back: creases on the palm, nails and knuckles on the back. */
const DETAILS: Record<View, string> = {
  palm: [
    ...DIGIT_IDS.map((id) => {
      const g = DIGITS[id];
      return id === 'thumb' ? crease(g, 30, 0.5) : crease(g, g.w * 0.95, 0.5) + crease(g, g.w * 1.75, 0.55);
    }),
    'M70 112Q62 150 72 194', // round the base of the thumb
    'M80 124Q112 116 156 128', // across the palm
  ].join(''),
  back: [
    ...DIGIT_IDS.map((id) => nail(DIGITS[id])),
    'M52 114q7 -4 14 0M82 110q7 -4 14 0M112 112q7 -4 14 0M141 116q6 -4 12 0', // knuckles
  ].join(''),
};

// ---------------------------------------------------------------------------------------------------------------
// Names.
// ---------------------------------------------------------------------------------------------------------------

const SIDE_NAME: Record<Side, string> = { left: 'Left', right: 'Right' };
const VIEW_NAME: Record<View, string> = { palm: 'palm side', back: 'back' };

function handRegionName(region: HandRegion, view: View): string {
  const surface = view === 'palm' ? 'palm' : 'back of the hand';
  switch (region) {
    case 'thumb':
      return 'thumb';
    case 'index':
      return 'index finger';
    case 'middle':
      return 'middle finger';
    case 'ring':
      return 'ring finger';
    case 'little':
      return 'little finger';
    case 'thumb_side':
      return `thumb side of the ${surface}`;
    case 'little_side':
      return `little-finger side of the ${surface}`;
  }
}

const ARM_NAME: Record<ArmRegion, string> = { wrist: 'wrist', forearm: 'forearm', upper_arm: 'upper arm' };

/** Short names for the summary. */
const HAND_SHORT: Record<HandRegion, string> = {
  thumb: 'thumb',
  index: 'index',
  middle: 'middle',
  ring: 'ring',
  little: 'little finger',
  thumb_side: 'thumb-side half',
  little_side: 'little-finger-side half',
};

// ---------------------------------------------------------------------------------------------------------------
// The answer.
// ---------------------------------------------------------------------------------------------------------------

function toggled<T extends string>(list: readonly T[] | undefined, item: T, order: readonly T[]): T[] {
  const set = new Set<T>(list ?? []);
  if (set.has(item)) set.delete(item);
  else set.add(item);
  return order.filter((r) => set.has(r));
}

/** A hand with its empty parts dropped, or undefined when nothing is left. */
function tidy(hand: HandAnswer | undefined): HandAnswer | undefined {
  if (!hand) return undefined;
  const out: HandAnswer = {};
  if (hand.palm && hand.palm.length > 0) out.palm = hand.palm;
  if (hand.back && hand.back.length > 0) out.back = hand.back;
  if (hand.arm && hand.arm.length > 0) out.arm = hand.arm;
  return out.palm || out.back || out.arm ? out : undefined;
}

function withHand(map: HandMapAnswer, side: Side, hand: HandAnswer): HandMapAnswer {
  const left = tidy(side === 'left' ? hand : map.left);
  const right = tidy(side === 'right' ? hand : map.right);
  const next: HandMapAnswer = {};
  if (left) next.left = left;
  if (right) next.right = right;
  return next;
}

function describe(side: Side, hand: HandAnswer | undefined): string | null {
  const parts: string[] = [];
  const palm = hand?.palm ?? [];
  const back = hand?.back ?? [];
  const arm = hand?.arm ?? [];
  if (palm.length > 0) parts.push(`palm side: ${palm.map((r) => HAND_SHORT[r]).join(', ')}`);
  if (back.length > 0) parts.push(`back: ${back.map((r) => HAND_SHORT[r]).join(', ')}`);
  if (arm.length > 0) parts.push(`arm: ${arm.map((r) => ARM_NAME[r]).join(', ')}`);
  return parts.length > 0 ? `${SIDE_NAME[side]} hand — ${parts.join('; ')}.` : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing.
// ---------------------------------------------------------------------------------------------------------------

interface RegionProps {
  d: string;
  name: string;
  marked: boolean;
  hatch: string;
  /** False for a duplicate that only pointers use: the arm bands of the back view repeat the palm view's. */
  focusable: boolean;
  onToggle: () => void;
  onFocusRing: (d: string | null) => void;
}

function Region(props: RegionProps): JSX.Element {
  const { d, name, marked, hatch, focusable, onToggle, onFocusRing } = props;
  const onKeyDown = (e: TargetedKeyboardEvent<SVGPathElement>): void => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      onToggle();
      onFocusRing(d);
    }
  };
  const onFocus = (e: TargetedFocusEvent<SVGPathElement>): void => {
    onFocusRing(e.currentTarget.matches(':focus-visible') ? d : null);
  };
  const cls = marked ? 'handmap-region handmap-region--marked' : 'handmap-region';
  const fill = marked ? `url(#${hatch})` : undefined;
  if (!focusable) {
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer-only twin of a checkbox in the palm view.
    return <path d={d} class={cls} fill={fill} onClick={onToggle} />;
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be an <input>; role="checkbox" is the pattern.
    <path
      d={d}
      class={cls}
      fill={fill}
      role="checkbox"
      aria-checked={marked ? 'true' : 'false'}
      aria-label={name}
      tabIndex={0}
      onClick={onToggle}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={() => onFocusRing(null)}
    />
  );
}

interface HandDrawingProps {
  view: View;
  side: Side;
  hand: HandAnswer | undefined;
  hatch: string;
  onHand: (hand: HandAnswer) => void;
}

function HandDrawing(props: HandDrawingProps): JSX.Element {
  const { view, side, hand, hatch, onHand } = props;
  const [ring, setRing] = useState<string | null>(null);
  const mirrored = (view === 'palm') === (side === 'right');
  const x = side === 'left' ? MARGIN : MARGIN + HAND_W + GAP;
  const transform = mirrored ? `translate(${x + HAND_W} ${TOP}) scale(-1 1)` : `translate(${x} ${TOP})`;
  const surface = hand?.[view];
  const arm = hand?.arm;
  const prefix = `${SIDE_NAME[side]} hand, ${VIEW_NAME[view]}, `;
  const handRegion = (region: HandRegion): JSX.Element => (
    <Region
      key={region}
      d={HAND_SHAPES[region]}
      name={prefix + handRegionName(region, view)}
      marked={surface?.includes(region) ?? false}
      hatch={hatch}
      focusable
      onToggle={() => onHand({ ...hand, [view]: toggled(surface, region, HAND_REGIONS) })}
      onFocusRing={setRing}
    />
  );
  // A finger's focus ring goes under the palm, which hides the finger's base; any other ring goes on top.
  const digitRing = ring !== null && DIGIT_IDS.some((id) => HAND_SHAPES[id] === ring);
  const ringPath = ring && <path d={ring} class="handmap-focus" />;
  return (
    <g transform={transform}>
      {DIGIT_IDS.map(handRegion)}
      {digitRing && ringPath}
      {PALM_HALVES.map(handRegion)}
      {ARM_REGIONS.map((region) => (
        <Region
          key={region}
          d={ARM_SHAPES[region]}
          name={`${SIDE_NAME[side]} arm, ${ARM_NAME[region]}`}
          marked={arm?.includes(region) ?? false}
          hatch={hatch}
          focusable={view === 'palm'}
          onToggle={() => onHand({ ...hand, arm: toggled(arm, region, ARM_REGIONS) })}
          onFocusRing={setRing}
        />
      ))}
      <path d={DETAILS[view]} class="handmap-detail" />
      {!digitRing && ringPath}
    </g>
  );
}

export function HandMap(props: HandMapProps): JSX.Element {
  const { value, onChange } = props;
  const uid = useId();
  const lines = SIDES.map((side) => describe(side, value[side])).filter((l): l is string => l !== null);
  return (
    <div class="handmap">
      <div class="handmap-views">
        {VIEWS.map((view) => {
          const hatch = `${uid}-hatch-${view}`;
          return (
            <fieldset class="handmap-view" key={view}>
              <legend class="handmap-view-title">
                <strong>{view === 'palm' ? 'Palm side' : 'Back of the hands'}</strong>{' '}
                <span class="handmap-view-hint">
                  {view === 'palm'
                    ? '(palms facing you, as you look at your own hands)'
                    : '(backs facing you, as you look at your own hands)'}
                </span>
              </legend>
              <svg
                class="handmap-svg"
                viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
                xmlns="http://www.w3.org/2000/svg"
                role="presentation"
              >
                <defs>
                  <pattern
                    id={hatch}
                    patternUnits="userSpaceOnUse"
                    width="8"
                    height="8"
                    patternTransform="rotate(45)"
                  >
                    <rect width="8" height="8" class="handmap-hatch-bg" />
                    <line x1="2" y1="0" x2="2" y2="8" class="handmap-hatch-line" />
                  </pattern>
                </defs>
                {SIDES.map((side) => (
                  <text
                    key={side}
                    class="handmap-side-label"
                    x={(side === 'left' ? MARGIN : MARGIN + HAND_W + GAP) + HAND_W / 2}
                    y={16}
                    text-anchor="middle"
                  >
                    {SIDE_NAME[side]}
                  </text>
                ))}
                {SIDES.map((side) => (
                  <HandDrawing
                    key={side}
                    view={view}
                    side={side}
                    hand={value[side]}
                    hatch={hatch}
                    onHand={(hand) => onChange(withHand(value, side, hand))}
                  />
                ))}
              </svg>
            </fieldset>
          );
        })}
      </div>
      <div class="handmap-footer">
        <div class="handmap-summary" aria-live="polite">
          {lines.length === 0 ? (
            <p>Nothing marked yet: tap every place that feels numb or tingly.</p>
          ) : (
            lines.map((line) => <p key={line}>{line}</p>)
          )}
        </div>
        <button type="button" class="handmap-clear" onClick={() => onChange({})}>
          Clear
        </button>
      </div>
    </div>
  );
}
