// Guillain–Barré syndrome: the immune system attacks the nerves, usually after an infection.
import type { Cause } from '../schema.ts';

export const guillainBarre: Cause = {
  id: 'guillain_barre',
  name: 'Guillain–Barré syndrome',
  description:
    'A rare condition in which the immune system attacks the nerves, usually a few weeks after a stomach bug, a cold or flu. Tingling, numbness and weakness start in the feet and hands and spread up the legs and arms, on both sides, over hours to days; walking becomes unsteady. It needs a doctor the same day, and trouble breathing or swallowing is an emergency because the breathing muscles can be affected.',
  prior: 0.001,
  priorBasis: 'estimate',
  likelihoods: {
    ascending_tingling: { ifCause: 0.8, basis: 'estimate', sources: ['NHS-GBS'] },
    rapid_weakness: { ifCause: 0.7, basis: 'estimate', sources: ['NHS-GBS'] },
    feet_numb: { ifCause: 0.7, basis: 'estimate', sources: ['NHS-GBS'] },
    both_hands: { ifCause: 0.7, basis: 'estimate', sources: ['NHS-GBS'] },
    onset_days: { ifCause: 0.75, basis: 'estimate', sources: ['NHS-GBS'] },
    onset_gradual: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-GBS'] },
    recent_infection: { ifCause: 0.65, basis: 'estimate', sources: ['NHS-GBS'] },
    gait_trouble: { ifCause: 0.35, basis: 'estimate', sources: ['NHS-GBS'] },
    getting_worse: { ifCause: 0.8, basis: 'estimate', sources: ['NHS-GBS'] },
    swallowing_trouble: { ifCause: 0.15, basis: 'estimate', sources: ['NHS-GBS'] },
    breathless: { ifCause: 0.15, basis: 'estimate', sources: ['NHS-GBS'] },
    resolves_on_moving: { ifCause: 0.03, basis: 'estimate', sources: ['NHS-GBS'] },
  },
  urgency: [
    {
      // Numb feet and hands with unsteady walking are common and slow; it is the speed that marks GBS.
      level: 'urgent',
      threshold: 0.35,
      text: 'Your answers could fit Guillain–Barré syndrome, a nerve illness that can spread quickly. See a doctor today; call your emergency number if breathing or swallowing becomes difficult.',
      sources: ['NHS-GBS'],
    },
  ],
  tests: ['nerve_conduction', 'lumbar_puncture', 'breathing_test'],
  specialists: ['emergency_department', 'neurologist'],
  selfCare: [
    {
      id: 'gbs_watch_breathing',
      text: 'While you wait to be seen, have someone with you. Call your emergency number if you get short of breath, choke on drinks or cannot lift your arms or legs.',
      sources: ['NHS-GBS'],
    },
  ],
  prevention: [],
  sources: ['NHS-GBS'],
};
