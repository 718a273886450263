import type { Finding, SourceId } from './schema.ts';

type Unsourced = Omit<Finding, 'baseRateBasis' | 'baseRateSources'>;

/**
 * Findings whose base rates are clinical estimates resting on `sources`: no study counts how often each finding
 * comes with numbness among people who look it up for another reason, so the figures are judged from the sources'
 * descriptions of how common each feature is, and are marked as estimates to be revised when data arrive.
 */
function estimated(sources: SourceId[], group: Unsourced[]): Finding[] {
  return group.map((f) => ({ ...f, baseRateBasis: 'estimate', baseRateSources: sources }));
}

/**
 * Every finding numbcheck can hold about a person. A finding's base rate is how often it is present among people
 * who look up hand numbness for a reason other than the cause being weighed.
 */
export const findings: Finding[] = [
  // Danger screen: stroke and mini-stroke (BE-FAST), asked as "now or with this numbness, even if it has passed".
  ...estimated(
    ['BEFAST', 'NHS-PINS'],
    [
      { id: 'face_droop', label: 'Face drooping, numb or uneven on one side', baseRate: 0.01, danger: true },
      {
        id: 'speech_trouble',
        label: 'Slurred or muddled speech, or trouble finding or understanding words',
        baseRate: 0.01,
        danger: true,
      },
      {
        id: 'one_side_weakness',
        label: 'Sudden weakness or heaviness of an arm or leg on one side',
        baseRate: 0.02,
        danger: true,
      },
      {
        id: 'sudden_one_side_numbness',
        label:
          'Numbness on one side of the body (face, arm or leg) that came on suddenly, out of the blue, and is still there',
        baseRate: 0.02,
        danger: true,
      },
      {
        id: 'sudden_one_side_numbness_passed',
        label:
          'Numbness on one side of the body that came on suddenly, out of the blue, and has gone again (not after lying on the arm)',
        baseRate: 0.03,
        danger: true,
      },
      {
        id: 'sudden_vision_loss',
        label: 'Sudden blurred or double vision, or loss of sight in one or both eyes',
        baseRate: 0.01,
        danger: true,
      },
      {
        id: 'sudden_balance_loss',
        label: 'Sudden loss of balance or coordination, or severe dizziness',
        baseRate: 0.02,
        danger: true,
      },
      {
        id: 'sudden_confusion',
        label: 'Sudden confusion, or so drowsy that waking or answering is hard',
        baseRate: 0.01,
        danger: true,
      },
      {
        id: 'sudden_headache',
        label: 'A sudden, severe headache with no known cause',
        baseRate: 0.01,
        danger: true,
      },
    ],
  ),

  // Danger screen: heart attack and angina.
  ...estimated(
    ['AHA-HA', 'NICE-CG95'],
    [
      {
        id: 'chest_pain',
        label:
          'Chest pain, pressure, heaviness, squeezing or tightness now, or lasting more than a few minutes',
        baseRate: 0.02,
        danger: true,
      },
      {
        id: 'exertional_chest_pain',
        label: 'Chest pressure or tightness that comes on with exertion and eases with rest',
        baseRate: 0.02,
        danger: true,
      },
      {
        id: 'exertional_arm_jaw_discomfort',
        label:
          'Discomfort, heaviness or numbness in the arm, shoulder, neck or jaw that comes on with exertion (walking uphill, stairs) and goes within minutes of rest',
        baseRate: 0.02,
        danger: true,
      },
      { id: 'breathless', label: 'Short of breath with the numbness', baseRate: 0.04, danger: true },
      {
        id: 'cold_sweat',
        label: 'Breaking out in a cold sweat, or cold and clammy (not the sweat of exercise or heat)',
        baseRate: 0.02,
        danger: true,
      },
      { id: 'nausea', label: 'Feeling sick (nausea) or vomiting', baseRate: 0.04, danger: true },
      { id: 'lightheaded', label: 'Light-headed or feeling faint', baseRate: 0.05, danger: true },
      {
        id: 'jaw_back_pain',
        label:
          'Pain or discomfort in the jaw, throat, upper back or upper stomach that came with the arm symptoms (not a neck ache you already had)',
        baseRate: 0.04,
        danger: true,
      },
    ],
  ),

  // Danger screen: injury, blood supply, spinal cord and fast-changing nerve problems.
  ...estimated(
    ['NHS-PINS', 'NICE-NG41', 'ESVS-ALI-2020', 'NHS-GBS'],
    [
      {
        id: 'recent_injury',
        label:
          'An injury in the last few days: fall, fracture, dislocation, crush or cut to the neck, shoulder, arm or hand',
        baseRate: 0.02,
        danger: true,
      },
      {
        id: 'major_trauma',
        label:
          'Before the numbness: a road accident, a fall from a height or down stairs, a diving accident, or a blow to the head or neck',
        baseRate: 0.01,
        danger: true,
      },
      {
        id: 'compartment_signs',
        label:
          'Since a crush, a fracture or a plaster cast: pain that keeps rising or is far worse than expected, or a tight, hard swelling',
        baseRate: 0.003,
        danger: true,
      },
      {
        id: 'pale_cold_painful_limb',
        label:
          'A hand or arm that suddenly turned pale, white, blue or cold and painful and does not warm up, or has no pulse at the wrist',
        baseRate: 0.005,
        danger: true,
      },
      {
        id: 'sudden_arm_swelling',
        label:
          'Sudden swelling of one arm, or the arm turning purple or blue and heavy, with veins standing out',
        baseRate: 0.005,
        danger: true,
      },
      {
        id: 'rapid_weakness',
        label: 'Weakness that is getting worse over hours or days',
        baseRate: 0.02,
        danger: true,
      },
      {
        id: 'ascending_tingling',
        label:
          'Tingling or weakness that started in the feet or hands and is spreading up the legs or arms over hours or days',
        baseRate: 0.01,
        danger: true,
      },
      {
        id: 'swallowing_trouble',
        label: 'New trouble swallowing, or breathing that feels weak or shallow',
        baseRate: 0.005,
        danger: true,
      },
      {
        id: 'both_hands_clumsy',
        label: 'Both hands clumsy (buttons, writing, dropping things)',
        baseRate: 0.03,
        danger: true,
      },
      {
        id: 'gait_trouble',
        label: 'New trouble walking: tripping, unsteady or stiff legs',
        baseRate: 0.02,
        danger: true,
      },
      {
        id: 'bladder_bowel',
        label: 'New trouble controlling or emptying the bladder or bowel',
        baseRate: 0.005,
        danger: true,
      },
    ],
  ),

  // Danger screen: history that changes how soon a doctor should look (neck red flags, low blood sugar).
  ...estimated(
    ['CKS-NECK', 'NHS-HYPO'],
    [
      { id: 'cancer_history', label: 'Cancer, now or in the past', baseRate: 0.04, danger: true },
      { id: 'fever', label: 'A fever, or feeling hot and shivery', baseRate: 0.03, danger: true },
      { id: 'iv_drug_use', label: 'Injecting drugs', baseRate: 0.005, danger: true },
      { id: 'weight_loss', label: 'Losing weight without trying', baseRate: 0.03, danger: true },
      {
        id: 'immunosuppressed',
        label: 'A weakened immune system (chemotherapy, long-term steroids, HIV, transplant medicines)',
        baseRate: 0.02,
        danger: true,
      },
      {
        id: 'insulin_or_sulfonylurea',
        label: 'Taking insulin, or a diabetes tablet such as gliclazide or glimepiride (a sulfonylurea)',
        baseRate: 0.03,
        danger: true,
      },
    ],
  ),

  // Where: set by the hand map.
  ...estimated(
    ['NHS-PINS', 'NHS-CTS', 'KATZ1990'],
    [
      { id: 'side_left', label: 'The left hand or arm', baseRate: 0.5 },
      { id: 'side_right', label: 'The right hand or arm', baseRate: 0.55 },
      { id: 'both_hands', label: 'Both hands', baseRate: 0.3 },
      {
        id: 'katz_classic_probable',
        label: 'Hand map rated classic or probable carpal tunnel (Katz hand diagram)',
        baseRate: 0.1,
      },
      {
        id: 'katz_possible',
        label: 'Hand map rated possible carpal tunnel (Katz hand diagram)',
        baseRate: 0.2,
      },
      { id: 'ulnar_fingers', label: 'Little finger and ring finger side of the hand', baseRate: 0.12 },
      { id: 'back_of_thumb', label: 'Back of the thumb and first web space only', baseRate: 0.03 },
      { id: 'all_fingers', label: 'All five fingers of a hand', baseRate: 0.3 },
      {
        id: 'arm_involved',
        label: 'The forearm, upper arm or whole arm as well as the hand',
        baseRate: 0.25,
      },
    ],
  ),

  // Elsewhere in the body.
  ...estimated(
    ['NHS-PINS', 'NHS-NEUROPATHY'],
    [
      { id: 'lips_tingle', label: 'Tingling around the mouth or lips', baseRate: 0.03 },
      { id: 'feet_numb', label: 'Feet or toes numb, tingling or burning', baseRate: 0.08 },
      { id: 'leg_numb_same_side', label: 'A leg numb on the same side as the hand', baseRate: 0.03 },
    ],
  ),

  // Onset, duration and course.
  ...estimated(
    ['NHS-PINS'],
    [
      { id: 'onset_sudden', label: 'Came on suddenly, within seconds or minutes', baseRate: 0.25 },
      { id: 'onset_days', label: 'Developed over hours to a few days', baseRate: 0.15 },
      { id: 'onset_gradual', label: 'Came on gradually over weeks or months', baseRate: 0.35 },
      { id: 'lasting_under_day', label: 'First noticed less than a day ago', baseRate: 0.2 },
      {
        id: 'lasting_over_2_weeks',
        label: 'Has gone on (or kept coming back) for more than two weeks',
        baseRate: 0.5,
      },
      { id: 'constant', label: 'There all the time', baseRate: 0.2 },
      { id: 'comes_and_goes', label: 'Comes and goes in episodes', baseRate: 0.6 },
      { id: 'single_episode_passed', label: 'Happened once and has passed', baseRate: 0.15 },
      { id: 'getting_worse', label: 'Getting worse, more often, or spreading', baseRate: 0.15 },
      {
        id: 'resolves_on_moving',
        label: 'Goes away within minutes on moving, shaking the hand or changing position',
        baseRate: 0.3,
      },
      {
        id: 'hand_weakness',
        label: 'Weak grip, dropping things, or trouble spreading the fingers',
        baseRate: 0.12,
      },
    ],
  ),

  // Triggers and contexts.
  ...estimated(
    ['NHS-PINS', 'SEED:causes'],
    [
      { id: 'night_waking', label: 'Wakes you at night or is there when you wake up', baseRate: 0.3 },
      {
        id: 'lying_on_arm',
        label: 'After lying on the arm or with it hanging over an edge',
        baseRate: 0.15,
      },
      {
        id: 'tight_items',
        label: 'Wearing a tight watch, rings, bracelets, cuffs or sleeves',
        baseRate: 0.08,
      },
      { id: 'elbow_leaning', label: 'Leaning on the elbow, or elbow bent for a long time', baseRate: 0.1 },
      { id: 'during_running', label: 'While running or exercising, settling afterwards', baseRate: 0.08 },
      { id: 'hand_swelling', label: 'Hands or fingers swell', baseRate: 0.06 },
      { id: 'keyboard_mouse', label: 'Typing or using a mouse', baseRate: 0.25 },
      { id: 'phone_or_driving', label: 'Holding a phone, a book or a steering wheel', baseRate: 0.2 },
      { id: 'cycling', label: 'Cycling (pressure on the handlebars)', baseRate: 0.04 },
      { id: 'gripping_tools', label: 'Gripping, vibrating tools or repetitive hand work', baseRate: 0.12 },
      {
        id: 'arms_overhead',
        label: 'Arms raised above the head (painting, hair, reaching up)',
        baseRate: 0.06,
      },
      {
        id: 'heavy_straps',
        label: 'Carrying a heavy bag or backpack, or tight straps on the shoulder',
        baseRate: 0.05,
      },
      { id: 'neck_movement', label: 'Moving the neck, especially looking up or turning', baseRate: 0.08 },
      {
        id: 'cold_trigger',
        label: 'Brought on by cold: cold weather, cold water, the freezer',
        baseRate: 0.06,
      },
      {
        id: 'prolonged_cold',
        label: 'After a long time in the cold without enough protection',
        baseRate: 0.03,
      },
      { id: 'stress_trigger', label: 'Brought on by stress, anxiety or panic', baseRate: 0.08 },
    ],
  ),

  // Accompanying symptoms.
  ...estimated(
    ['NHS-PINS', 'NHS-NECK'],
    [
      { id: 'neck_pain', label: 'Neck pain or stiffness', baseRate: 0.15 },
      {
        id: 'pain_from_neck_down_arm',
        label: 'Pain or tingling that shoots from the neck down the arm',
        baseRate: 0.06,
      },
      { id: 'arm_heaviness_aching', label: 'The arm feels heavy, tired or aching', baseRate: 0.1 },
      { id: 'colour_change', label: 'Fingers turn white or blue, then red', baseRate: 0.03 },
      { id: 'burning_pain', label: 'Burning pain', baseRate: 0.06 },
      { id: 'fatigue', label: 'Unusually tired or exhausted', baseRate: 0.15 },
      { id: 'pale_skin', label: 'Pale skin', baseRate: 0.04 },
      {
        id: 'exertional_breathlessness',
        label: 'Out of breath more easily than usual (stairs, walking)',
        baseRate: 0.06,
      },
      { id: 'heavy_periods', label: 'Heavy periods', baseRate: 0.04 },
      {
        id: 'fast_breathing_panic',
        label: 'Breathing fast, racing heart or a feeling of panic',
        baseRate: 0.05,
      },
      { id: 'thirst_urination', label: 'Very thirsty, or passing urine often', baseRate: 0.03 },
      { id: 'trembling', label: 'Shaking or trembling, or suddenly very hungry', baseRate: 0.05 },
      {
        id: 'recent_infection',
        label: 'A stomach bug, a cold, flu or another infection in the last few weeks',
        baseRate: 0.15,
      },
      { id: 'sore_tongue', label: 'A sore, red tongue', baseRate: 0.02 },
      { id: 'memory_balance', label: 'Memory or balance problems developing over months', baseRate: 0.03 },
      {
        id: 'lhermitte',
        label: 'An electric-shock feeling down the spine when bending the neck forward',
        baseRate: 0.01,
      },
      {
        id: 'past_vision_episode',
        label: 'An earlier episode of blurred, double or painful vision that lasted days',
        baseRate: 0.02,
      },
    ],
  ),

  // History, medicines and risk factors.
  ...estimated(
    ['NHS-DIABETES', 'NHS-HA', 'NHS-STROKE', 'MHRA-2022', 'BMJBP-B12'],
    [
      { id: 'diabetes', label: 'Diabetes', baseRate: 0.08 },
      { id: 'pregnancy', label: 'Pregnant', baseRate: 0.03 },
      { id: 'vegan_diet', label: 'A vegan or strict vegetarian diet', baseRate: 0.05 },
      {
        id: 'gastric_surgery',
        label: "Stomach or bowel surgery (such as a gastric bypass), Crohn's or coeliac disease",
        baseRate: 0.02,
      },
      { id: 'metformin', label: 'Taking metformin', baseRate: 0.05 },
      {
        id: 'acid_medicine',
        label: 'Taking stomach-acid medicine (omeprazole, lansoprazole, famotidine) for months',
        baseRate: 0.08,
      },
      { id: 'heavy_alcohol', label: 'Drinking more than 14 units of alcohol a week', baseRate: 0.08 },
      { id: 'high_blood_pressure', label: 'High blood pressure', baseRate: 0.15 },
      { id: 'high_cholesterol', label: 'High cholesterol', baseRate: 0.12 },
      { id: 'smoker', label: 'Smoking', baseRate: 0.15 },
      {
        id: 'heart_disease',
        label: 'A heart condition, angina or an earlier heart attack or stroke',
        baseRate: 0.04,
      },
      {
        id: 'atrial_fibrillation',
        label: 'An irregular heartbeat (atrial fibrillation)',
        baseRate: 0.03,
      },
      {
        id: 'old_arm_injury',
        label: 'An old fracture, dislocation or injury of that arm, elbow or wrist',
        baseRate: 0.05,
      },
    ],
  ),

  // Age and sex, derived from the answers.
  ...estimated(
    ['NHS-PINS'],
    [
      { id: 'age_under_30', label: 'Under 30 years old', baseRate: 0.2 },
      { id: 'age_50_plus', label: '50 years old or more', baseRate: 0.35 },
      { id: 'age_65_plus', label: '65 years old or more', baseRate: 0.15 },
      { id: 'sex_female', label: 'Female', baseRate: 0.55 },
      { id: 'sex_male', label: 'Male', baseRate: 0.45 },
    ],
  ),

  // Guided self-tests: how often each is positive without the condition, from the tests' own sources.
  ...estimated(
    ['CTS6', 'NICE-CKS-CTS'],
    [
      {
        id: 'phalen_positive',
        label: 'Self-test: wrist-bend (Phalen) brought on the symptoms',
        baseRate: 0.15,
      },
      {
        id: 'tinel_wrist_positive',
        label: 'Self-test: tapping the wrist (Tinel) sent tingling into the fingers',
        baseRate: 0.15,
      },
    ],
  ),
  ...estimated(
    ['AAOS-CUBITAL'],
    [
      {
        id: 'elbow_flexion_positive',
        label: 'Self-test: bending the elbow fully brought on the symptoms in the little and ring fingers',
        baseRate: 0.08,
      },
    ],
  ),
  ...estimated(
    ['TOS-CHANG2021', 'TOS-JONES2019'],
    [
      {
        id: 'arms_overhead_positive',
        label: 'Self-test: holding the arms up and opening and closing the hands brought on the symptoms',
        baseRate: 0.1,
      },
    ],
  ),
];
