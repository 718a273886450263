// Multiple sclerosis: inflammation that damages the insulation of nerves in the brain and spinal cord.
import type { Cause } from '../schema.ts';

export const multipleSclerosis: Cause = {
  id: 'multiple_sclerosis',
  name: 'Multiple sclerosis (MS)',
  description:
    'MS is a long-term condition in which the immune system damages the protective coating of the nerves in the brain and spinal cord. It usually starts between the ages of 20 and 40, more often in women, with episodes that build up over hours to days and last days to weeks before improving: numbness or tingling, blurred or painful vision in one eye, double vision, or an electric-shock feeling down the spine when bending the neck. It is not an emergency, but it needs a neurologist’s assessment.',
  // The rarest cause here (about 1 in 200 of people who look up hand numbness); kept low so that one-off tingling
  // does not raise it, while the combination below (days, vision, one-sided leg, young) still does.
  prior: 0.005,
  priorBasis: 'estimate',
  likelihoods: {
    past_vision_episode: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-MS'] },
    onset_days: { ifCause: 0.6, basis: 'estimate', sources: ['NHS-MS'] },
    onset_sudden: { ifCause: 0.1, basis: 'estimate', sources: ['NHS-MS'] },
    leg_numb_same_side: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-MS'] },
    // Lhermitte's sign is reported by roughly a sixth to a third of people with MS at some time.
    lhermitte: { ifCause: 0.25, basis: 'estimate', sources: ['NHS-MS'] },
    fatigue: { ifCause: 0.4, basis: 'estimate', sources: ['NHS-MS'] },
    memory_balance: { ifCause: 0.12, basis: 'estimate', sources: ['NHS-MS'] },
    bladder_bowel: { ifCause: 0.08, basis: 'estimate', sources: ['NHS-MS'] },
    constant: { ifCause: 0.6, basis: 'estimate', sources: ['NHS-MS'] },
    resolves_on_moving: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-MS'] },
    // An MS relapse lasts more than a day by definition.
    lasting_under_day: { ifCause: 0.1, basis: 'estimate', sources: ['NHS-MS'] },
    age_under_30: { ifCause: 0.4, basis: 'estimate', sources: ['NHS-MS'] },
    age_50_plus: { ifCause: 0.1, basis: 'estimate', sources: ['NHS-MS'] },
    sex_female: { ifCause: 0.72, basis: 'estimate', sources: ['NHS-MS'] },
  },
  urgency: [
    {
      level: 'doctor',
      threshold: 0.3,
      text: 'Some of your answers (symptoms building over days, an earlier episode affecting your vision, numbness on one side) can have several causes, MS among them. Book a GP appointment soon and ask whether you should see a neurologist.',
      sources: ['NHS-MS'],
    },
  ],
  tests: ['brain_imaging', 'cervical_spine_imaging', 'vitamin_b12_folate'],
  specialists: ['gp', 'neurologist'],
  selfCare: [
    {
      id: 'ms_see_gp',
      text: 'See a GP soon and describe every episode, including old ones that affected your vision, balance or bladder, how long each lasted, and how it started.',
      sources: ['NHS-MS'],
    },
    {
      id: 'ms_sudden_signs',
      text: 'If weakness of the face, arm or leg, trouble speaking, or loss of vision or balance come on suddenly, call your emergency number: sudden signs like these can be a stroke.',
      sources: ['ASA-FAST', 'BEFAST'],
    },
  ],
  prevention: [],
  sources: ['NHS-MS'],
};
