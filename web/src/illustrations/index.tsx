import type { JSX } from 'preact';
import { ArmHandCircles } from './arm-hand-circles.tsx';
import { ArmsOverheadTest } from './arms-overhead-test.tsx';
import { ElbowFlexionTest } from './elbow-flexion-test.tsx';
import { ExpanderSqueezes } from './expander-squeezes.tsx';
import { HandWristMoves } from './hand-wrist-moves.tsx';
import { MedianNerveGlide } from './median-nerve-glide.tsx';
import { NeckTilts } from './neck-tilts.tsx';
import { PhalenTest } from './phalen-test.tsx';
import { ShakeOut } from './shake-out.tsx';
import { ShoulderDrops } from './shoulder-drops.tsx';
import { SlowBreathing } from './slow-breathing.tsx';
import { StairBreak } from './stair-break.tsx';
import { TinelTest } from './tinel-test.tsx';
import { UlnarNerveGlide } from './ulnar-nerve-glide.tsx';

type Drawing = (props: { title: string }) => JSX.Element;

/** Exercise ids (src/knowledge/exercises.ts) and self-test question ids (src/knowledge/questions.ts) → drawing. */
const DRAWINGS: Record<string, Drawing> = {
  hand_wrist_moves: HandWristMoves,
  neck_tilts: NeckTilts,
  shoulder_drops: ShoulderDrops,
  arm_hand_circles: ArmHandCircles,
  stair_break: StairBreak,
  expander_squeezes: ExpanderSqueezes,
  median_nerve_glide: MedianNerveGlide,
  ulnar_nerve_glide: UlnarNerveGlide,
  shake_out: ShakeOut,
  slow_breathing: SlowBreathing,
  phalen_test: PhalenTest,
  tinel_test: TinelTest,
  elbow_flexion_test: ElbowFlexionTest,
  arms_overhead_test: ArmsOverheadTest,
};

/** The drawing for an exercise or self-test, as an `<svg role="img">` named by `title`; null for an unknown id. */
export function Illustration(props: { id: string; title: string }): JSX.Element | null {
  const Drawing = Object.hasOwn(DRAWINGS, props.id) ? DRAWINGS[props.id] : undefined;
  return Drawing ? <Drawing title={props.title} /> : null;
}
