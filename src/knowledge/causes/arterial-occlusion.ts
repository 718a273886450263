// Acute limb ischaemia: an artery of the arm blocked, usually by a clot thrown from the heart.
import type { Cause } from '../schema.ts';

export const arterialOcclusion: Cause = {
  id: 'arterial_occlusion',
  name: 'Blocked artery in the arm (acute limb ischaemia)',
  description:
    'A clot, most often thrown from the heart in atrial fibrillation, can block an artery of the arm. The hand or arm suddenly turns pale or white, cold and painful, then numb and weak, and the pulse at the wrist is lost. No injury is needed. It is an emergency: the hand can be saved only within hours, and warming or rubbing it does not help.',
  // Rare among people who look up hand numbness; its own sign carries it (ESVS: the "6 Ps").
  prior: 0.002,
  priorBasis: 'estimate',
  likelihoods: {
    pale_cold_painful_limb: { ifCause: 0.9, basis: 'estimate', sources: ['ESVS-ALI-2020'] },
    onset_sudden: { ifCause: 0.85, basis: 'estimate', sources: ['ESVS-ALI-2020'] },
    constant: { ifCause: 0.8, basis: 'estimate', sources: ['ESVS-ALI-2020'] },
    hand_weakness: { ifCause: 0.4, basis: 'estimate', sources: ['ESVS-ALI-2020'] },
    atrial_fibrillation: { ifCause: 0.5, basis: 'estimate', sources: ['ESVS-ALI-2020'] },
    heart_disease: { ifCause: 0.3, basis: 'estimate', sources: ['ESVS-ALI-2020'] },
    age_65_plus: { ifCause: 0.6, basis: 'estimate', sources: ['ESVS-ALI-2020'] },
    both_hands: { ifCause: 0.03, basis: 'estimate', sources: ['ESVS-ALI-2020'] },
    resolves_on_moving: { ifCause: 0.03, basis: 'estimate', sources: ['ESVS-ALI-2020'] },
    cold_trigger: { ifCause: 0.05, basis: 'estimate', sources: ['ESVS-ALI-2020', 'NHS-RAYNAUD'] },
  },
  urgency: [
    {
      level: 'emergency',
      threshold: 0.2,
      text: 'Your answers could fit a blocked artery in the arm. Call your emergency number now; do not warm or rub the hand.',
      sources: ['ESVS-ALI-2020'],
    },
  ],
  tests: ['vascular_ultrasound', 'ct_angiography', 'ecg_troponin'],
  specialists: ['emergency_department', 'vascular_surgeon'],
  selfCare: [],
  prevention: [
    {
      id: 'artery_af_treatment',
      text: 'If you have atrial fibrillation, take the blood thinner your doctor prescribed every day: it prevents the clots that block arteries.',
      sources: ['ESVS-ALI-2020', 'NHS-STROKE'],
    },
  ],
  sources: ['ESVS-ALI-2020'],
};
