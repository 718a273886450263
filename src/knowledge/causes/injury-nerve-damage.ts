// Injury and nerve damage: a nerve stretched, bruised, cut or pressed after a fracture, dislocation, crush or cut.
import type { Cause } from '../schema.ts';

export const injuryNerveDamage: Cause = {
  id: 'injury_nerve_damage',
  name: 'Nerve injury after a fracture, dislocation or blow',
  description:
    'A broken bone, a dislocated shoulder or elbow, a crush or a deep cut can stretch, bruise or cut a nerve, or swelling can press on it. The numbness then follows the area that nerve supplies, sometimes with weakness, and years after an elbow fracture the healed bone can slowly irritate the ulnar nerve. Numbness after a fresh injury needs checking the same day, and a hand that is pale, cold and very painful is an emergency.',
  prior: 0.03,
  priorBasis: 'estimate',
  likelihoods: {
    recent_injury: { ifCause: 0.6, basis: 'estimate', sources: ['SEED:top-5-causes', 'NHS-BROKEN-ARM'] },
    old_arm_injury: { ifCause: 0.35, basis: 'estimate', sources: ['SEED:top-5-causes', 'AAOS-CUBITAL'] },
    pale_cold_painful_limb: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-COMPARTMENT'] },
    hand_weakness: { ifCause: 0.35, basis: 'estimate', sources: ['NERVE-INJURY'] },
    onset_sudden: { ifCause: 0.5, basis: 'estimate', sources: ['NERVE-INJURY'] },
    constant: { ifCause: 0.5, basis: 'estimate', sources: ['NERVE-INJURY'] },
    resolves_on_moving: { ifCause: 0.1, basis: 'estimate', sources: ['NERVE-INJURY'] },
    arm_involved: { ifCause: 0.4, basis: 'estimate', sources: ['NERVE-INJURY'] },
    // Radial nerve after a fracture of the upper arm bone; ulnar nerve after an elbow fracture.
    back_of_thumb: { ifCause: 0.08, basis: 'estimate', sources: ['RADIAL-PALSY'] },
    ulnar_fingers: { ifCause: 0.25, basis: 'estimate', sources: ['NERVE-INJURY', 'AAOS-CUBITAL'] },
    // Usually one arm, but a fall onto both outstretched hands injures both wrists, and people say "my fingers"
    // of one injured hand: both hands weighs against an injury without ruling it out.
    both_hands: { ifCause: 0.12, basis: 'estimate', sources: ['NERVE-INJURY', 'NHS-BROKEN-ARM'] },
  },
  urgency: [
    {
      // A fresh injury is made urgent or an emergency by the triage rules; this covers older injuries.
      level: 'doctor',
      threshold: 0.4,
      text: 'Numbness that follows an injury should be checked by a doctor. Book a GP appointment if the injury is old; if it happened in the last few days, see a doctor today.',
      sources: ['NHS-BROKEN-ARM', 'NERVE-INJURY'],
    },
  ],
  tests: ['limb_xray', 'nerve_conduction', 'nerve_ultrasound'],
  specialists: ['emergency_department', 'gp', 'hand_surgeon', 'physiotherapist'],
  selfCare: [
    {
      id: 'injury_check_today',
      text: 'If the injury happened in the last few days, get it checked today at urgent care or the emergency department, even if the pain is bearable: a bone or joint may be pressing on the nerve.',
      sources: ['NHS-BROKEN-ARM'],
    },
    {
      id: 'injury_limb_emergency',
      text: 'Call your emergency number if the fingers or hand turn pale, blue or cold, or the pain becomes severe or keeps rising, especially with tight swelling or a tight cast.',
      sources: ['NHS-COMPARTMENT', 'NHS-BROKEN-ARM'],
    },
    {
      id: 'injury_cast_check',
      text: 'If you have a cast or splint and your fingers go numb, swell or change colour, go back to the hospital that fitted it.',
      sources: ['NHS-BROKEN-ARM'],
    },
    {
      id: 'injury_protect_numb_skin',
      text: 'Protect numb skin from burns, cuts and pressure, because it cannot warn you of damage.',
      sources: ['NHS-NEUROPATHY'],
    },
    {
      id: 'injury_recovery',
      text: 'Keep doing the exercises your physiotherapist gives you. Injured nerves regrow slowly, so recovery can take months.',
      sources: ['NERVE-INJURY'],
    },
  ],
  prevention: [
    {
      id: 'injury_old_elbow',
      text: 'After an old elbow injury, avoid leaning on that elbow and keeping it fully bent for long periods.',
      sources: ['AAOS-CUBITAL', 'GELBERMAN1998'],
    },
  ],
  sources: ['SEED:top-5-causes', 'NHS-BROKEN-ARM', 'NHS-COMPARTMENT', 'NERVE-INJURY'],
};
