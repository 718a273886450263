import type { TriageRule } from './schema.ts';

/**
 * Explicit triage rules: red flags (emergency, urgent) and course modifiers (doctor). Conditions read only findings
 * that are present, so answering more can only fire more rules: triage never goes down as findings are added.
 */
export const rules: TriageRule[] = [
  // Emergencies.
  {
    id: 'stroke_signs',
    level: 'emergency',
    when: {
      anyOf: [
        { finding: 'face_droop' },
        { finding: 'speech_trouble' },
        { finding: 'one_side_weakness' },
        { finding: 'sudden_vision_loss' },
        { finding: 'sudden_balance_loss' },
        { finding: 'sudden_confusion' },
        { finding: 'sudden_headache' },
      ],
    },
    text: 'These are warning signs of a stroke or mini-stroke (TIA). Call your emergency number now, even if the signs have gone away, and note when they started.',
    sources: ['ASA-FAST', 'BEFAST'],
  },
  {
    id: 'chest_pain',
    level: 'emergency',
    when: { finding: 'chest_pain' },
    text: 'Chest pain, pressure or tightness with arm numbness can be a heart attack. Call your emergency number now; do not wait more than five minutes and do not drive yourself.',
    sources: ['AHA-HA', 'NHS-HA', 'SEED:signs-diagnosis'],
  },
  {
    id: 'heart_attack_signs',
    level: 'emergency',
    // Heart attacks, in women especially, can come without chest pain: two of the other warning signs together
    // with arm symptoms are treated as one.
    when: { atLeast: 2, of: ['breathless', 'cold_sweat', 'nausea', 'lightheaded', 'jaw_back_pain'] },
    text: 'Arm numbness with these symptoms together can be a heart attack, even without chest pain. Call your emergency number now.',
    sources: ['AHA-HA', 'NHS-HA'],
  },
  {
    id: 'sudden_one_side_arm_and_leg',
    level: 'emergency',
    when: { allOf: [{ finding: 'onset_sudden' }, { finding: 'leg_numb_same_side' }] },
    text: 'Sudden numbness of an arm and a leg on the same side is a warning sign of a stroke. Call your emergency number now, even if it is getting better.',
    sources: ['ASA-FAST', 'NHS-STROKE'],
  },
  {
    id: 'limb_at_risk',
    level: 'emergency',
    when: { allOf: [{ finding: 'recent_injury' }, { finding: 'pale_cold_painful_limb' }] },
    text: 'After an injury, pale or cold fingers with severe or rising pain can mean the blood supply is cut off. Call your emergency number now.',
    sources: ['SEED:top-5-causes', 'ANAT'],
  },
  {
    id: 'cord_compression_with_bladder',
    level: 'emergency',
    when: {
      allOf: [
        { finding: 'bladder_bowel' },
        { anyOf: [{ finding: 'both_hands_clumsy' }, { finding: 'gait_trouble' }] },
      ],
    },
    text: 'Clumsy hands or trouble walking together with bladder or bowel trouble can mean the spinal cord is pressed. Call your emergency number now.',
    sources: ['ANAT'],
  },

  // Urgent: see a doctor today.
  {
    id: 'exertional_chest_pain',
    level: 'urgent',
    when: { finding: 'exertional_chest_pain' },
    text: 'New chest pressure on exertion that eases with rest can be angina and needs a doctor today. If it comes on at rest or lasts more than a few minutes, call your emergency number.',
    sources: ['NHS-HA', 'AHA-HA', 'RUN'],
  },
  {
    id: 'one_heart_sign',
    level: 'urgent',
    // One of these alone with arm numbness is not enough to call an ambulance, but a heart problem must be ruled
    // out the same day, not at a routine appointment.
    when: {
      anyOf: [
        { finding: 'breathless' },
        { finding: 'cold_sweat' },
        { finding: 'nausea' },
        { finding: 'jaw_back_pain' },
      ],
    },
    text: 'Arm numbness with this symptom can come from the heart, even without chest pain. See a doctor today; call your emergency number if chest pain or a second of these symptoms comes.',
    sources: ['AHA-HA', 'NHS-HA'],
  },
  {
    id: 'sudden_and_persisting',
    level: 'urgent',
    // A pure sensory stroke can present as sudden one-sided numbness alone, without weakness or speech trouble.
    when: { allOf: [{ finding: 'onset_sudden' }, { finding: 'constant' }] },
    text: 'Numbness that came on suddenly and has not gone away should be checked by a doctor today: now and then it comes from a small stroke, even without other signs. If any stroke sign appears, call your emergency number.',
    sources: ['ASA-FAST', 'NHS-STROKE', 'NHS-PINS'],
  },
  {
    id: 'recent_injury',
    level: 'urgent',
    when: { finding: 'recent_injury' },
    text: 'Numbness after a recent injury can mean a nerve or blood vessel was hurt, and needs a doctor today.',
    sources: ['SEED:top-5-causes'],
  },
  {
    id: 'pale_cold_painful_limb',
    level: 'urgent',
    when: { finding: 'pale_cold_painful_limb' },
    text: 'A pale or cold hand with severe pain can mean poor blood supply. See a doctor today; call your emergency number if it is getting worse.',
    sources: ['RAYNAUD2014', 'ANAT'],
  },
  {
    id: 'rapid_weakness',
    level: 'urgent',
    when: { finding: 'rapid_weakness' },
    text: 'Weakness that gets worse over hours or days means a nerve is under pressure or damaged now, and needs a doctor today.',
    sources: ['NHS-PINS', 'ANAT'],
  },
  {
    id: 'cord_compression',
    level: 'urgent',
    when: { allOf: [{ finding: 'both_hands_clumsy' }, { finding: 'gait_trouble' }] },
    text: 'Both hands clumsy with trouble walking can mean the spinal cord in the neck is pressed. See a doctor today.',
    sources: ['ANAT'],
  },
  {
    id: 'bladder_bowel',
    level: 'urgent',
    when: { finding: 'bladder_bowel' },
    text: 'New bladder or bowel trouble with numbness needs a doctor today.',
    sources: ['ANAT'],
  },
  {
    id: 'sudden_arm_swelling',
    level: 'urgent',
    when: { finding: 'sudden_arm_swelling' },
    text: 'A suddenly swollen arm can be a blood clot in the arm veins and needs a doctor today.',
    sources: ['TOS'],
  },

  // Book a doctor: the course of the numbness.
  {
    id: 'lasting_over_2_weeks',
    level: 'doctor',
    when: { finding: 'lasting_over_2_weeks' },
    text: 'It has gone on for more than two weeks: a doctor should look for the cause.',
    sources: ['NHS-PINS', 'SEED:causes'],
  },
  {
    id: 'getting_worse',
    level: 'doctor',
    when: { finding: 'getting_worse' },
    text: 'It is getting worse or spreading: a doctor should look for the cause.',
    sources: ['NHS-PINS'],
  },
  {
    id: 'constant',
    level: 'doctor',
    when: { finding: 'constant' },
    text: 'Numbness that is there all the time, rather than coming and going with position, needs a doctor to find the cause.',
    sources: ['NHS-PINS', 'SEED:causes'],
  },
  {
    id: 'hand_weakness',
    level: 'doctor',
    when: { finding: 'hand_weakness' },
    text: 'A weak grip or weak fingers means the nerve is affected: see a doctor so it does not become permanent.',
    sources: ['NHS-CTS', 'ANAT'],
  },
  {
    id: 'hands_and_feet',
    level: 'doctor',
    when: {
      allOf: [{ finding: 'feet_numb' }, { anyOf: [{ finding: 'both_hands' }, { finding: 'diabetes' }] }],
    },
    text: 'Numbness in the feet as well as the hands points to the nerves as a whole (for example diabetes or a vitamin B12 shortage): a doctor can test for the cause.',
    sources: ['MNSI', 'BMJBP-B12'],
  },
  {
    id: 'spinal_cord_or_brain_signs',
    level: 'doctor',
    when: { anyOf: [{ finding: 'lhermitte' }, { finding: 'past_vision_episode' }] },
    text: 'An electric-shock feeling down the spine when you bend your neck, or an earlier spell of blurred or double vision that lasted days, can come from the spinal cord or the brain: see a doctor soon, who may refer you to a neurologist.',
    sources: ['NHS-MS', 'DCM-BMJ2018'],
  },
  {
    id: 'possible_diabetes',
    level: 'doctor',
    when: { finding: 'thirst_urination' },
    text: 'Thirst, passing urine often or losing weight can be signs of diabetes: a doctor can check your blood sugar.',
    sources: ['MNSI', 'SEED:top-5-causes'],
  },
];
