// Cardiac ischaemia: a heart attack or angina, with discomfort or numbness spreading into the arm.
import type { Cause } from '../schema.ts';

export const cardiacIschemia: Cause = {
  id: 'cardiac_ischemia',
  name: 'Heart attack or angina',
  description:
    'When a heart artery narrows or blocks, the heart muscle is short of blood. Pain or pressure in the chest can spread to one or both arms (more often the left), the neck, jaw, back or stomach, and the arm may feel numb or heavy, often with breathlessness, a cold sweat, feeling sick or light-headed. Women and people with diabetes more often have these other signs with little or no chest pain; a heart attack is an emergency, and chest tightness that comes on with exertion (angina) needs a doctor the same day.',
  // Rare among people who look up hand numbness, but never dismissed: the danger screen asks its signs first.
  prior: 0.01,
  priorBasis: 'estimate',
  // The danger score counts every raising finding. Risk factors and the arm pattern are kept mild so that, without a
  // heart symptom, they reach "urgent" only when many come together; the heart symptoms carry the weight.
  likelihoods: {
    // Most heart attacks with arm symptoms have chest discomfort, but women may have none, so its absence lowers
    // the chance (×0.31) without ruling it out.
    chest_pain: { ifCause: 0.7, basis: 'estimate', sources: ['AHA-HA', 'NHS-HA'] },
    exertional_chest_pain: {
      ifCause: 0.35,
      basis: 'estimate',
      sources: ['NHS-ANGINA', 'SEED:signs-diagnosis'],
    },
    // Angina felt only in the arm or jaw (NICE CG95): as telling as exertional chest pressure, and it comes without
    // chest pain, so the absence of chest pain must not outweigh it.
    exertional_arm_jaw_discomfort: { ifCause: 0.5, basis: 'estimate', sources: ['NICE-CG95', 'NHS-ANGINA'] },
    breathless: { ifCause: 0.3, basis: 'estimate', sources: ['AHA-HA', 'NHS-HA'] },
    cold_sweat: { ifCause: 0.25, basis: 'estimate', sources: ['AHA-HA', 'NHS-HA'] },
    nausea: { ifCause: 0.2, basis: 'estimate', sources: ['AHA-HA', 'NHS-HA'] },
    lightheaded: { ifCause: 0.15, basis: 'estimate', sources: ['AHA-HA', 'NHS-HA'] },
    jaw_back_pain: { ifCause: 0.2, basis: 'estimate', sources: ['AHA-HA', 'NHS-HA'] },
    // Either arm or both can be affected, the left more often: left only nets ×1.5, right only ×0.6.
    side_left: { ifCause: 0.62, basis: 'estimate', sources: ['SEED:signs-diagnosis', 'AHA-HA'] },
    side_right: { ifCause: 0.45, basis: 'estimate', sources: ['AHA-HA'] },
    arm_involved: { ifCause: 0.45, basis: 'estimate', sources: ['AHA-HA'] },
    onset_sudden: { ifCause: 0.4, basis: 'estimate', sources: ['AHA-HA'] },
    age_50_plus: { ifCause: 0.6, basis: 'estimate', sources: ['NHS-HA'] },
    age_65_plus: { ifCause: 0.28, basis: 'estimate', sources: ['NHS-HA'] },
    age_under_30: { ifCause: 0.04, basis: 'estimate', sources: ['NHS-HA'] },
    heart_disease: { ifCause: 0.12, basis: 'estimate', sources: ['NHS-HA', 'NHS-ANGINA'] },
    diabetes: { ifCause: 0.11, basis: 'estimate', sources: ['NHS-HA'] },
    high_blood_pressure: { ifCause: 0.2, basis: 'estimate', sources: ['NHS-HA', 'SEED:causes'] },
    high_cholesterol: { ifCause: 0.16, basis: 'estimate', sources: ['NHS-HA', 'SEED:causes'] },
    smoker: { ifCause: 0.2, basis: 'estimate', sources: ['NHS-HA', 'SEED:treatment'] },
    // Numbness that clears on shaking the hand or moving, or that comes from lying on the arm, is not the heart.
    // The neck and jaw discomfort of a heart attack in women, older people and people with diabetes.
    neck_pain: { ifCause: 0.2, basis: 'estimate', sources: ['AHA-HA', 'NICE-CG95'] },
    resolves_on_moving: { ifCause: 0.12, basis: 'estimate', sources: ['AHA-HA'] },
    lying_on_arm: { ifCause: 0.05, basis: 'estimate', sources: ['AHA-HA'] },
    // Angina can recur for weeks before it is seen; only a heart attack is new by definition.
    lasting_over_2_weeks: { ifCause: 0.4, basis: 'estimate', sources: ['NHS-ANGINA'] },
  },
  urgency: [
    {
      level: 'emergency',
      threshold: 0.25,
      text: 'Your answers could fit a heart attack. Call your emergency number now.',
      sources: ['AHA-HA', 'NHS-HA'],
    },
    {
      level: 'urgent',
      threshold: 0.1,
      text: 'Some of your answers could be a sign of a heart problem such as angina. Please be checked by a doctor today. If chest pain, pressure, breathlessness or a cold sweat come on, or last more than a few minutes, call your emergency number.',
      sources: ['NHS-ANGINA', 'AHA-HA'],
    },
  ],
  tests: ['ecg_troponin', 'lipid_profile', 'blood_glucose_hba1c', 'blood_pressure_check'],
  specialists: ['emergency_department', 'cardiologist', 'gp'],
  selfCare: [
    {
      id: 'heart_call_now',
      text: 'Do not wait to see whether it passes: if chest discomfort, breathlessness or a cold sweat come with the arm symptoms for more than five minutes, call your emergency number. Do not drive yourself.',
      sources: ['AHA-HA', 'NHS-HA'],
    },
    {
      id: 'heart_angina_same_day',
      text: 'If chest tightness comes on with exertion and goes away with rest, stop and rest, see a doctor the same day, and do not exercise hard until you have been checked.',
      sources: ['NHS-ANGINA'],
    },
  ],
  prevention: [
    {
      id: 'heart_risk_factors',
      text: 'Do not smoke, and have your blood pressure, cholesterol and blood sugar checked and treated if they are high.',
      sources: ['NHS-HA', 'SEED:treatment'],
    },
    {
      id: 'heart_active_life',
      text: 'Be active most days (brisk walking counts), building up gradually, and eat plenty of vegetables and fruit with less salt.',
      sources: ['NHS-HA', 'SEED:treatment'],
    },
  ],
  sources: ['AHA-HA', 'NHS-HA', 'NHS-ANGINA', 'SEED:signs-diagnosis'],
};
