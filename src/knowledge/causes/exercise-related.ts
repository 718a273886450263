// Exercise-related numbness: tingling, numb or swollen hands during running, walking or other exercise.
import type { Cause } from '../schema.ts';

export const exerciseRelated: Cause = {
  id: 'exercise_related',
  name: 'Numb or swollen hands while running or exercising',
  description:
    'Hands can tingle, go numb or swell during a run or a long walk. Arms held bent and still, clenched fists, pack straps and a tight watch, heat and the swing of the arms all play a part. It is common (about one walker in four notices swollen hands, women more often) and settles within an hour or so after stopping; chest pressure or unusual breathlessness during exercise is a different matter and must be checked as a possible heart problem.',
  prior: 0.05,
  priorBasis: 'estimate',
  likelihoods: {
    // Nearly everyone with this cause ticks "while running or exercising"; its absence all but rules it out.
    during_running: { ifCause: 0.95, basis: 'estimate', sources: ['MAYO-HAND-SWELLING', 'SEED:running'] },
    hand_swelling: { ifCause: 0.4, basis: 'estimate', sources: ['PAHS2011', 'POTASH2021'] },
    resolves_on_moving: { ifCause: 0.55, basis: 'estimate', sources: ['MAYO-HAND-SWELLING', 'SEED:running'] },
    comes_and_goes: { ifCause: 0.8, basis: 'estimate', sources: ['POTASH2021', 'PAHS2011'] },
    constant: { ifCause: 0.03, basis: 'estimate', sources: ['POTASH2021'] },
    heavy_straps: { ifCause: 0.12, basis: 'estimate', sources: ['BACKPACK-PALSY'] },
    tight_items: { ifCause: 0.15, basis: 'estimate', sources: ['MAYO-HAND-SWELLING'] },
    night_waking: { ifCause: 0.12, basis: 'estimate', sources: ['SEED:running', 'POTASH2021'] },
    getting_worse: { ifCause: 0.05, basis: 'estimate', sources: ['POTASH2021'] },
    hand_weakness: { ifCause: 0.04, basis: 'estimate', sources: ['POTASH2021'] },
    feet_numb: { ifCause: 0.04, basis: 'estimate', sources: ['NHS-NEUROPATHY'] },
    // Breathlessness with the numbness points to the heart, not to arm posture (the heart screen handles it).
    breathless: { ifCause: 0.02, basis: 'estimate', sources: ['AHA-HA', 'NHS-ANGINA'] },
  },
  urgency: [],
  tests: [],
  specialists: ['gp'],
  selfCare: [
    {
      id: 'run_relax_hands',
      text: 'Relax your hands as you run: unclench the fists (hold them as if carrying something fragile), keep your elbows at about a right angle rather than tightly bent, and keep your shoulders low and loose.',
      exercises: ['shoulder_drops'],
      sources: ['RUN-TECHNIQUE'],
    },
    {
      id: 'run_drop_and_shake',
      text: 'Every few minutes, drop your arms by your sides and shake them out, and make a few circles with your arms and hands.',
      exercises: ['shake_out', 'arm_hand_circles'],
      sources: ['RUN-TECHNIQUE', 'MAYO-HAND-SWELLING', 'SEED:running'],
    },
    {
      id: 'run_hand_expander',
      text: "A runners' trick: carry a small soft plastic or rubber hand expander with a stop for the thumb, and squeeze it in a steady rhythm as you run. Avoid metal handles, which slip in a sweaty hand. It has not been tested in studies, but it is harmless and many runners find it helps.",
      exercises: ['expander_squeezes'],
      sources: ['SEED:running'],
    },
    {
      id: 'run_carry_at_waist',
      text: 'Loosen your watch strap and any rings before a long run, and loosen pack straps that press on the shoulders. It also helps not to grip a bottle or phone for the whole run.',
      sources: ['MAYO-HAND-SWELLING', 'BACKPACK-PALSY', 'SEED:running'],
    },
    {
      id: 'run_chest_symptoms',
      text: 'If exercise brings on chest pressure, tightness or pain, or breathlessness that is not normal for you, stop. It is not "runner\'s numbness": call your emergency number if it lasts more than a few minutes, and see a doctor the same day even if it passes with rest.',
      sources: ['NHS-ANGINA', 'AHA-HA'],
    },
    {
      id: 'run_low_sodium_warning',
      text: 'In a long race or hike, swollen hands together with a headache, confusion, or feeling sick can mean the salt level in your blood has fallen from drinking too much water. Get medical help straight away.',
      sources: ['EAH2015', 'MAYO-HAND-SWELLING'],
    },
  ],
  prevention: [
    {
      id: 'run_posture_routine',
      text: 'Practise a relaxed running posture: loose hands, elbows at about a right angle, arms swinging freely. On long runs, shake out your arms now and then, or try the expander.',
      exercises: ['shake_out', 'expander_squeezes'],
      sources: ['RUN-TECHNIQUE', 'SEED:running'],
    },
    {
      id: 'run_heat_and_fluids',
      text: 'Drink to thirst rather than forcing down extra water: drinking too much on a long run or hike can lower the salt in your blood.',
      sources: ['EAH2015'],
    },
  ],
  sources: ['PAHS2011', 'POTASH2021', 'MAYO-HAND-SWELLING', 'EAH2015', 'SEED:running'],
};
