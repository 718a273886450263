// Cervical radiculopathy: a nerve root pinched where it leaves the spine in the neck (the seed's "cervical osteochondrosis").
import type { Cause } from '../schema.ts';

export const cervicalRadiculopathy: Cause = {
  id: 'cervical_radiculopathy',
  name: 'Trapped nerve in the neck (cervical radiculopathy)',
  description:
    'A nerve root is pressed where it leaves the spine in the neck, usually by a worn disc or a bony spur (in Russian-speaking countries often called cervical osteochondrosis). It causes neck pain with pain, tingling or numbness running down one arm into particular fingers, often worse when looking up or turning the head. Most cases settle within weeks to a few months with staying active, painkillers and physiotherapy.',
  prior: 0.08,
  priorBasis: 'estimate',
  likelihoods: {
    neck_pain: { ifCause: 0.75, basis: 'estimate', sources: ['NICE-CKS-RAD', 'SEED:causes'] },
    pain_from_neck_down_arm: { ifCause: 0.5, basis: 'estimate', sources: ['NICE-CKS-RAD'] },
    neck_movement: { ifCause: 0.4, basis: 'estimate', sources: ['NICE-CKS-RAD'] },
    arm_involved: { ifCause: 0.75, basis: 'estimate', sources: ['NICE-CKS-RAD', 'DERMATOMES'] },
    arm_heaviness_aching: { ifCause: 0.25, basis: 'estimate', sources: ['NICE-CKS-RAD'] },
    hand_weakness: { ifCause: 0.3, basis: 'estimate', sources: ['NICE-CKS-RAD'] },
    // A root in the neck serves one side; both hands at once point to the spinal cord or to the whole body.
    both_hands: { ifCause: 0.08, basis: 'estimate', sources: ['NICE-CKS-RAD', 'DCM-BMJ2018'] },
    constant: { ifCause: 0.4, basis: 'estimate', sources: ['NICE-CKS-RAD'] },
    resolves_on_moving: { ifCause: 0.15, basis: 'estimate', sources: ['NICE-CKS-RAD'] },
    lasting_over_2_weeks: { ifCause: 0.7, basis: 'estimate', sources: ['NICE-CKS-RAD'] },
    age_50_plus: { ifCause: 0.6, basis: 'estimate', sources: ['NICE-CKS-RAD'] },
    age_under_30: { ifCause: 0.05, basis: 'estimate', sources: ['NICE-CKS-RAD'] },
    feet_numb: { ifCause: 0.04, basis: 'estimate', sources: ['DERMATOMES', 'NHS-NEUROPATHY'] },
  },
  urgency: [
    {
      level: 'doctor',
      threshold: 0.5,
      text: 'Your answers fit a trapped nerve in the neck. Book a GP appointment. See a doctor the same day if your arm or hand becomes weak, the weakness is getting worse, or both arms or your walking are affected.',
      sources: ['NICE-CKS-RAD'],
    },
  ],
  tests: ['cervical_spine_imaging', 'nerve_conduction'],
  specialists: ['gp', 'physiotherapist', 'neurologist', 'spinal_surgeon'],
  selfCare: [
    {
      id: 'radiculopathy_stay_active',
      text: 'Keep gently active and carry on with normal activities as far as the pain allows. Bed rest does not help and most trapped nerves in the neck settle with time.',
      sources: ['NICE-CKS-RAD', 'NHS-NECK'],
    },
    {
      id: 'radiculopathy_painkillers',
      text: 'Painkillers such as paracetamol or ibuprofen can ease the pain for a while, if they are safe for you; ask a pharmacist.',
      sources: ['NHS-NECK'],
    },
    {
      id: 'radiculopathy_neck_moves',
      text: 'Move the neck gently and often: tilt the head forward and to each side, and drop and relax the shoulders. Do not throw the head back sharply.',
      exercises: ['neck_tilts', 'shoulder_drops'],
      sources: ['SEED:treatment', 'NHS-NECK'],
    },
    {
      id: 'radiculopathy_warmth',
      text: 'Warmth (a heat pack or a warm shower) and gentle self-massage of the neck and shoulders may ease tight muscles.',
      sources: ['SEED:treatment', 'NHS-NECK'],
    },
    {
      id: 'radiculopathy_physiotherapy',
      text: 'If it has not improved after a few weeks, ask your GP about physiotherapy.',
      sources: ['NICE-CKS-RAD'],
    },
    {
      id: 'radiculopathy_when_to_see_doctor',
      text: 'See a GP if the pain is severe or not improving after a few weeks. See a doctor the same day if the arm or hand gets weak, both arms are affected, or you have trouble walking or with your bladder.',
      sources: ['NICE-CKS-RAD', 'NHS-NECK'],
    },
  ],
  prevention: [
    {
      id: 'radiculopathy_pillow',
      text: 'Use one pillow of a height that keeps your neck straight when you lie on your side; a pillow that is too high overstrains the neck.',
      sources: ['SEED:causes', 'SEED:prevention'],
    },
    {
      id: 'radiculopathy_desk_breaks',
      text: 'At a desk, keep the screen at eye level and take a break about every hour to move the neck, shoulders and arms.',
      exercises: ['neck_tilts', 'shoulder_drops', 'arm_hand_circles'],
      sources: ['SEED:treatment', 'NHS-NECK'],
    },
  ],
  sources: ['NICE-CKS-RAD', 'NHS-NECK', 'SEED:causes', 'SEED:top-5-causes', 'DERMATOMES'],
};
