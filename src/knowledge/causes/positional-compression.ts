// Positional compression: a nerve or vessel pressed for a while by posture, pressure or something tight.
import type { Cause } from '../schema.ts';

export const positionalCompression: Cause = {
  id: 'positional_compression',
  name: 'Pressure on a nerve from posture',
  description:
    'A nerve or blood vessel in the arm or hand is squeezed for a while: by sleeping on the arm, leaning on an elbow, holding the same position for a long time, or a tight watch, ring or sleeve. The numbness or pins and needles fade within minutes of moving. It is the most common reason for a numb hand, and it is harmless when it clears quickly.',
  prior: 0.3,
  priorBasis: 'estimate',
  likelihoods: {
    lying_on_arm: { ifCause: 0.5, basis: 'estimate', sources: ['SEED:top-5-causes', 'NHS-PINS'] },
    tight_items: { ifCause: 0.25, basis: 'estimate', sources: ['SEED:prevention', 'NHS-PINS'] },
    elbow_leaning: { ifCause: 0.22, basis: 'estimate', sources: ['AAOS-CUBITAL', 'NHS-ULNAR'] },
    keyboard_mouse: { ifCause: 0.35, basis: 'estimate', sources: ['SEED:causes'] },
    // The defining feature: it clears within minutes of moving (seed: "move your limb ... numbness goes away").
    resolves_on_moving: { ifCause: 0.8, basis: 'estimate', sources: ['SEED:causes', 'NHS-PINS'] },
    night_waking: { ifCause: 0.5, basis: 'estimate', sources: ['SEED:causes', 'SEED:top-5-causes'] },
    onset_sudden: { ifCause: 0.45, basis: 'estimate', sources: ['NHS-PINS'] },
    onset_gradual: { ifCause: 0.12, basis: 'estimate', sources: ['NHS-PINS'] },
    single_episode_passed: { ifCause: 0.25, basis: 'estimate', sources: ['NHS-PINS'] },
    // Pressure palsies are brief; numbness that is always there or keeps coming back for weeks needs another reason.
    constant: { ifCause: 0.04, basis: 'estimate', sources: ['SEED:causes', 'NHS-PINS'] },
    lasting_over_2_weeks: { ifCause: 0.3, basis: 'estimate', sources: ['SEED:causes', 'NHS-PINS'] },
    getting_worse: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-PINS'] },
    hand_weakness: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-PINS'] },
    both_hands: { ifCause: 0.2, basis: 'estimate', sources: ['NHS-PINS'] },
    arm_involved: { ifCause: 0.15, basis: 'estimate', sources: ['NHS-PINS'] },
    // Pressure on an arm nerve does not numb the leg; one-sided arm and leg numbness points to the brain.
    leg_numb_same_side: { ifCause: 0.015, basis: 'estimate', sources: ['DERMATOMES', 'ASA-FAST'] },
    feet_numb: { ifCause: 0.03, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    during_running: { ifCause: 0.03, basis: 'estimate', sources: ['SEED:running'] },
  },
  urgency: [],
  tests: [],
  specialists: ['gp'],
  selfCare: [
    {
      id: 'positional_move_and_shake',
      text: 'Change position, then gently move, stretch and shake the hand and arm. The feeling should come back within a few minutes.',
      exercises: ['hand_wrist_moves'],
      sources: ['SEED:causes', 'NHS-PINS'],
    },
    {
      id: 'positional_loosen',
      text: 'Take off or loosen anything tight on that arm: a watch, rings, bracelets, a tight sleeve or cuff.',
      sources: ['SEED:prevention', 'NHS-PINS'],
    },
    {
      id: 'positional_when_to_see_gp',
      text: 'See a GP if the numbness does not go away after you move, keeps coming back without a clear reason, or is getting worse.',
      sources: ['NHS-PINS', 'SEED:causes'],
    },
  ],
  prevention: [
    {
      id: 'positional_sleep_position',
      text: 'Sleep with your arms by your sides or in front of you, not under the pillow or your body, not hanging over the edge of the bed or sofa, and not with the elbows tightly bent.',
      sources: ['SEED:top-5-causes', 'AAOS-CUBITAL'],
    },
    {
      id: 'positional_pillow',
      text: 'Choose a pillow that keeps your neck in line with your spine. If your pillow is so high that your neck bends, try a lower or shaped (orthopaedic) one.',
      sources: ['SEED:prevention', 'SEED:causes'],
    },
    {
      id: 'positional_jewellery_at_night',
      text: 'Take off rings, bracelets and tight watches at night, and avoid pyjamas with tight sleeves or cuffs.',
      sources: ['SEED:prevention'],
    },
    {
      id: 'positional_desk_breaks',
      text: 'When working at a desk or computer, take a short break about every hour: stand up, drop and roll your shoulders, and circle your arms and hands. A few flights of stairs or a short walk is even better.',
      exercises: ['arm_hand_circles', 'hand_wrist_moves', 'shoulder_drops', 'stair_break'],
      sources: ['SEED:treatment', 'SEED:prevention'],
    },
    {
      id: 'positional_elbow_and_phone',
      text: 'Avoid leaning on your elbows for long, and use a headset or speakerphone for long calls instead of holding the phone to your ear.',
      sources: ['AAOS-CUBITAL', 'NHS-ULNAR'],
    },
  ],
  sources: ['SEED:causes', 'SEED:top-5-causes', 'SEED:prevention', 'NHS-PINS', 'AAOS-CUBITAL'],
};
