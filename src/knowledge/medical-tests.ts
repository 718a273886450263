import type { MedicalTest } from './schema.ts';

/**
 * Tests a doctor may order. The seed article's list (blood tests, vessel ultrasound, CT/MRI, electroneuromyography,
 * spine X-ray) is kept where it fits a cause; the rest come from the guideline pages cited.
 */
export const medicalTests: MedicalTest[] = [
  {
    id: 'blood_glucose_hba1c',
    name: 'Blood sugar (glucose) and HbA1c',
    purpose:
      'Checks for diabetes, which may not have been found yet. HbA1c shows your average blood sugar over the last two to three months.',
    sources: ['SEED', 'NHS-DIABETES', 'NHS-NEUROPATHY'],
  },
  {
    id: 'full_blood_count',
    name: 'Full blood count',
    purpose:
      'Counts your red and white blood cells and measures haemoglobin, to look for anaemia and for the large red cells that a lack of vitamin B12 or folate can cause.',
    sources: ['SEED', 'NHS-IDA', 'NHS-B12'],
  },
  {
    id: 'iron_studies',
    name: 'Iron levels (ferritin)',
    purpose: "Shows whether the body's iron stores are low, the most common reason for anaemia.",
    sources: ['NHS-IDA'],
  },
  {
    id: 'vitamin_b12_folate',
    name: 'Vitamin B12 and folate levels',
    purpose:
      'Checks for a lack of vitamin B12 or folate, which can damage nerves and cause pins and needles. Advised for people on metformin who have symptoms.',
    sources: ['SEED', 'BMJBP-B12', 'MHRA-2022', 'NHS-B12'],
  },
  {
    id: 'lipid_profile',
    name: 'Cholesterol (lipid profile)',
    purpose:
      'Measures cholesterol and other blood fats, which raise the risk of narrowed arteries, heart attack and stroke.',
    sources: ['SEED:signs-diagnosis', 'NHS-STROKE', 'NHS-HA'],
  },
  {
    id: 'ecg_troponin',
    name: 'ECG (heart tracing) and troponin blood test',
    purpose:
      'The ECG records the heart’s electrical activity and rhythm; troponin is released into the blood when heart muscle is damaged. Together they show whether a heart attack is happening. Done in the emergency department or ambulance.',
    sources: ['NHS-HA', 'AHA-HA', 'NHS-TIA'],
  },
  {
    id: 'blood_pressure_check',
    name: 'Blood pressure check',
    purpose:
      'High blood pressure is the most important treatable risk factor for stroke and raises the risk of heart disease; it does not itself cause numbness.',
    sources: ['NHS-STROKE', 'NHS-TIA'],
  },
  {
    id: 'nerve_conduction',
    name: 'Nerve conduction study and electromyography (EMG)',
    purpose:
      'Small electrical pulses measure how fast and how well signals travel along a nerve, and a fine needle records muscle activity. It shows where a nerve is being pressed (wrist, elbow or neck) and how badly.',
    sources: ['SEED:signs-diagnosis', 'NHS-CTS', 'AAOS-CUBITAL'],
  },
  {
    id: 'nerve_ultrasound',
    name: 'Ultrasound scan of the nerve',
    purpose:
      'A painless scan that shows whether a nerve is swollen or squeezed, for example at the wrist or elbow.',
    sources: ['SEED', 'AAOS-CUBITAL'],
  },
  {
    id: 'vascular_ultrasound',
    name: 'Ultrasound (Doppler) scan of the blood vessels',
    purpose:
      'Shows blood flow in the arteries and veins: narrowing of the neck arteries after a mini-stroke, a clot, or a vessel squeezed behind the collarbone.',
    sources: ['SEED:signs-diagnosis', 'NHS-TIA', 'NHS-DVT', 'TOS-JONES2019'],
  },
  {
    id: 'cervical_spine_imaging',
    name: 'X-ray or MRI scan of the neck (cervical spine)',
    purpose:
      'An X-ray shows the bones of the neck (wear, bony spurs, an extra rib); an MRI also shows discs, nerve roots and the spinal cord, to find where a nerve or the cord is pressed.',
    sources: ['SEED:signs-diagnosis', 'NICE-CKS-RAD', 'DCM-BMJ2018', 'TOS-JONES2019'],
  },
  {
    id: 'brain_imaging',
    name: 'CT or MRI scan of the brain',
    purpose:
      'Looks for a stroke (a blocked vessel or bleeding) and, with MRI, for the patches of inflammation seen in multiple sclerosis.',
    sources: ['SEED:signs-diagnosis', 'NHS-STROKE', 'NHS-MS'],
  },
  {
    id: 'limb_xray',
    name: 'X-ray of the shoulder, arm, elbow or wrist',
    purpose: 'Shows a broken bone or a dislocated joint that may be pressing on or stretching a nerve.',
    sources: ['NHS-BROKEN-ARM'],
  },
  {
    id: 'foot_sensation_check',
    name: 'Foot check (touch with a fine nylon thread, vibration with a tuning fork)',
    purpose: 'A quick examination of feeling in the feet, to find nerve damage from diabetes early.',
    sources: ['MNSI', 'NHS-NEUROPATHY'],
  },
  {
    id: 'autoimmune_blood_tests',
    name: "Blood tests for conditions linked to Raynaud's",
    purpose:
      "Antibody and inflammation tests that look for conditions such as lupus or scleroderma, which can cause 'secondary' Raynaud's.",
    sources: ['NHS-RAYNAUD', 'RAYNAUD2014'],
  },
  {
    id: 'ct_angiography',
    name: 'CT angiogram of the arm arteries',
    purpose:
      'A scan with dye in the blood vessels that shows where an artery is blocked, so that it can be opened.',
    sources: ['ESVS-ALI-2020'],
  },
  {
    id: 'compartment_pressure',
    name: 'Examination, and sometimes a pressure measurement, of the forearm compartments',
    purpose:
      'A surgeon checks for pain on stretching the fingers and tense swelling; a needle can measure the pressure inside the muscle compartments.',
    sources: ['BOAST-CS'],
  },
  {
    id: 'd_dimer',
    name: 'D-dimer blood test',
    purpose:
      'A blood test that, when normal, makes a blood clot unlikely; when raised, a scan looks for one.',
    sources: ['NHS-DVT'],
  },
  {
    id: 'lumbar_puncture',
    name: 'Lumbar puncture (spinal fluid test)',
    purpose:
      'A sample of the fluid around the spinal cord, taken from the lower back, which shows the raised protein of Guillain–Barré syndrome.',
    sources: ['NHS-GBS'],
  },
  {
    id: 'breathing_test',
    name: 'Breathing test (vital capacity)',
    purpose:
      'Measures how strongly you can breathe out, repeated to catch weakening breathing muscles early.',
    sources: ['NHS-GBS'],
  },
  {
    id: 'inflammation_blood_tests',
    name: 'Blood tests for infection and inflammation (CRP, ESR, blood cultures)',
    purpose: 'Show whether an infection or another inflammatory process could be behind the neck pain.',
    sources: ['CKS-NECK'],
  },
];
