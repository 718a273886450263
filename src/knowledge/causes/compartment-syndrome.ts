// Compartment syndrome: pressure rising inside the muscle compartments of the forearm or hand after an injury.
import type { Cause } from '../schema.ts';

export const compartmentSyndrome: Cause = {
  id: 'compartment_syndrome',
  name: 'Compartment syndrome (pressure building up inside the arm)',
  description:
    'After a crush, a fracture or in a tight cast, bleeding and swelling inside the closed muscle compartments of the forearm or hand can raise the pressure until it cuts off the nerves and muscles. The sign is pain that keeps rising, far more than the injury explains, worse when the fingers are stretched, with a tight, hard swelling and tingling. The fingers can stay pink with a pulse until late. It is an emergency: an operation within hours saves the muscles and nerves.',
  prior: 0.001,
  priorBasis: 'estimate',
  likelihoods: {
    compartment_signs: { ifCause: 0.9, basis: 'estimate', sources: ['BOAST-CS'] },
    recent_injury: { ifCause: 0.85, basis: 'estimate', sources: ['BOAST-CS', 'NHS-COMPARTMENT'] },
    getting_worse: { ifCause: 0.7, basis: 'estimate', sources: ['BOAST-CS'] },
    hand_swelling: { ifCause: 0.6, basis: 'estimate', sources: ['BOAST-CS'] },
    constant: { ifCause: 0.8, basis: 'estimate', sources: ['BOAST-CS'] },
    burning_pain: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-COMPARTMENT'] },
    both_hands: { ifCause: 0.03, basis: 'estimate', sources: ['BOAST-CS'] },
    resolves_on_moving: { ifCause: 0.03, basis: 'estimate', sources: ['BOAST-CS'] },
  },
  urgency: [
    {
      level: 'emergency',
      threshold: 0.2,
      text: 'Your answers could fit pressure building up inside the arm after an injury. Call your emergency number now.',
      sources: ['BOAST-CS'],
    },
  ],
  tests: ['compartment_pressure', 'limb_xray'],
  specialists: ['emergency_department', 'hand_surgeon'],
  selfCare: [],
  prevention: [
    {
      id: 'cast_warning_signs',
      text: 'With a new cast or splint, go back at once if pain keeps rising, the fingers swell, go numb or cannot be moved: a cast can be split in minutes.',
      sources: ['BOAST-CS', 'NHS-BROKEN-ARM'],
    },
  ],
  sources: ['BOAST-CS', 'NHS-COMPARTMENT'],
};
