// Cold exposure: frostnip or frostbite of the fingers after a long time in the cold.
import type { Cause } from '../schema.ts';

export const coldExposure: Cause = {
  id: 'cold_exposure',
  name: 'Cold injury (frostnip or frostbite)',
  description:
    'A long time in the cold without enough protection chills the fingers until they go numb, white or grey and stiff. Mild cold injury (frostnip) tingles and aches as it warms up and recovers fully; frostbite damages the skin and deeper tissue and needs medical care. Wet clothes, wind, sweating and alcohol make it more likely.',
  prior: 0.03,
  priorBasis: 'estimate',
  likelihoods: {
    prolonged_cold: { ifCause: 0.9, basis: 'estimate', sources: ['NHS-FROSTBITE', 'SEED:treatment'] },
    cold_trigger: { ifCause: 0.6, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
    colour_change: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
    pale_cold_painful_limb: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
    both_hands: { ifCause: 0.75, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
    all_fingers: { ifCause: 0.6, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
    single_episode_passed: { ifCause: 0.45, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
    // Cold injury follows one long exposure; attacks that keep coming back with ordinary cold suggest Raynaud's.
    comes_and_goes: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-FROSTBITE', 'NHS-RAYNAUD'] },
    lasting_under_day: { ifCause: 0.5, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
    lasting_over_2_weeks: { ifCause: 0.1, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
    onset_gradual: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
    heavy_alcohol: { ifCause: 0.14, basis: 'estimate', sources: ['NHS-FROSTBITE'] },
  },
  urgency: [],
  tests: [],
  specialists: ['gp'],
  selfCare: [
    {
      id: 'cold_get_warm',
      text: 'Get indoors or into shelter, take off wet gloves, rings and anything tight, and wrap up in something warm and dry.',
      sources: ['NHS-FROSTBITE'],
    },
    {
      id: 'cold_rewarm_gently',
      text: 'Rewarm the hands gently: in warm (not hot) water, or under your armpits. Do not rub them, and do not use a fire, radiator or hot-water bottle, because numb skin burns easily.',
      sources: ['NHS-FROSTBITE'],
    },
    {
      id: 'cold_tingling_while_warming',
      text: 'Tingling, aching and redness while the fingers warm up are normal and should fade within hours.',
      sources: ['NHS-FROSTBITE'],
    },
    {
      id: 'cold_when_to_get_help',
      text: 'Get medical help if the skin stays white, grey, blue or hard after warming, if blisters form, or if the numbness does not go away. If someone is shivering hard, confused or very drowsy, they may have hypothermia: call your emergency number.',
      sources: ['NHS-FROSTBITE', 'NHS-HYPOTHERMIA'],
    },
  ],
  prevention: [
    {
      id: 'cold_dress_in_layers',
      text: 'Dress warmly in layers, with gloves or mittens, a hat and warm socks, and keep dry: sweat-soaked clothing makes you colder, so choose natural or breathable fabrics.',
      sources: ['SEED:treatment', 'NHS-FROSTBITE'],
    },
    {
      id: 'cold_avoid_alcohol',
      text: 'Avoid alcohol and smoking when you will be out in the cold for a long time.',
      sources: ['NHS-FROSTBITE'],
    },
  ],
  sources: ['NHS-FROSTBITE', 'NHS-HYPOTHERMIA', 'SEED:signs-diagnosis', 'SEED:treatment'],
};
