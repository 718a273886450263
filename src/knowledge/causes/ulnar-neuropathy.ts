// Ulnar neuropathy: the ulnar ("funny bone") nerve pressed at the elbow (cubital tunnel) or at the wrist.
import type { Cause } from '../schema.ts';

export const ulnarNeuropathy: Cause = {
  id: 'ulnar_neuropathy',
  name: 'Ulnar nerve trapped at the elbow (cubital tunnel)',
  description:
    "The ulnar nerve, the 'funny bone' nerve, is pressed at the elbow or, less often, at the wrist. It causes numbness and tingling in the little finger and half of the ring finger, worse when the elbow stays bent for a long time (phone calls, leaning on the elbow, sleeping with bent arms) or with pressure on the heel of the hand, as on a bicycle. Over time it can weaken the small muscles of the hand.",
  prior: 0.06,
  priorBasis: 'estimate',
  likelihoods: {
    ulnar_fingers: { ifCause: 0.85, basis: 'estimate', sources: ['AAOS-CUBITAL', 'NHS-ULNAR'] },
    katz_classic_probable: { ifCause: 0.04, basis: 'estimate', sources: ['KATZ1990', 'AAOS-CUBITAL'] },
    // Bending the elbow narrows the cubital tunnel and flattens the ulnar nerve, and the pressure inside the nerve
    // rises above the pressure around it from 90° of flexion (Gelberman 1998, in cadavers).
    elbow_leaning: {
      ifCause: 0.45,
      basis: 'estimate',
      sources: ['AAOS-CUBITAL', 'NHS-ULNAR', 'GELBERMAN1998'],
    },
    phone_or_driving: { ifCause: 0.4, basis: 'estimate', sources: ['AAOS-CUBITAL', 'GELBERMAN1998'] },
    cycling: { ifCause: 0.12, basis: 'estimate', sources: ['CYCLIST-PALSY'] },
    night_waking: { ifCause: 0.4, basis: 'estimate', sources: ['AAOS-CUBITAL', 'NHS-ULNAR'] },
    elbow_flexion_positive: { ifCause: 0.55, basis: 'estimate', sources: ['BUEHLER1988', 'AAOS-CUBITAL'] },
    hand_weakness: { ifCause: 0.3, basis: 'estimate', sources: ['AAOS-CUBITAL'] },
    old_arm_injury: { ifCause: 0.15, basis: 'estimate', sources: ['AAOS-CUBITAL'] },
    both_hands: { ifCause: 0.15, basis: 'estimate', sources: ['AAOS-CUBITAL', 'NHS-ULNAR'] },
    lasting_over_2_weeks: { ifCause: 0.7, basis: 'estimate', sources: ['AAOS-CUBITAL'] },
    sex_male: { ifCause: 0.6, basis: 'estimate', sources: ['AAOS-CUBITAL'] },
  },
  urgency: [
    {
      // Like carpal tunnel syndrome: self-care first (no leaning on the elbow, elbow straighter at night); the
      // course rules send weakness, constant numbness or more than two weeks to a doctor.
      level: 'doctor',
      threshold: 0.85,
      text: 'Your answers fit pressure on the ulnar nerve. It is not an emergency: book a GP appointment, and go sooner if your hand is getting weak or clumsy, because weakness means the nerve is under real strain.',
      sources: ['AAOS-CUBITAL'],
    },
  ],
  tests: ['nerve_conduction', 'nerve_ultrasound'],
  specialists: ['gp', 'physiotherapist', 'hand_surgeon'],
  selfCare: [
    {
      id: 'ulnar_no_leaning',
      text: 'Avoid leaning on your elbow: not on the desk, the armrest or the car window. Pad hard armrests if you must rest on them.',
      sources: ['AAOS-CUBITAL', 'NHS-ULNAR'],
    },
    {
      id: 'ulnar_straighter_elbow',
      text: 'Keep the elbow straighter during the day: use a headset or speakerphone for calls and take breaks from holding a book, tablet or steering wheel with bent arms.',
      sources: ['AAOS-CUBITAL', 'GELBERMAN1998'],
    },
    {
      id: 'ulnar_night_position',
      text: 'At night, keep the elbow fairly straight. A towel wrapped loosely around the elbow, or an elbow pad worn back to front, stops it bending fully while you sleep.',
      sources: ['AAOS-CUBITAL', 'NHS-ULNAR'],
    },
    {
      id: 'ulnar_nerve_glides',
      text: 'Gentle nerve-gliding exercises may help the nerve move freely.',
      exercises: ['ulnar_nerve_glide'],
      sources: ['AAOS-CUBITAL', 'NHS-ULNAR'],
    },
    {
      id: 'ulnar_cycling',
      text: 'On a bicycle, change your hand position often, and use padded gloves and padded handlebar tape or grips.',
      sources: ['CYCLIST-PALSY'],
    },
    {
      id: 'ulnar_when_to_see_gp',
      text: 'See a GP if it lasts more than a few weeks, or sooner if you notice weakness, clumsiness, or the muscle between your thumb and index finger getting thinner.',
      sources: ['AAOS-CUBITAL'],
    },
  ],
  prevention: [
    {
      id: 'ulnar_breaks',
      text: 'During long desk work or phone calls, straighten your arms every so often, circle them and shake them out.',
      exercises: ['arm_hand_circles', 'hand_wrist_moves'],
      sources: ['SEED:treatment', 'AAOS-CUBITAL'],
    },
  ],
  sources: ['AAOS-CUBITAL', 'NHS-ULNAR', 'GELBERMAN1998'],
};
