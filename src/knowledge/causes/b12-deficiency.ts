// Vitamin B12 (and B-group) deficiency: nerves damaged by too little vitamin B12 or folate.
import type { Cause } from '../schema.ts';

export const b12Deficiency: Cause = {
  id: 'b12_deficiency',
  name: 'Lack of vitamin B12 (or other B vitamins)',
  description:
    "Vitamin B12 keeps nerves and blood healthy. It can run low with a vegan or strict vegetarian diet, after stomach or bowel surgery, with Crohn's or coeliac disease, in older age, or with long use of metformin or stomach-acid medicines. Pins and needles in the hands and feet can be an early sign, with tiredness, a sore red tongue or pale skin; found early it is easy to treat, but left alone it can damage nerves for good.",
  prior: 0.03,
  priorBasis: 'estimate',
  likelihoods: {
    gastric_surgery: { ifCause: 0.15, basis: 'estimate', sources: ['BMJBP-B12'] },
    vegan_diet: { ifCause: 0.2, basis: 'estimate', sources: ['BMJBP-B12', 'NHS-B12'] },
    // MHRA 2022: B12 deficiency affects up to 1 in 10 people taking metformin.
    metformin: { ifCause: 0.2, basis: 'estimate', sources: ['MHRA-2022', 'BMJBP-B12'] },
    acid_medicine: { ifCause: 0.25, basis: 'estimate', sources: ['BMJBP-B12'] },
    heavy_alcohol: { ifCause: 0.15, basis: 'estimate', sources: ['NHS-B12'] },
    age_65_plus: { ifCause: 0.35, basis: 'estimate', sources: ['BMJBP-B12'] },
    feet_numb: { ifCause: 0.6, basis: 'estimate', sources: ['BMJBP-B12'] },
    both_hands: { ifCause: 0.75, basis: 'estimate', sources: ['BMJBP-B12'] },
    fatigue: { ifCause: 0.55, basis: 'estimate', sources: ['BMJBP-B12', 'MHRA-2022'] },
    sore_tongue: { ifCause: 0.15, basis: 'estimate', sources: ['BMJBP-B12', 'MHRA-2022'] },
    pale_skin: { ifCause: 0.2, basis: 'estimate', sources: ['BMJBP-B12', 'MHRA-2022'] },
    memory_balance: { ifCause: 0.15, basis: 'estimate', sources: ['BMJBP-B12'] },
    onset_gradual: { ifCause: 0.7, basis: 'estimate', sources: ['BMJBP-B12'] },
    constant: { ifCause: 0.45, basis: 'estimate', sources: ['BMJBP-B12'] },
    resolves_on_moving: { ifCause: 0.08, basis: 'estimate', sources: ['BMJBP-B12'] },
    lasting_over_2_weeks: { ifCause: 0.85, basis: 'estimate', sources: ['BMJBP-B12'] },
  },
  urgency: [
    {
      level: 'doctor',
      threshold: 0.4,
      text: 'Your answers fit a lack of vitamin B12. Book a GP appointment soon for a blood test: treating it early stops nerve damage from becoming permanent.',
      sources: ['BMJBP-B12', 'MHRA-2022'],
    },
  ],
  tests: ['vitamin_b12_folate', 'full_blood_count'],
  specialists: ['gp', 'haematologist'],
  selfCare: [
    {
      id: 'b12_blood_test',
      text: 'Ask your GP for a vitamin B12 blood test, and tell them about your diet, any stomach or bowel surgery or bowel condition, and the medicines you take.',
      sources: ['BMJBP-B12'],
    },
    {
      id: 'b12_keep_taking_medicines',
      text: 'Do not stop metformin or stomach-acid medicines on your own. Ask your doctor to check your B12 level instead; the medicines regulator advises this for people on metformin with pins and needles, tiredness or a sore tongue.',
      sources: ['MHRA-2022', 'BMJBP-B12'],
    },
  ],
  prevention: [
    {
      id: 'b12_vegan_sources',
      text: 'On a vegan diet, take a vitamin B12 supplement or eat foods with added B12 (some breakfast cereals, plant milks and yeast extract) every day.',
      sources: ['NHS-B12', 'BMJBP-B12'],
    },
    {
      id: 'b12_after_surgery',
      text: 'After weight-loss or stomach surgery, keep taking the B12 supplements or injections you were prescribed, for life, and go to your check-ups.',
      sources: ['BMJBP-B12'],
    },
  ],
  sources: ['BMJBP-B12', 'MHRA-2022', 'NHS-B12', 'SEED:top-5-causes'],
};
