// Raynaud's phenomenon: small finger arteries that spasm with cold or stress, turning the fingers white, blue, then red.
import type { Cause } from '../schema.ts';

export const raynaud: Cause = {
  id: 'raynaud',
  name: "Raynaud's phenomenon",
  description:
    "In Raynaud's, the small blood vessels of the fingers overreact to cold or stress and narrow for a while. The fingers turn white, then blue, and go numb, then turn red and throb or tingle as the blood comes back, usually within minutes. It is common and usually harmless, but sometimes it is linked to another condition, so it is worth a check if it starts after age 30, affects one hand only, or comes with joint pain, a rash or weakness.",
  prior: 0.04,
  priorBasis: 'estimate',
  likelihoods: {
    // Consensus criteria (Maverakis 2014): cold-sensitive fingers with a two-phase colour change are the core.
    colour_change: { ifCause: 0.85, basis: 'estimate', sources: ['RAYNAUD2014', 'NHS-RAYNAUD'] },
    cold_trigger: { ifCause: 0.8, basis: 'estimate', sources: ['RAYNAUD2014', 'NHS-RAYNAUD'] },
    stress_trigger: { ifCause: 0.3, basis: 'estimate', sources: ['RAYNAUD2014', 'NHS-RAYNAUD'] },
    both_hands: { ifCause: 0.7, basis: 'estimate', sources: ['RAYNAUD2014'] },
    comes_and_goes: { ifCause: 0.85, basis: 'estimate', sources: ['RAYNAUD2014', 'NHS-RAYNAUD'] },
    constant: { ifCause: 0.04, basis: 'estimate', sources: ['NHS-RAYNAUD'] },
    single_episode_passed: { ifCause: 0.08, basis: 'estimate', sources: ['NHS-RAYNAUD'] },
    feet_numb: { ifCause: 0.3, basis: 'estimate', sources: ['RAYNAUD2014'] },
    smoker: { ifCause: 0.22, basis: 'estimate', sources: ['NHS-RAYNAUD'] },
    hand_weakness: { ifCause: 0.04, basis: 'estimate', sources: ['NHS-RAYNAUD'] },
  },
  urgency: [
    {
      // Higher than most doctor thresholds: NHS advice is that mild Raynaud's can be managed at home, and cold,
      // numb fingers alone (without the colour change) should not send everyone to a doctor.
      level: 'doctor',
      threshold: 0.7,
      text: "Your answers fit Raynaud's. Keeping warm often controls it, but book a GP appointment to confirm it, especially if it started after age 30, affects only one hand, is severe, or comes with joint pain, a rash, skin changes or weakness.",
      sources: ['NHS-RAYNAUD', 'RAYNAUD2014'],
    },
  ],
  tests: ['autoimmune_blood_tests', 'full_blood_count'],
  specialists: ['gp', 'rheumatologist'],
  selfCare: [
    {
      id: 'raynaud_rewarm',
      text: 'During an attack, get somewhere warm, warm your hands gently (in warm, not hot, water or under your armpits) and wiggle your fingers.',
      sources: ['NHS-RAYNAUD'],
    },
    {
      id: 'raynaud_keep_warm',
      text: 'Keep your whole body warm, not only your hands: warm layers, gloves and socks in cold weather, and gloves when you take things out of the freezer.',
      sources: ['NHS-RAYNAUD', 'SEED:treatment'],
    },
    {
      id: 'raynaud_stress',
      text: 'If stress brings it on, slow breathing and other ways to relax may help.',
      exercises: ['slow_breathing'],
      sources: ['NHS-RAYNAUD'],
    },
    {
      id: 'raynaud_stop_smoking',
      text: 'If you smoke, stopping helps: smoking narrows the blood vessels.',
      sources: ['NHS-RAYNAUD'],
    },
    {
      id: 'raynaud_when_to_see_gp',
      text: 'See a GP if it is severe or affects daily life, affects one side only, started after age 30, or comes with joint pain, a rash, skin changes, sores on the fingertips or weakness.',
      sources: ['NHS-RAYNAUD', 'RAYNAUD2014'],
    },
  ],
  prevention: [
    {
      id: 'raynaud_dress_warmly',
      text: 'Dress so as not to get cold, in layers of natural or breathable fabric: sweat-soaked clothing chills you.',
      sources: ['SEED:treatment', 'NHS-RAYNAUD'],
    },
    {
      id: 'raynaud_exercise',
      text: 'Regular exercise helps the circulation; swinging the arms in circles can also bring warmth back into the hands.',
      exercises: ['arm_hand_circles'],
      sources: ['NHS-RAYNAUD', 'SEED:treatment'],
    },
  ],
  sources: ['RAYNAUD2014', 'NHS-RAYNAUD', 'SEED:top-5-causes'],
};
