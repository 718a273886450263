// Spinal cord injury in the neck after a road accident, a fall, a dive or a blow.
import type { Cause } from '../schema.ts';

export const spinalCordInjury: Cause = {
  id: 'spinal_cord_injury',
  name: 'Injury to the neck and spinal cord',
  description:
    'A road accident, a fall from a height or down stairs, a dive into shallow water or a blow to the head or neck can break or shift the bones of the neck and bruise or press the spinal cord. Numbness, tingling or weakness in the arms or hands afterwards, often in both, is a sign the cord or its nerve roots may be hurt, even when the neck does not hurt much. It is an emergency: the neck must be kept still until it has been checked.',
  prior: 0.002,
  priorBasis: 'estimate',
  likelihoods: {
    major_trauma: { ifCause: 0.9, basis: 'estimate', sources: ['NICE-NG41'] },
    recent_injury: { ifCause: 0.7, basis: 'estimate', sources: ['NICE-NG41'] },
    neck_pain: { ifCause: 0.7, basis: 'estimate', sources: ['NICE-NG41'] },
    both_hands: { ifCause: 0.6, basis: 'estimate', sources: ['NICE-NG41'] },
    hand_weakness: { ifCause: 0.4, basis: 'estimate', sources: ['NICE-NG41'] },
    onset_sudden: { ifCause: 0.7, basis: 'estimate', sources: ['NICE-NG41'] },
    feet_numb: { ifCause: 0.25, basis: 'estimate', sources: ['NICE-NG41'] },
    resolves_on_moving: { ifCause: 0.03, basis: 'estimate', sources: ['NICE-NG41'] },
  },
  urgency: [
    {
      level: 'emergency',
      threshold: 0.2,
      text: 'Your answers could fit an injury to the neck and spinal cord. Call your emergency number now and keep your neck still.',
      sources: ['NICE-NG41'],
    },
  ],
  tests: ['cervical_spine_imaging'],
  specialists: ['emergency_department', 'spinal_surgeon'],
  selfCare: [],
  prevention: [
    {
      id: 'spine_diving',
      text: 'Never dive into water whose depth you do not know, and wear a seat belt and, on a bike or horse, a helmet.',
      sources: ['NICE-NG41'],
    },
  ],
  sources: ['NICE-NG41'],
};
