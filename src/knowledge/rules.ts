import { nothingToSwallow } from './emergency-kinds.ts';
import type { Advice, TriageRule } from './schema.ts';

/**
 * Explicit triage rules: red flags (emergency, urgent) and course modifiers (doctor). Conditions read only findings
 * that are present, so answering more can only fire more rules: triage never goes down as findings are added.
 * Every danger sign fires at least a `doctor` rule on its own, so that a sign answered "don't know" (which the
 * engine holds at `doctor`) can never be made less urgent by answering it "yes" (checked by `checkKnowledge`).
 * docs/red-flags.md lists each red flag with its guidance and the test that proves it.
 */

// What to do now for a sign, shown before the level's general steps; each rule carries only what fits its sign. An
// emergency rule of a kind (emergency-kinds.ts) takes its steps from the kind and has none of its own.
const hypoNow: Advice[] = [
  {
    id: 'hypo_sugar_now',
    text: 'If you can swallow safely, have 15–20 g of fast sugar now: a small glass of fruit juice or non-diet fizzy drink, or 4 to 5 glucose tablets. Check your blood sugar again after 10–15 minutes and repeat if it is still under 4 mmol/L.',
    sources: ['NHS-HYPO'],
  },
  {
    id: 'hypo_call_if_not_better',
    text: 'Call your emergency number if it does not improve after three tries, or if the person becomes drowsy, confused or cannot swallow; do not give food or drink to someone who cannot swallow.',
    sources: ['NHS-HYPO'],
  },
];

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
        { finding: 'sudden_one_side_numbness' },
        { finding: 'sudden_vision_loss' },
        { finding: 'sudden_balance_loss' },
        { finding: 'sudden_confusion' },
        { finding: 'sudden_headache' },
      ],
    },
    text: 'These are warning signs of a stroke or mini-stroke (TIA). Call your emergency number now, even if the signs have gone away, and note when they started.',
    sources: ['ASA-FAST', 'BEFAST', 'NICE-NG128'],
    causes: ['stroke_tia'],
    withholdsSelfCare: true,
  },
  {
    id: 'sudden_one_side_arm_and_leg',
    level: 'emergency',
    when: { allOf: [{ finding: 'onset_sudden' }, { finding: 'leg_numb_same_side' }] },
    text: 'Sudden numbness of an arm and a leg on the same side is a warning sign of a stroke. Call your emergency number now, even if it is getting better.',
    sources: ['ASA-FAST', 'NHS-STROKE'],
    causes: ['stroke_tia'],
    withholdsSelfCare: true,
  },
  {
    id: 'chest_pain',
    level: 'emergency',
    when: { finding: 'chest_pain' },
    text: 'Chest pain, pressure, heaviness or tightness with arm numbness can be a heart attack. Call your emergency number now; do not wait more than five minutes and do not drive yourself.',
    sources: ['AHA-HA', 'NHS-HA', 'NICE-CG95'],
    causes: ['cardiac_ischemia'],
    withholdsSelfCare: true,
  },
  {
    id: 'heart_attack_signs',
    level: 'emergency',
    // Heart attacks, in women especially, can come without chest pain: two of the other warning signs together
    // with arm symptoms are treated as one.
    when: { atLeast: 2, of: ['breathless', 'cold_sweat', 'nausea', 'lightheaded', 'jaw_back_pain'] },
    text: 'Arm numbness with these symptoms together can be a heart attack, even without chest pain. Call your emergency number now.',
    sources: ['AHA-HA', 'NHS-HA'],
    causes: ['cardiac_ischemia'],
    withholdsSelfCare: true,
  },
  {
    id: 'atypical_heart_signs',
    level: 'emergency',
    // Older people, people with diabetes and women more often have a heart attack as neck or jaw discomfort with
    // sickness or a cold sweat and no chest pain; NICE CG95 asks that symptoms not be weighed differently in women.
    when: {
      allOf: [
        { anyOf: [{ finding: 'neck_pain' }, { finding: 'jaw_back_pain' }] },
        { anyOf: [{ finding: 'nausea' }, { finding: 'cold_sweat' }] },
        { anyOf: [{ finding: 'age_65_plus' }, { finding: 'diabetes' }, { finding: 'sex_female' }] },
      ],
    },
    text: 'In women, older people and people with diabetes, a heart attack often shows as neck or jaw discomfort with feeling sick or a cold sweat, and no chest pain. With arm numbness, call your emergency number now.',
    sources: ['AHA-HA', 'NHS-HA', 'NICE-CG95'],
    causes: ['cardiac_ischemia'],
    withholdsSelfCare: true,
  },
  {
    id: 'limb_at_risk',
    level: 'emergency',
    // Acute limb ischaemia needs no injury: an embolus (often from atrial fibrillation) blocks the artery.
    when: { finding: 'pale_cold_painful_limb' },
    text: 'A hand or arm that has suddenly gone pale or cold and painful may have lost its blood supply, with or without an injury. Call your emergency number now: it can be saved only within hours.',
    sources: ['ESVS-ALI-2020', 'NHS-PINS'],
    causes: ['arterial_occlusion'],
    withholdsSelfCare: true,
  },
  {
    id: 'compartment_syndrome',
    level: 'emergency',
    // Pulses and colour stay normal until late: rising pain after a crush, fracture or cast is enough.
    when: { finding: 'compartment_signs' },
    text: 'Pain that keeps rising, or a tight swelling, after a crush, a fracture or in a cast can mean pressure is building up inside the arm and cutting off its nerves and muscles, even while the fingers are still pink. Call your emergency number now.',
    sources: ['BOAST-CS', 'NHS-COMPARTMENT'],
    causes: ['compartment_syndrome'],
    withholdsSelfCare: true,
  },
  {
    id: 'spinal_injury',
    level: 'emergency',
    when: { finding: 'major_trauma' },
    text: 'Numbness or weakness after a road accident, a fall from a height, a diving accident or a blow to the head or neck can mean the spinal cord in the neck is hurt. Call your emergency number now and keep your neck still.',
    sources: ['NICE-NG41'],
    causes: ['spinal_cord_injury'],
    withholdsSelfCare: true,
  },
  {
    id: 'arm_clot_with_breathlessness',
    level: 'emergency',
    when: {
      allOf: [
        { finding: 'sudden_arm_swelling' },
        { anyOf: [{ finding: 'breathless' }, { finding: 'chest_pain' }] },
      ],
    },
    text: 'A swollen or discoloured arm with breathlessness or chest pain can mean a clot from the arm has reached the lungs. Call your emergency number now.',
    sources: ['NHS-DVT'],
    causes: ['upper_limb_dvt'],
    withholdsSelfCare: true,
  },
  {
    id: 'breathing_or_swallowing',
    level: 'emergency',
    when: {
      anyOf: [
        { finding: 'swallowing_trouble' },
        {
          allOf: [
            { anyOf: [{ finding: 'rapid_weakness' }, { finding: 'ascending_tingling' }] },
            { finding: 'breathless' },
          ],
        },
      ],
    },
    text: 'Trouble swallowing or breathing with numbness or spreading weakness can mean the nerves to the breathing and swallowing muscles are failing (as in Guillain–Barré syndrome), or a stroke. Call your emergency number now.',
    sources: ['NHS-GBS', 'NHS-STROKE'],
    causes: ['guillain_barre', 'stroke_tia'],
    now: [nothingToSwallow],
    withholdsSelfCare: true,
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
    sources: ['DCM-BMJ2018', 'CKS-NECK'],
    causes: ['cervical_myelopathy', 'spinal_infection_or_tumour'],
    withholdsSelfCare: true,
  },

  // Urgent: see a doctor today.
  {
    id: 'exertional_chest_pain',
    level: 'urgent',
    when: { anyOf: [{ finding: 'exertional_chest_pain' }, { finding: 'exertional_arm_jaw_discomfort' }] },
    text: 'Discomfort in the chest, arm, neck or jaw that comes on with exertion and eases with rest can be angina, even without chest pain, and needs a doctor today. If it comes on at rest or lasts more than a few minutes, call your emergency number.',
    sources: ['NICE-CG95', 'NHS-ANGINA'],
    causes: ['cardiac_ischemia'],
    withholdsSelfCare: true,
  },
  {
    id: 'one_heart_sign',
    level: 'urgent',
    // One of these alone with arm numbness is not enough to call an ambulance, but a heart problem must be ruled
    // out the same day. Nausea alone is common (pregnancy, a stomach bug) and is weighed by the doctor rule below.
    when: {
      anyOf: [{ finding: 'breathless' }, { finding: 'cold_sweat' }, { finding: 'jaw_back_pain' }],
    },
    text: 'Arm numbness with this symptom can come from the heart, even without chest pain. See a doctor today; call your emergency number if chest pain or a second of these symptoms comes.',
    sources: ['AHA-HA', 'NHS-HA'],
    causes: ['cardiac_ischemia'],
    withholdsSelfCare: true,
  },
  {
    id: 'tia_passed',
    level: 'urgent',
    // NICE NG128: a suspected TIA whose symptoms have resolved is referred at once, to be seen within 24 hours;
    // risk scores must not lower that urgency.
    when: { finding: 'sudden_one_side_numbness_passed' },
    text: 'Numbness on one side that came on suddenly and has passed can be a mini-stroke (TIA). A stroke specialist should see you within 24 hours: get seen today, and call your emergency number at once if it comes back.',
    sources: ['NICE-NG128', 'NHS-TIA', 'ASA-FAST'],
    causes: ['stroke_tia'],
    withholdsSelfCare: true,
  },
  {
    id: 'sudden_and_persisting',
    level: 'urgent',
    // A pure sensory stroke can present as sudden numbness alone, without weakness or speech trouble.
    when: { allOf: [{ finding: 'onset_sudden' }, { finding: 'constant' }] },
    text: 'Numbness that came on suddenly and has not gone away should be checked by a doctor today: now and then it comes from a small stroke, even without other signs. If it is on one side of the body, or any stroke sign appears, call your emergency number.',
    sources: ['ASA-FAST', 'NHS-STROKE', 'NHS-PINS'],
    causes: ['stroke_tia'],
  },
  {
    id: 'recent_injury',
    level: 'urgent',
    when: { finding: 'recent_injury' },
    text: 'Numbness after a recent injury can mean a nerve or blood vessel was hurt, and needs a doctor today.',
    sources: ['SEED:top-5-causes', 'NHS-BROKEN-ARM'],
    causes: ['injury_nerve_damage'],
  },
  {
    id: 'sudden_arm_swelling',
    level: 'urgent',
    when: { finding: 'sudden_arm_swelling' },
    text: 'A suddenly swollen, heavy or purple arm can be a blood clot in the arm veins and needs a doctor today. Call your emergency number if you get breathless or have chest pain.',
    sources: ['NHS-DVT'],
    causes: ['upper_limb_dvt'],
    withholdsSelfCare: true,
  },
  {
    id: 'rapid_weakness',
    level: 'urgent',
    when: { anyOf: [{ finding: 'rapid_weakness' }, { finding: 'ascending_tingling' }] },
    text: 'Weakness or tingling that is getting worse or spreading over hours or days means a nerve is under pressure or under attack now (as in Guillain–Barré syndrome), and needs a doctor today. Call your emergency number if breathing or swallowing becomes difficult.',
    sources: ['NHS-GBS', 'NHS-PINS'],
    causes: ['guillain_barre'],
    withholdsSelfCare: true,
  },
  {
    id: 'progressive_weakness',
    level: 'urgent',
    // A neurological deficit that is getting worse is a red flag whatever its cause (NICE CKS neck pain).
    when: { allOf: [{ finding: 'hand_weakness' }, { finding: 'getting_worse' }] },
    text: 'A hand that is getting weaker means a nerve is being damaged now: see a doctor today, so that it does not become permanent.',
    sources: ['CKS-NECK', 'NHS-CTS'],
  },
  {
    id: 'cord_compression',
    level: 'urgent',
    when: { allOf: [{ finding: 'both_hands_clumsy' }, { finding: 'gait_trouble' }] },
    text: 'Both hands clumsy with trouble walking can mean the spinal cord in the neck is pressed. See a doctor today.',
    sources: ['DCM-BMJ2018', 'CKS-NECK'],
    causes: ['cervical_myelopathy'],
  },
  {
    id: 'bladder_bowel',
    level: 'urgent',
    when: { finding: 'bladder_bowel' },
    text: 'New bladder or bowel trouble with numbness can mean the spinal cord is pressed, and needs a doctor today.',
    sources: ['CKS-NECK', 'DCM-BMJ2018'],
    causes: ['cervical_myelopathy'],
  },
  {
    id: 'neck_pain_red_flags',
    level: 'urgent',
    when: {
      allOf: [
        { anyOf: [{ finding: 'neck_pain' }, { finding: 'pain_from_neck_down_arm' }] },
        {
          anyOf: [
            { finding: 'cancer_history' },
            { finding: 'fever' },
            { finding: 'iv_drug_use' },
            { finding: 'weight_loss' },
            { finding: 'immunosuppressed' },
          ],
        },
      ],
    },
    text: 'Neck pain with numbness, together with cancer (now or before), a fever, injecting drugs, a weakened immune system or weight loss, can come from an infection or a growth in the spine. See a doctor today.',
    sources: ['CKS-NECK'],
    causes: ['spinal_infection_or_tumour'],
    withholdsSelfCare: true,
  },
  {
    id: 'possible_hypo',
    level: 'urgent',
    when: {
      allOf: [
        { finding: 'insulin_or_sulfonylurea' },
        {
          anyOf: [
            { finding: 'cold_sweat' },
            { finding: 'trembling' },
            { finding: 'lips_tingle' },
            { finding: 'lightheaded' },
            { finding: 'sudden_confusion' },
          ],
        },
      ],
    },
    text: 'On insulin or a sulfonylurea, sweating, shaking, tingling lips or fingers, dizziness or confusion can mean your blood sugar is too low. Treat it now; if it keeps happening, speak to your diabetes team today.',
    sources: ['NHS-HYPO'],
    causes: ['hypoglycaemia'],
    now: hypoNow,
  },

  // Book a doctor: signs that need a doctor on their own, and the course of the numbness.
  {
    id: 'heart_sign_alone',
    level: 'doctor',
    when: { anyOf: [{ finding: 'nausea' }, { finding: 'lightheaded' }] },
    text: 'Feeling sick or light-headed with the numbness is worth a doctor’s check. Call your emergency number if chest discomfort, breathlessness or a cold sweat comes with it.',
    sources: ['AHA-HA', 'NHS-PINS'],
  },
  {
    id: 'cord_sign_alone',
    level: 'doctor',
    when: { anyOf: [{ finding: 'both_hands_clumsy' }, { finding: 'gait_trouble' }] },
    text: 'Clumsy hands or new trouble walking can come from pressure on the spinal cord in the neck: a doctor should examine you soon. Get seen today if both come together or get worse.',
    sources: ['DCM-BMJ2018'],
    causes: ['cervical_myelopathy'],
  },
  {
    id: 'risk_history',
    level: 'doctor',
    when: {
      anyOf: [
        { finding: 'cancer_history' },
        { finding: 'fever' },
        { finding: 'iv_drug_use' },
        { finding: 'weight_loss' },
        { finding: 'immunosuppressed' },
        { finding: 'insulin_or_sulfonylurea' },
      ],
    },
    text: 'With your history, numbness should be looked at by a doctor rather than left to settle. Get seen today if you also have neck pain, or weakness that is getting worse.',
    sources: ['CKS-NECK', 'NHS-PINS'],
  },
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
    sources: ['NHS-CTS', 'NHS-PINS'],
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
    when: { anyOf: [{ finding: 'thirst_urination' }, { finding: 'weight_loss' }] },
    text: 'Thirst, passing urine often or losing weight can be signs of diabetes: a doctor can check your blood sugar.',
    sources: ['NHS-DIABETES', 'SEED:top-5-causes'],
    causes: ['diabetic_neuropathy'],
  },
];
