// Cervical myelopathy: the spinal cord itself pressed in the neck, usually by wear and tear.
import type { Cause } from '../schema.ts';

export const cervicalMyelopathy: Cause = {
  id: 'cervical_myelopathy',
  name: 'Spinal cord pressed in the neck (myelopathy)',
  description:
    'Wear and tear in the neck can narrow the spinal canal and press on the spinal cord itself, not just on one nerve. It typically causes numb, clumsy hands on both sides (trouble with buttons, writing, dropping things) and unsteady or stiff walking, sometimes with bladder changes. It is uncommon, but it matters to find it early, because pressure on the cord can cause lasting damage.',
  prior: 0.01,
  priorBasis: 'estimate',
  // The danger score counts every raising finding, so the non-specific ones (both hands, age, a slow course) are
  // kept mild: together they reach "doctor", and "urgent" needs a cord sign (clumsy hands, gait, bladder, Lhermitte).
  likelihoods: {
    both_hands_clumsy: { ifCause: 0.6, basis: 'estimate', sources: ['DCM-BMJ2018', 'AAOS-CSM'] },
    gait_trouble: { ifCause: 0.45, basis: 'estimate', sources: ['DCM-BMJ2018', 'AAOS-CSM'] },
    bladder_bowel: { ifCause: 0.1, basis: 'estimate', sources: ['DCM-BMJ2018'] },
    lhermitte: { ifCause: 0.12, basis: 'estimate', sources: ['DCM-BMJ2018'] },
    both_hands: { ifCause: 0.7, basis: 'estimate', sources: ['DCM-BMJ2018'] },
    hand_weakness: { ifCause: 0.3, basis: 'estimate', sources: ['DCM-BMJ2018', 'AAOS-CSM'] },
    neck_pain: { ifCause: 0.35, basis: 'estimate', sources: ['DCM-BMJ2018', 'AAOS-CSM'] },
    age_50_plus: { ifCause: 0.7, basis: 'estimate', sources: ['DCM-BMJ2018'] },
    age_under_30: { ifCause: 0.04, basis: 'estimate', sources: ['DCM-BMJ2018'] },
    onset_gradual: { ifCause: 0.5, basis: 'estimate', sources: ['DCM-BMJ2018'] },
    lasting_over_2_weeks: { ifCause: 0.7, basis: 'estimate', sources: ['DCM-BMJ2018'] },
    resolves_on_moving: { ifCause: 0.12, basis: 'estimate', sources: ['DCM-BMJ2018'] },
  },
  urgency: [
    {
      level: 'urgent',
      threshold: 0.3,
      text: 'Your answers could fit pressure on the spinal cord in the neck. Please see a doctor today (an urgent GP appointment or urgent care). It needs a prompt examination and usually an MRI scan, because early treatment protects the cord.',
      sources: ['DCM-BMJ2018', 'NICE-CKS-RAD'],
    },
    {
      level: 'doctor',
      threshold: 0.15,
      text: 'Some of your answers could fit pressure on the spinal cord in the neck. Book a GP appointment and describe how both hands and your walking feel.',
      sources: ['DCM-BMJ2018'],
    },
  ],
  tests: ['cervical_spine_imaging', 'nerve_conduction', 'vitamin_b12_folate'],
  specialists: ['gp', 'neurologist', 'spinal_surgeon'],
  selfCare: [
    {
      id: 'myelopathy_see_doctor',
      text: 'Do not wait for it to pass. See a doctor promptly and describe both your hands and your walking, and any change in your bladder or bowel.',
      sources: ['DCM-BMJ2018', 'AAOS-CSM'],
    },
    {
      id: 'myelopathy_emergency_signs',
      text: 'Call your emergency number if you suddenly cannot walk, lose control of your bladder or bowel, or weakness spreads quickly.',
      sources: ['DCM-BMJ2018', 'AAOS-CSM'],
    },
    {
      id: 'myelopathy_falls',
      text: 'Until you have been examined, take extra care on stairs and uneven ground: unsteady legs make falls more likely.',
      sources: ['DCM-BMJ2018'],
    },
  ],
  prevention: [],
  sources: ['DCM-BMJ2018', 'AAOS-CSM', 'NICE-CKS-RAD'],
};
