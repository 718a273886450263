// Hypoglycaemia: blood sugar too low, in people taking insulin or a sulfonylurea.
import type { Cause } from '../schema.ts';

export const hypoglycaemia: Cause = {
  id: 'hypoglycaemia',
  name: 'Low blood sugar (hypoglycaemia)',
  description:
    'In people who take insulin or a sulfonylurea tablet (such as gliclazide), blood sugar can fall too low after a missed meal, extra exercise, alcohol or too large a dose. Sweating, shaking, hunger, a racing heart and tingling lips and fingers come first; then blurred vision, confusion and drowsiness. It is treated at once with fast sugar; someone who is drowsy, confused and cannot swallow needs an ambulance.',
  // Rare among people who look up hand numbness, and only in people on these medicines: the medicine carries the
  // weight, and the symptoms, which panic shares, are kept mild so that they cannot raise it on their own.
  prior: 0.002,
  priorBasis: 'estimate',
  likelihoods: {
    insulin_or_sulfonylurea: { ifCause: 0.95, basis: 'estimate', sources: ['NHS-HYPO'] },
    diabetes: { ifCause: 0.95, basis: 'estimate', sources: ['NHS-HYPO'] },
    trembling: { ifCause: 0.5, basis: 'estimate', sources: ['NHS-HYPO'] },
    cold_sweat: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-HYPO'] },
    lips_tingle: { ifCause: 0.2, basis: 'estimate', sources: ['NHS-HYPO'] },
    lightheaded: { ifCause: 0.25, basis: 'estimate', sources: ['NHS-HYPO'] },
    sudden_confusion: { ifCause: 0.2, basis: 'estimate', sources: ['NHS-HYPO'] },
    fast_breathing_panic: { ifCause: 0.1, basis: 'estimate', sources: ['NHS-HYPO'] },
    sudden_vision_loss: { ifCause: 0.1, basis: 'estimate', sources: ['NHS-HYPO'] },
    onset_sudden: { ifCause: 0.5, basis: 'estimate', sources: ['NHS-HYPO'] },
    both_hands: { ifCause: 0.45, basis: 'estimate', sources: ['NHS-HYPO'] },
    lasting_over_2_weeks: { ifCause: 0.1, basis: 'estimate', sources: ['NHS-HYPO'] },
    stress_trigger: { ifCause: 0.03, basis: 'estimate', sources: ['NHS-HYPO', 'NHS-PANIC'] },
  },
  urgency: [
    {
      level: 'urgent',
      threshold: 0.5,
      text: 'Your answers could fit low blood sugar. Treat it now with fast sugar, and speak to your diabetes team today; call your emergency number if it does not improve or confusion sets in.',
      sources: ['NHS-HYPO'],
    },
  ],
  tests: ['blood_glucose_hba1c'],
  specialists: ['diabetes_team', 'gp'],
  selfCare: [
    {
      id: 'hypo_treat',
      text: 'Have 15–20 g of fast sugar (a small glass of juice or non-diet fizzy drink, or 4 to 5 glucose tablets), check your sugar again after 10–15 minutes, and once it is above 4 mmol/L eat a starchy snack or your next meal.',
      sources: ['NHS-HYPO'],
    },
  ],
  prevention: [
    {
      id: 'hypo_carry_sugar',
      text: 'Carry glucose tablets or a sugary drink, do not skip meals after your diabetes medicine, and ask your diabetes team to review your doses if you have hypos often.',
      sources: ['NHS-HYPO'],
    },
  ],
  sources: ['NHS-HYPO'],
};
