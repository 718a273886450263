import type { Specialist } from './schema.ts';

/** Who a person may see about their numbness, from the first contact to the specialist clinic. */
export const specialists: Specialist[] = [
  { id: 'gp', name: 'GP (family doctor)', sources: ['NHS-PINS', 'SEED:causes'] },
  {
    id: 'emergency_department',
    name: 'Emergency services and the emergency department (call 112 / 911 / 999)',
    sources: ['ASA-FAST', 'NHS-HA', 'NHS-STROKE'],
  },
  { id: 'stroke_team', name: 'Stroke team or TIA clinic', sources: ['NHS-TIA', 'NHS-STROKE'] },
  {
    id: 'cardiologist',
    name: 'Cardiologist (heart specialist)',
    sources: ['NHS-ANGINA', 'SEED:signs-diagnosis'],
  },
  {
    id: 'neurologist',
    name: 'Neurologist (nerve and brain specialist)',
    sources: ['SEED:treatment', 'NHS-MS'],
  },
  {
    id: 'spinal_surgeon',
    name: 'Spinal surgeon (neurosurgery or orthopaedic spine team)',
    sources: ['DCM-BMJ2018', 'AAOS-CSM'],
  },
  {
    id: 'hand_surgeon',
    name: 'Hand surgeon or orthopaedic surgeon',
    sources: ['NHS-CTS', 'AAOS-CUBITAL', 'NHS-BROKEN-ARM'],
  },
  { id: 'physiotherapist', name: 'Physiotherapist or hand therapist', sources: ['NHS-CTS', 'NICE-CKS-RAD'] },
  {
    id: 'vascular_surgeon',
    name: 'Vascular surgeon (blood vessel specialist)',
    sources: ['UTH-TOS', 'TOS-JONES2019'],
  },
  { id: 'rheumatologist', name: 'Rheumatologist', sources: ['NHS-RAYNAUD', 'RAYNAUD2014'] },
  { id: 'haematologist', name: 'Haematologist (blood specialist)', sources: ['BMJBP-B12', 'NHS-IDA'] },
  {
    id: 'diabetes_team',
    name: 'Diabetes team (diabetes nurse or doctor, podiatrist)',
    sources: ['NHS-NEUROPATHY', 'NHS-DIABETES'],
  },
  {
    id: 'talking_therapist',
    name: 'Talking therapies service (for example cognitive behavioural therapy, CBT)',
    sources: ['NHS-PANIC'],
  },
];
