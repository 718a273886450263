// An infection or a growth in the spine of the neck, pressing on nerve roots or the spinal cord.
import type { Cause } from '../schema.ts';

export const spinalInfectionOrTumour: Cause = {
  id: 'spinal_infection_or_tumour',
  name: 'Infection or growth in the spine of the neck',
  description:
    'Rarely, neck pain with numbness comes from an infection of the spine (more likely with a fever, injecting drugs or a weakened immune system) or a growth in it (more likely with cancer now or in the past, or weight loss). Either can press on nerve roots or the spinal cord and cause weakness. It needs a doctor the same day, and trouble walking or with the bladder is an emergency.',
  prior: 0.002,
  priorBasis: 'estimate',
  likelihoods: {
    neck_pain: { ifCause: 0.9, basis: 'estimate', sources: ['CKS-NECK'] },
    cancer_history: { ifCause: 0.5, basis: 'estimate', sources: ['CKS-NECK'] },
    // Pain that is worse at night or lying down is one of the red flags of neck pain (NICE CKS).
    night_waking: { ifCause: 0.5, basis: 'estimate', sources: ['CKS-NECK'] },
    fever: { ifCause: 0.3, basis: 'estimate', sources: ['CKS-NECK'] },
    iv_drug_use: { ifCause: 0.1, basis: 'estimate', sources: ['CKS-NECK'] },
    weight_loss: { ifCause: 0.3, basis: 'estimate', sources: ['CKS-NECK'] },
    immunosuppressed: { ifCause: 0.15, basis: 'estimate', sources: ['CKS-NECK'] },
    getting_worse: { ifCause: 0.6, basis: 'estimate', sources: ['CKS-NECK'] },
    constant: { ifCause: 0.7, basis: 'estimate', sources: ['CKS-NECK'] },
    hand_weakness: { ifCause: 0.35, basis: 'estimate', sources: ['CKS-NECK'] },
    age_50_plus: { ifCause: 0.6, basis: 'estimate', sources: ['CKS-NECK'] },
    resolves_on_moving: { ifCause: 0.05, basis: 'estimate', sources: ['CKS-NECK'] },
  },
  urgency: [
    {
      level: 'urgent',
      threshold: 0.2,
      text: 'Neck pain with numbness and your history need a doctor today, to rule out an infection or a growth in the spine.',
      sources: ['CKS-NECK'],
    },
  ],
  tests: ['cervical_spine_imaging', 'inflammation_blood_tests', 'full_blood_count'],
  specialists: ['gp', 'spinal_surgeon'],
  selfCare: [
    {
      id: 'spine_red_flag_watch',
      text: 'Call your emergency number if you get weaker, cannot walk steadily, or have trouble with your bladder or bowel while you wait to be seen.',
      sources: ['CKS-NECK'],
    },
  ],
  prevention: [],
  sources: ['CKS-NECK'],
};
