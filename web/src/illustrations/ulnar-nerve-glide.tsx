import type { JSX } from 'preact';
import { Arrow, Art, armDown, Bust, Limb, Panel } from './parts.tsx';

/** The OK sign, then the "mask": elbow out, the ring of thumb and index finger brought to the eye. */
export function UlnarNerveGlide(props: { title: string }): JSX.Element {
  return (
    <Art title={props.title} panels={2}>
      <Panel i={0} n={1}>
        <Limb
          p={[
            [60, 124],
            [60, 92],
          ]}
        />
        <g transform="translate(60 92)">
          <Limb
            p={[
              [-2, -20],
              [-1, -44],
            ]}
            thin
          />
          <Limb
            p={[
              [3, -19],
              [7, -42],
            ]}
            thin
          />
          <Limb
            p={[
              [7, -16],
              [14, -36],
            ]}
            thin
          />
          <circle class="illustration-finger-out" cx="-13" cy="-30" r="8" />
          <circle class="illustration-finger-in" cx="-13" cy="-30" r="8" />
          <path class="illustration-skin" d="M-7 0L-11 -12Q-11 -22 0 -22Q11 -22 11 -14L7 0Z" />
        </g>
      </Panel>
      <Panel i={1} n={2}>
        <Limb
          p={[
            [44, 63],
            [12, 56],
          ]}
        />
        <Bust />
        <Limb p={armDown(-1)} hand />
        <Limb
          p={[
            [12, 56],
            [34, 22],
          ]}
        />
        <Limb
          p={[
            [45, 32],
            [47, 48],
          ]}
          thin
        />
        <Limb
          p={[
            [41, 31],
            [41, 46],
          ]}
          thin
        />
        <Limb
          p={[
            [37, 29],
            [36, 43],
          ]}
          thin
        />
        <path class="illustration-skin" d="M30 22Q34 14 44 17L50 24L47 34Q38 36 33 31Z" />
        <circle class="illustration-finger-out" cx="55" cy="27" r="7.5" />
        <circle class="illustration-finger-in" cx="55" cy="27" r="7.5" />
        <Arrow a={[10, 90]} b={[10, 70]} />
      </Panel>
    </Art>
  );
}
