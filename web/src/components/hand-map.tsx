import type { JSX, TargetedFocusEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { ArmRegion, HandAnswer, HandMapAnswer, HandRegion } from '../../../src/engine/index.ts';
import {
  ARM_REGIONS,
  HAND_REGIONS,
  handPlacesText,
  placeLabel,
  placeName,
} from '../../../src/engine/index.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import { t } from '../language.ts';
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

const SIDE_NAME: Readonly<Record<Side, MessageKey>> = { left: 'web.handLeft', right: 'web.handRight' };

function handRegionName(region: HandRegion, view: View): string {
  // The halves of the hand are named by the surface marked: "thumb side of the palm", "… of the back of the hand".
  if (region === 'thumb_side' || region === 'little_side') {
    return t('web.handHalf', { half: region === 'thumb_side' ? 'thumb' : 'little', view });
  }
  return placeName(region, t);
}

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
  const places = hand === undefined ? '' : handPlacesText(hand, t);
  return places === '' ? null : t('web.handMarked', { line: t('web.handLine', { side, places }) });
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing.
// ---------------------------------------------------------------------------------------------------------------

interface RegionProps {
  d: string;
  /** The region's key, shared with its checkbox in the table: "left palm thumb", "right arm wrist". */
  region: string;
  marked: boolean;
  hatch: string;
  onToggle: () => void;
}

/**
 * One tappable shape. The drawing is for pointers: its shapes are too small for a finger on a phone (a finger is
 * about 25 px wide there), so the table beside it holds the checkboxes that keyboards, screen readers and fingers
 * use, each at least 44 px, and the drawing is hidden from assistive technology.
 */
function Region(props: RegionProps): JSX.Element {
  const { d, region, marked, hatch, onToggle } = props;
  const cls = marked ? 'handmap-region handmap-region--marked' : 'handmap-region';
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer twin of a checkbox in the table beside the drawing.
    <path
      d={d}
      class={cls}
      fill={marked ? `url(#${hatch})` : undefined}
      data-region={region}
      onClick={onToggle}
    />
  );
}

interface HandDrawingProps {
  view: View;
  side: Side;
  hand: HandAnswer | undefined;
  hatch: string;
  /** The key of the region whose checkbox has keyboard focus: the drawing rings it, to show where it is. */
  focused: string | null;
  onHand: (hand: HandAnswer) => void;
}

function handKey(side: Side, view: View, region: HandRegion): string {
  return `${side} ${view} ${region}`;
}

function armKey(side: Side, region: ArmRegion): string {
  return `${side} arm ${region}`;
}

/** Where an arm band's label goes in the base drawing: the middle of the band. */
const ARM_LABEL_AT: Record<ArmRegion, Pt> = { wrist: [105, 218], forearm: [105, 265], upper_arm: [105, 324] };

function HandDrawing(props: HandDrawingProps): JSX.Element {
  const { view, side, hand, hatch, focused, onHand } = props;
  const mirrored = (view === 'palm') === (side === 'right');
  const x = side === 'left' ? MARGIN : MARGIN + HAND_W + GAP;
  const transform = mirrored ? `translate(${x + HAND_W} ${TOP}) scale(-1 1)` : `translate(${x} ${TOP})`;
  const surface = hand?.[view];
  const arm = hand?.arm;
  const handRegion = (region: HandRegion): JSX.Element => (
    <Region
      key={region}
      d={HAND_SHAPES[region]}
      region={handKey(side, view, region)}
      marked={surface?.includes(region) ?? false}
      hatch={hatch}
      onToggle={() => onHand({ ...hand, [view]: toggled(surface, region, HAND_REGIONS) })}
    />
  );
  const ringD =
    HAND_REGIONS.filter((region) => handKey(side, view, region) === focused).map((r) => HAND_SHAPES[r])[0] ??
    ARM_REGIONS.filter((region) => armKey(side, region) === focused).map((r) => ARM_SHAPES[r])[0] ??
    null;
  // A finger's focus ring goes under the palm, which hides the finger's base; any other ring goes on top.
  const digitRing = ringD !== null && DIGIT_IDS.some((id) => HAND_SHAPES[id] === ringD);
  const ringPath = ringD && <path d={ringD} class="handmap-focus" />;
  return (
    <>
      <g transform={transform}>
        {DIGIT_IDS.map(handRegion)}
        {digitRing && ringPath}
        {PALM_HALVES.map(handRegion)}
        {ARM_REGIONS.map((region) => (
          <Region
            key={region}
            d={ARM_SHAPES[region]}
            region={armKey(side, region)}
            marked={arm?.includes(region) ?? false}
            hatch={hatch}
            onToggle={() => onHand({ ...hand, arm: toggled(arm, region, ARM_REGIONS) })}
          />
        ))}
        <path d={DETAILS[view]} class="handmap-detail" />
        {!digitRing && ringPath}
      </g>
      {ARM_REGIONS.map((region) => {
        // The labels are drawn outside the mirrored group, so that their letters are never mirrored.
        const [lx, ly] = ARM_LABEL_AT[region];
        return (
          <text
            key={region}
            class="handmap-arm-label"
            x={mirrored ? x + HAND_W - lx : x + lx}
            y={TOP + ly}
            text-anchor="middle"
            dominant-baseline="middle"
          >
            {placeLabel(region, t)}
          </text>
        );
      })}
    </>
  );
}

