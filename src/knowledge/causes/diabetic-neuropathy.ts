// Diabetic neuropathy: nerve damage from diabetes, known or not yet diagnosed, starting in the feet.
import type { Cause } from '../schema.ts';

export const diabeticNeuropathy: Cause = {
  id: 'diabetic_neuropathy',
  name: 'Nerve damage from diabetes (diabetic neuropathy)',
  description:
    "Years of high blood sugar can damage the small nerves, starting in the toes and feet and later reaching the fingers and hands on both sides, in a 'glove and stocking' pattern. It causes numbness, tingling or burning pain, often worse at night. It can be the first sign of diabetes that has not been diagnosed yet, especially together with thirst, passing a lot of urine or losing weight.",
  prior: 0.04,
  priorBasis: 'estimate',
  likelihoods: {
    // 0.9 rather than higher leaves room for diabetes not yet diagnosed, which thirst and urination pick up.
    diabetes: { ifCause: 0.9, basis: 'estimate', sources: ['NHS-NEUROPATHY', 'MNSI'] },
    thirst_urination: { ifCause: 0.15, basis: 'estimate', sources: ['NHS-DIABETES'] },
    // The feet go first; hands alone, with no feet, argue strongly against it.
    feet_numb: { ifCause: 0.9, basis: 'estimate', sources: ['MNSI', 'NHS-NEUROPATHY'] },
    burning_pain: { ifCause: 0.4, basis: 'estimate', sources: ['NHS-NEUROPATHY', 'MNSI'] },
    both_hands: { ifCause: 0.8, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    all_fingers: { ifCause: 0.5, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    night_waking: { ifCause: 0.5, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    onset_gradual: { ifCause: 0.7, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    onset_sudden: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    constant: { ifCause: 0.45, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    resolves_on_moving: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    lasting_over_2_weeks: { ifCause: 0.9, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    age_50_plus: { ifCause: 0.65, basis: 'estimate', sources: ['NHS-DIABETES'] },
    age_under_30: { ifCause: 0.03, basis: 'estimate', sources: ['NHS-DIABETES'] },
  },
  urgency: [
    {
      level: 'doctor',
      threshold: 0.5,
      text: "Your answers fit nerve damage from diabetes, or diabetes that hasn't been found yet. Book a GP appointment: a blood test checks your sugar levels, and good control and foot care protect the nerves.",
      sources: ['NHS-NEUROPATHY', 'NHS-DIABETES'],
    },
  ],
  tests: ['blood_glucose_hba1c', 'foot_sensation_check', 'vitamin_b12_folate', 'nerve_conduction'],
  specialists: ['gp', 'diabetes_team'],
  selfCare: [
    {
      id: 'diabetic_sugar_review',
      text: 'If you have diabetes, ask for a review: keeping your blood sugar in its target range is the main way to stop nerve damage from getting worse.',
      sources: ['NHS-NEUROPATHY'],
    },
    {
      id: 'diabetic_foot_care',
      text: 'Check your feet every day for cuts, blisters or sores you may not feel, wear well-fitting shoes, and have your feet checked at least once a year.',
      sources: ['NHS-NEUROPATHY', 'MNSI'],
    },
    {
      id: 'diabetic_burns',
      text: 'Numb skin does not warn you of heat: check bath and washing-up water with a thermometer or with a part of the body that feels normally.',
      sources: ['NHS-NEUROPATHY'],
    },
    {
      id: 'diabetic_undiagnosed',
      text: 'If you have not been told you have diabetes but you are very thirsty, pass urine often or are losing weight without trying, see a GP soon for a blood test.',
      sources: ['NHS-DIABETES'],
    },
    {
      id: 'diabetic_metformin_b12',
      text: 'If you take metformin, ask your doctor to check your vitamin B12 too: metformin can lower it, and a lack of B12 also causes pins and needles.',
      sources: ['MHRA-2022'],
    },
  ],
  prevention: [
    {
      id: 'diabetic_healthy_life',
      text: 'Eat healthily, stay active, do not smoke and keep alcohol within 14 units a week: this helps control blood sugar and protects the nerves and blood vessels.',
      sources: ['NHS-NEUROPATHY', 'NHS-DIABETES', 'SEED:treatment'],
    },
  ],
  sources: ['NHS-NEUROPATHY', 'NHS-DIABETES', 'MNSI', 'SEED:top-5-causes'],
};
