// Anaemia: too few red blood cells or too little haemoglobin, most often from a lack of iron.
import type { Cause } from '../schema.ts';

export const anemia: Cause = {
  id: 'anemia',
  name: 'Anaemia (low red blood cells)',
  description:
    'In anaemia the blood carries less oxygen than it should, most often because of a lack of iron (for example from heavy periods or slow blood loss), and sometimes a lack of vitamin B12 or folate. It makes you tired, pale and short of breath on exertion, and can come with cold hands and pins and needles, especially when B12 is low. A simple blood test finds it, and it is usually easy to treat once the cause is known.',
  prior: 0.02,
  priorBasis: 'estimate',
  likelihoods: {
    fatigue: { ifCause: 0.75, basis: 'estimate', sources: ['NHS-IDA'] },
    pale_skin: { ifCause: 0.4, basis: 'estimate', sources: ['NHS-IDA', 'SEED:top-5-causes'] },
    exertional_breathlessness: { ifCause: 0.5, basis: 'estimate', sources: ['NHS-IDA'] },
    heavy_periods: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-IDA'] },
    lightheaded: { ifCause: 0.2, basis: 'estimate', sources: ['NHS-IDA'] },
    sore_tongue: { ifCause: 0.08, basis: 'estimate', sources: ['NHS-IDA', 'NHS-B12'] },
    both_hands: { ifCause: 0.7, basis: 'estimate', sources: ['SEED:top-5-causes'] },
    feet_numb: { ifCause: 0.3, basis: 'estimate', sources: ['SEED:top-5-causes', 'NHS-B12'] },
    resolves_on_moving: { ifCause: 0.1, basis: 'estimate', sources: ['SEED:top-5-causes'] },
    sex_female: { ifCause: 0.75, basis: 'estimate', sources: ['NHS-IDA'] },
    pregnancy: { ifCause: 0.08, basis: 'estimate', sources: ['NHS-IDA'] },
    vegan_diet: { ifCause: 0.12, basis: 'estimate', sources: ['NHS-IDA', 'NHS-B12'] },
    gastric_surgery: { ifCause: 0.08, basis: 'estimate', sources: ['NHS-IDA', 'BMJBP-B12'] },
  },
  urgency: [
    {
      level: 'doctor',
      threshold: 0.5,
      text: 'Your answers fit anaemia. Book a GP appointment for a blood test. See a doctor the same day if you are very breathless, have chest pain, feel faint, or are losing blood (for example black stools or very heavy bleeding).',
      sources: ['NHS-IDA'],
    },
  ],
  tests: ['full_blood_count', 'iron_studies', 'vitamin_b12_folate'],
  specialists: ['gp', 'haematologist'],
  selfCare: [
    {
      id: 'anaemia_blood_test_first',
      text: 'Ask your GP for a blood test rather than starting iron tablets on your own, so that the cause of the anaemia can be found and treated.',
      sources: ['NHS-IDA'],
    },
    {
      id: 'anaemia_heavy_periods',
      text: 'If your periods are heavy, tell your GP: they are a common cause of anaemia and can be treated.',
      sources: ['NHS-IDA'],
    },
  ],
  prevention: [
    {
      id: 'anaemia_iron_rich_food',
      text: 'Eat iron-rich foods regularly: dark-green leafy vegetables, beans and pulses, meat, and breakfast cereals with added iron. Plenty of vegetables and fruit helps.',
      sources: ['NHS-IDA', 'SEED:treatment'],
    },
  ],
  sources: ['NHS-IDA', 'NHS-B12', 'SEED:top-5-causes'],
};
