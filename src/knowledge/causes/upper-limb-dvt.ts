// Upper-limb deep vein thrombosis: a clot in a deep vein of the arm.
import type { Cause } from '../schema.ts';

export const upperLimbDvt: Cause = {
  id: 'upper_limb_dvt',
  name: 'Blood clot in an arm vein (deep vein thrombosis)',
  description:
    'A clot can form in a deep vein of the arm, after a central line or pacemaker wire, with cancer, or after hard repeated overhead work that squeezes the vein behind the collarbone. The arm swells, aches or feels heavy and tight, turns purple or bluish, and the veins of the shoulder and chest can stand out; the hand may tingle. It needs a doctor the same day, and breathlessness or chest pain with it is an emergency: part of the clot may have reached the lungs.',
  prior: 0.003,
  priorBasis: 'estimate',
  likelihoods: {
    sudden_arm_swelling: { ifCause: 0.85, basis: 'estimate', sources: ['NHS-DVT'] },
    arm_heaviness_aching: { ifCause: 0.6, basis: 'estimate', sources: ['NHS-DVT'] },
    hand_swelling: { ifCause: 0.5, basis: 'estimate', sources: ['NHS-DVT'] },
    colour_change: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-DVT'] },
    arm_involved: { ifCause: 0.7, basis: 'estimate', sources: ['NHS-DVT'] },
    arms_overhead: { ifCause: 0.2, basis: 'estimate', sources: ['NHS-DVT', 'TOS-JONES2019'] },
    cancer_history: { ifCause: 0.2, basis: 'estimate', sources: ['NHS-DVT'] },
    breathless: { ifCause: 0.15, basis: 'estimate', sources: ['NHS-DVT'] },
    both_hands: { ifCause: 0.03, basis: 'estimate', sources: ['NHS-DVT'] },
    resolves_on_moving: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-DVT'] },
  },
  urgency: [
    {
      level: 'urgent',
      threshold: 0.2,
      text: 'Your answers could fit a blood clot in an arm vein. See a doctor today; call your emergency number if you get breathless or chest pain.',
      sources: ['NHS-DVT'],
    },
  ],
  tests: ['vascular_ultrasound', 'd_dimer'],
  specialists: ['emergency_department', 'gp'],
  selfCare: [
    {
      id: 'dvt_breathless_call',
      text: 'If you become breathless, cough up blood or get chest pain, call your emergency number at once.',
      sources: ['NHS-DVT'],
    },
  ],
  prevention: [],
  sources: ['NHS-DVT'],
};
