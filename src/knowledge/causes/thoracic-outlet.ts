// Thoracic outlet syndrome: nerves or vessels to the arm pressed between the collarbone and the first rib.
import type { Cause } from '../schema.ts';

export const thoracicOutlet: Cause = {
  id: 'thoracic_outlet',
  name: 'Thoracic outlet syndrome (collarbone pressure)',
  description:
    'The nerves and blood vessels to the arm pass through a narrow gap between the collarbone and the first rib. Working with the arms above the head, a slumped posture, or heavy bags and backpack straps can press on them, causing tingling, numbness, aching and a heavy, tired arm, often on the little-finger side of the hand. Rarely, pressure on a vein makes the whole arm swell suddenly, which needs a doctor the same day.',
  prior: 0.02,
  priorBasis: 'estimate',
  likelihoods: {
    arms_overhead: { ifCause: 0.55, basis: 'estimate', sources: ['TOS-JONES2019'] },
    arms_overhead_positive: { ifCause: 0.6, basis: 'estimate', sources: ['TOS-CHANG2021', 'TOS-JONES2019'] },
    // Backpack palsy (Mäkelä 2006): heavy pack straps compress the brachial plexus; it cites earlier data that
    // pack frames with waist belts cut it from 1.17 to 0.157 per 1000. Backpack palsy is not thoracic outlet syndrome.
    heavy_straps: { ifCause: 0.3, basis: 'estimate', sources: ['BACKPACK-PALSY'] },
    arm_heaviness_aching: { ifCause: 0.6, basis: 'estimate', sources: ['TOS-JONES2019', 'TOS-CHANG2021'] },
    arm_involved: { ifCause: 0.7, basis: 'estimate', sources: ['TOS-JONES2019'] },
    ulnar_fingers: { ifCause: 0.3, basis: 'estimate', sources: ['TOS-JONES2019', 'DERMATOMES'] },
    neck_pain: { ifCause: 0.35, basis: 'estimate', sources: ['TOS-JONES2019'] },
    resolves_on_moving: { ifCause: 0.5, basis: 'estimate', sources: ['TOS-JONES2019'] },
    colour_change: { ifCause: 0.1, basis: 'estimate', sources: ['TOS-JONES2019', 'UTH-TOS'] },
    sudden_arm_swelling: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-DVT', 'TOS-JONES2019'] },
    both_hands: { ifCause: 0.2, basis: 'estimate', sources: ['TOS-JONES2019'] },
  },
  urgency: [
    {
      level: 'doctor',
      threshold: 0.5,
      text: 'Your answers fit thoracic outlet syndrome. Book a GP appointment. Get help the same day if the whole arm suddenly swells, or the hand turns pale, blue or cold.',
      sources: ['TOS-JONES2019', 'NHS-DVT'],
    },
  ],
  tests: ['vascular_ultrasound', 'nerve_conduction', 'cervical_spine_imaging'],
  specialists: ['gp', 'physiotherapist', 'vascular_surgeon'],
  selfCare: [
    {
      id: 'tos_arms_down',
      text: 'Limit work with your arms above shoulder height. Take frequent breaks to lower the arms, drop the shoulders and shake the arms out.',
      exercises: ['shoulder_drops'],
      sources: ['TOS-JONES2019'],
    },
    {
      id: 'tos_physiotherapy',
      text: 'Posture and shoulder exercises, usually taught by a physiotherapist, are the first treatment and help most people.',
      exercises: ['shoulder_drops', 'neck_tilts'],
      sources: ['TOS-JONES2019', 'TOS-CHANG2021'],
    },
    {
      id: 'tos_urgent_signs',
      text: 'Get help the same day if the whole arm suddenly swells or turns blue, or the hand becomes pale, cold and painful.',
      sources: ['NHS-DVT', 'TOS-JONES2019'],
    },
  ],
  prevention: [
    {
      id: 'tos_carry_less',
      text: 'Carry less weight on your shoulders: use both straps of a backpack, and choose one with a hip belt that takes the load; loosen straps that dig in.',
      sources: ['BACKPACK-PALSY'],
    },
  ],
  sources: ['TOS-JONES2019', 'TOS-CHANG2021', 'UTH-TOS', 'BACKPACK-PALSY'],
};
