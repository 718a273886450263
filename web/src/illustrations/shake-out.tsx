import type { JSX } from 'preact';
import { Arrow, Art, Buzz, Ghost, Head, Limb, Panel, type Pt } from './parts.tsx';

const BENT: readonly Pt[] = [
  [58, 44],
  [52, 64],
  [72, 66],
];
const DOWN: readonly Pt[] = [
  [58, 44],
  [66, 64],
  [74, 82],
];

/** Arms dropped and shaken loose, then back up, elbows at about 90 degrees. */
export function ShakeOut(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={2}>
      {[true, false].map((down, i) => (
        <Panel key={String(down)} i={i} n={i + 1}>
          <Ghost p={down ? BENT : DOWN} />
          <Limb
            p={[
              [54, 72],
              [48, 94],
              [40, 114],
            ]}
          />
          <Limb
            p={[
              [54, 72],
              [58, 44],
            ]}
            trunk
          />
          <Limb
            p={[
              [54, 72],
              [60, 94],
              [62, 116],
            ]}
          />
          <Head x={61} y={28} side />
          <Limb p={down ? DOWN : BENT} hand />
          {down ? (
            <>
              <Buzz x={74} y={82} r={10} at={[-30, 20, 70, 110]} />
              <Arrow a={[100, 52]} b={[100, 78]} />
            </>
          ) : (
            <Arrow a={[96, 92]} c={[100, 72]} b={[86, 62]} />
          )}
        </Panel>
      ))}
    </Art>
  );
}
