// Carpal tunnel syndrome: the median nerve squeezed in the tunnel at the front of the wrist.
import type { Cause } from '../schema.ts';

export const carpalTunnel: Cause = {
  id: 'carpal_tunnel',
  name: 'Carpal tunnel syndrome',
  description:
    'The median nerve is squeezed where it passes through a narrow tunnel at the wrist. It causes tingling, numbness or pain in the thumb, index and middle fingers and half of the ring finger, often waking you at night and eased by shaking the hand. It is common, especially in women, in pregnancy and with repetitive gripping or wrist work, and it often gets better with a wrist splint at night and changes in how you use the hand.',
  prior: 0.2,
  priorBasis: 'estimate',
  likelihoods: {
    // Katz & Stirrat 1990: classic or probable hand diagram, sensitivity 80 %, specificity 90 %.
    katz_classic_probable: { ifCause: 0.8, ifNot: 0.1, basis: 'study', sources: ['KATZ1990'] },
    // The Katz ratings exclude each other, but the engine weighs each finding on its own. With 0.45 against the
    // base rate 0.2, the three outcomes keep their order: classic/probable ×5.5, possible ×0.5, unlikely ×0.15.
    katz_possible: { ifCause: 0.45, basis: 'estimate', sources: ['KATZ1990'] },
    ulnar_fingers: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-CTS', 'KATZ1990'] },
    // All five fingers on the palm side rates "classic" on the Katz diagram, and whole-hand numbness is common from
    // every cause here. This low number is a correction for that overlap, not a claim that few people with carpal
    // tunnel syndrome feel it in every finger: a whole numb hand nets about ×1.5, thumb-to-middle alone about ×7.
    all_fingers: { ifCause: 0.08, basis: 'estimate', sources: ['KATZ1990', 'NHS-CTS'] },
    // CTS-6 item 2 (nocturnal numbness, 4 points). CTS-6 gives item weights, not per-item specificity: estimate.
    night_waking: { ifCause: 0.75, basis: 'estimate', sources: ['CTS6', 'NHS-CTS'] },
    // CTS-6 items 4 and 6 (Phalen 5 points, Tinel 4 points), here as self-tests and so weighed less than when
    // an examiner does them.
    phalen_positive: { ifCause: 0.6, basis: 'estimate', sources: ['CTS6'] },
    tinel_wrist_positive: { ifCause: 0.5, basis: 'estimate', sources: ['CTS6'] },
    keyboard_mouse: { ifCause: 0.35, basis: 'estimate', sources: ['SEED:top-5-causes', 'NHS-CTS'] },
    phone_or_driving: { ifCause: 0.45, basis: 'estimate', sources: ['NHS-CTS'] },
    gripping_tools: { ifCause: 0.25, basis: 'estimate', sources: ['NHS-CTS', 'NICE-CKS-CTS'] },
    pregnancy: { ifCause: 0.08, basis: 'estimate', sources: ['NHS-CTS'] },
    diabetes: { ifCause: 0.12, basis: 'estimate', sources: ['NHS-CTS', 'NICE-CKS-CTS'] },
    sex_female: { ifCause: 0.7, basis: 'estimate', sources: ['NHS-CTS', 'NICE-CKS-CTS'] },
    // Shaking or flicking the hand relieves carpal tunnel symptoms too, so this does not point only to posture.
    resolves_on_moving: { ifCause: 0.45, basis: 'estimate', sources: ['NHS-CTS'] },
    hand_weakness: { ifCause: 0.2, basis: 'estimate', sources: ['CTS6', 'NHS-CTS'] },
    onset_gradual: { ifCause: 0.55, basis: 'estimate', sources: ['NHS-CTS'] },
    onset_sudden: { ifCause: 0.12, basis: 'estimate', sources: ['NHS-CTS'] },
    lasting_over_2_weeks: { ifCause: 0.75, basis: 'estimate', sources: ['NHS-CTS'] },
    single_episode_passed: { ifCause: 0.03, basis: 'estimate', sources: ['NHS-CTS'] },
    age_under_30: { ifCause: 0.08, basis: 'estimate', sources: ['NICE-CKS-CTS'] },
    feet_numb: { ifCause: 0.04, basis: 'estimate', sources: ['NHS-CTS', 'NHS-NEUROPATHY'] },
    leg_numb_same_side: { ifCause: 0.015, basis: 'estimate', sources: ['NHS-CTS', 'ASA-FAST'] },
  },
  urgency: [
    {
      // NHS: self-care first; a doctor when it persists, wakes you or weakens the thumb (the triage rules handle
      // those). Only a near-certain picture on its own is reason enough to book.
      level: 'doctor',
      threshold: 0.85,
      text: 'Your answers fit carpal tunnel syndrome very well. It is not dangerous, but book a GP appointment: a doctor can confirm it and offer a splint, a steroid injection or, if needed, a small operation before the nerve is damaged.',
      sources: ['NHS-CTS', 'NICE-CKS-CTS'],
    },
  ],
  tests: ['nerve_conduction', 'nerve_ultrasound'],
  specialists: ['gp', 'physiotherapist', 'hand_surgeon'],
  selfCare: [
    {
      id: 'cts_night_splint',
      text: 'Wear a wrist splint at night that holds the wrist straight, neither bent up nor down. Pharmacies sell them and a pharmacist can help you choose one.',
      sources: ['NHS-CTS'],
    },
    {
      id: 'cts_rest_from_triggers',
      text: 'Take regular breaks from whatever brings it on (typing, gripping tools, holding a phone or steering wheel), loosen your grip, and avoid bending the wrist a long way for long periods.',
      sources: ['NHS-CTS'],
    },
    {
      id: 'cts_exercises',
      text: 'Gentle hand and wrist exercises, including nerve-gliding exercises, may ease the symptoms.',
      exercises: ['median_nerve_glide', 'hand_wrist_moves'],
      sources: ['NHS-CTS'],
    },
    {
      id: 'cts_shake_out',
      text: 'When the tingling comes, shaking or moving the hand often brings the feeling back.',
      exercises: ['hand_wrist_moves'],
      sources: ['NHS-CTS', 'SEED:causes'],
    },
    {
      id: 'cts_pregnancy',
      text: 'In pregnancy carpal tunnel syndrome is common and usually goes away after the birth. A night splint helps meanwhile; mention it at your antenatal appointment.',
      sources: ['NHS-CTS'],
    },
    {
      id: 'cts_when_to_see_gp',
      text: 'See a GP if it has not improved after a few weeks of self-care, if it keeps waking you or is there all the time, or if your thumb feels weak or you keep dropping things.',
      sources: ['NHS-CTS'],
    },
  ],
  prevention: [
    {
      id: 'cts_hourly_breaks',
      text: 'At the computer or in repetitive hand work, stop for a minute about every hour: stretch, rotate the wrists and circle the arms and hands.',
      exercises: ['hand_wrist_moves', 'arm_hand_circles', 'stair_break'],
      sources: ['SEED:treatment', 'SEED:prevention'],
    },
    {
      id: 'cts_neutral_wrist',
      text: 'Set up the keyboard and mouse so that your wrists stay roughly straight, and use a lighter grip on tools, pens and the phone.',
      sources: ['SEED:top-5-causes', 'NHS-CTS'],
    },
  ],
  sources: ['NHS-CTS', 'NICE-CKS-CTS', 'KATZ1990', 'CTS6', 'BCTQ', 'SEED:top-5-causes'],
};
