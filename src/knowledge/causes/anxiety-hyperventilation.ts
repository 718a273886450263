// Anxiety and hyperventilation: fast breathing during stress or panic that makes both hands and the lips tingle.
import type { Cause } from '../schema.ts';

export const anxietyHyperventilation: Cause = {
  id: 'anxiety_hyperventilation',
  name: 'Anxiety, panic and fast breathing',
  description:
    'During stress, anxiety or a panic attack people often breathe faster and deeper than the body needs. This lowers the carbon dioxide in the blood, which can make both hands and the skin around the mouth tingle, with light-headedness and a racing heart. It is frightening but not harmful and passes as breathing slows; chest pain or pressure should still be checked as a possible heart problem first.',
  prior: 0.05,
  priorBasis: 'estimate',
  likelihoods: {
    fast_breathing_panic: { ifCause: 0.8, basis: 'estimate', sources: ['NHS-PANIC'] },
    lips_tingle: { ifCause: 0.45, basis: 'estimate', sources: ['NHS-PANIC'] },
    stress_trigger: { ifCause: 0.65, basis: 'estimate', sources: ['NHS-PANIC', 'SEED:causes'] },
    lightheaded: { ifCause: 0.35, basis: 'estimate', sources: ['NHS-PANIC'] },
    both_hands: { ifCause: 0.8, basis: 'estimate', sources: ['NHS-PANIC'] },
    onset_sudden: { ifCause: 0.7, basis: 'estimate', sources: ['NHS-PANIC'] },
    comes_and_goes: { ifCause: 0.8, basis: 'estimate', sources: ['NHS-PANIC'] },
    constant: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-PANIC'] },
    hand_weakness: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-PANIC'] },
    age_under_30: { ifCause: 0.35, basis: 'estimate', sources: ['NHS-PANIC'] },
    age_65_plus: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-PANIC'] },
  },
  urgency: [],
  tests: [],
  specialists: ['gp', 'talking_therapist'],
  selfCare: [
    {
      id: 'anxiety_slow_breathing',
      text: 'Slow your breathing: breathe in gently through the nose for a count of four and out through the mouth for a count of six, for a few minutes. The tingling should fade as your breathing settles.',
      exercises: ['slow_breathing'],
      sources: ['NHS-BREATHING', 'NHS-PANIC'],
    },
    {
      id: 'anxiety_ride_it_out',
      text: 'During a panic attack, remind yourself that it will pass and cannot harm you, stay where you are if it is safe, and keep your attention on your breathing.',
      sources: ['NHS-PANIC'],
    },
    {
      id: 'anxiety_heart_first',
      text: 'If you have chest pain, pressure or tightness, or breathlessness that does not settle as you slow your breathing, treat it as a possible heart problem: call your emergency number.',
      sources: ['AHA-HA', 'NHS-HA'],
    },
    {
      id: 'anxiety_see_gp',
      text: 'If anxiety or panic attacks keep coming back, see a GP. Talking therapies such as cognitive behavioural therapy (CBT) work well, and in England you can refer yourself.',
      sources: ['NHS-PANIC'],
    },
  ],
  prevention: [
    {
      id: 'anxiety_daily_breathing',
      text: 'Practise slow breathing for a few minutes every day while you are calm, so that it comes easily when you need it.',
      exercises: ['slow_breathing'],
      sources: ['NHS-BREATHING'],
    },
    {
      id: 'anxiety_lifestyle',
      text: 'Regular exercise helps with anxiety; cutting down on caffeine and alcohol and not smoking can make attacks less likely.',
      sources: ['NHS-PANIC'],
    },
  ],
  sources: ['NHS-PANIC', 'NHS-BREATHING', 'SEED:causes'],
};