/** A row's name in the table: the halves of the hand are named short, as the columns say which surface. */
function rowName(region: HandRegion): string {
  if (region === 'thumb_side') return t('web.handThumbSide');
  if (region === 'little_side') return t('web.handLittleSide');
  return placeLabel(region, t);
}

/** One checkbox of the table, filling its cell so that the whole cell takes the tap. */
function TableBox(props: {
  name: string;
  region: string;
  checked: boolean;
  onToggle: () => void;
  onFocusRegion: (region: string | null) => void;
}): JSX.Element {
  const onFocus = (e: TargetedFocusEvent<HTMLInputElement>): void => {
    props.onFocusRegion(e.currentTarget.matches(':focus-visible') ? props.region : null);
  };
  return (
    <label class="handmap-box">
      <input
        type="checkbox"
        aria-label={props.name}
        data-region={props.region}
        checked={props.checked}
        onChange={props.onToggle}
        onFocus={onFocus}
        onBlur={() => props.onFocusRegion(null)}
      />
    </label>
  );
}

/**
 * Every place of the drawing as a checkbox in a table: rows for the places, a column for each hand and side. It is
 * the map for keyboards and screen readers, and on a phone the way to mark a place with a target a finger can hit.
 */
function HandTable(props: {
  value: HandMapAnswer;
  onChange: (value: HandMapAnswer) => void;
  onFocusRegion: (region: string | null) => void;
}): JSX.Element {
  const { value, onChange, onFocusRegion } = props;
  const columns = SIDES.flatMap((side) => VIEWS.map((view) => ({ side, view })));
  const toggleHand = (side: Side, view: View, region: HandRegion): void => {
    const hand = value[side];
    onChange(withHand(value, side, { ...hand, [view]: toggled(hand?.[view], region, HAND_REGIONS) }));
  };
  const toggleArm = (side: Side, region: ArmRegion): void => {
    const hand = value[side];
    onChange(withHand(value, side, { ...hand, arm: toggled(hand?.arm, region, ARM_REGIONS) }));
  };
  return (
    <table class="handmap-table">
      <caption>{t('web.handTable')}</caption>
      <thead>
        <tr>
          <td />
          {SIDES.map((side) => (
            <th key={side} scope="colgroup" colSpan={2}>
              {t(SIDE_NAME[side])}
            </th>
          ))}
        </tr>
        <tr>
          <td />
          {columns.map(({ side, view }) => (
            <th key={`${side}-${view}`} scope="col" class="handmap-table-view">
              {t(view === 'palm' ? 'web.handPalmColumn' : 'web.handBackColumn')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {HAND_REGIONS.map((region) => (
          <tr key={region}>
            <th scope="row">{rowName(region)}</th>
            {columns.map(({ side, view }) => (
              <td key={`${side}-${view}`}>
                <TableBox
                  name={t('web.handBox', { side, view, place: handRegionName(region, view) })}
                  region={handKey(side, view, region)}
                  checked={value[side]?.[view]?.includes(region) ?? false}
                  onToggle={() => toggleHand(side, view, region)}
                  onFocusRegion={onFocusRegion}
                />
              </td>
            ))}
          </tr>
        ))}
        {ARM_REGIONS.map((region) => (
          <tr key={region} class={region === 'wrist' ? 'handmap-table-arm' : undefined}>
            <th scope="row">{placeLabel(region, t)}</th>
            {SIDES.map((side) => (
              <td key={side} colSpan={2}>
                <TableBox
                  name={t('web.armBox', { side, place: placeName(region, t) })}
                  region={armKey(side, region)}
                  checked={value[side]?.arm?.includes(region) ?? false}
                  onToggle={() => toggleArm(side, region)}
                  onFocusRegion={onFocusRegion}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HandMap(props: HandMapProps): JSX.Element {
  const { value, onChange } = props;
  const uid = useId();
  const [focused, setFocused] = useState<string | null>(null);
  const lines = SIDES.map((side) => describe(side, value[side])).filter((l): l is string => l !== null);
  return (
    <div class="handmap">
      <div class="handmap-views">
        {VIEWS.map((view) => {
          const hatch = `${uid}-hatch-${view}`;
          return (
            <figure class="handmap-view" key={view}>
              <figcaption class="handmap-view-title">
                <strong>{t(view === 'palm' ? 'web.handPalmTitle' : 'web.handBackTitle')}</strong>{' '}
                <span class="handmap-view-hint">
                  {t(view === 'palm' ? 'web.handPalmHint' : 'web.handBackHint')}
                </span>
              </figcaption>
              <svg
                class="handmap-svg"
                viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
                xmlns="http://www.w3.org/2000/svg"
                aria-hidden="true"
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
                    {t(SIDE_NAME[side])}
                  </text>
                ))}
                {SIDES.map((side) => (
                  <HandDrawing
                    key={side}
                    view={view}
                    side={side}
                    hand={value[side]}
                    hatch={hatch}
                    focused={focused}
                    onHand={(hand) => onChange(withHand(value, side, hand))}
                  />
                ))}
              </svg>
            </figure>
          );
        })}
      </div>
      <HandTable value={value} onChange={onChange} onFocusRegion={setFocused} />
      <div class="handmap-footer">
        <div class="handmap-summary" aria-live="polite">
          {lines.length === 0 ? <p>{t('web.handNothing')}</p> : lines.map((line) => <p key={line}>{line}</p>)}
        </div>
        <button type="button" class="handmap-clear" onClick={() => onChange({})}>
          {t('web.handClear')}
        </button>
      </div>
    </div>
  );
}
