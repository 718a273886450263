// Stroke or TIA (mini-stroke): blood supply to part of the brain cut off, for good or for minutes.
import type { Cause } from '../schema.ts';

export const strokeTia: Cause = {
  id: 'stroke_tia',
  name: 'Stroke or mini-stroke (TIA)',
  description:
    'A stroke happens when the blood supply to part of the brain is cut off; a mini-stroke (transient ischaemic attack, TIA) is the same but clears within minutes or hours. The signs come on suddenly: one side of the face drooping, numbness or weakness of an arm or leg on one side, slurred or muddled speech, sudden loss of balance or vision. It is always an emergency, even when the symptoms have gone, because quick treatment saves the brain and a TIA often comes before a stroke.',
  prior: 0.01,
  priorBasis: 'estimate',
  // BE-FAST signs carry the weight (Aroor 2017 reports how often they are missed, not per-sign specificity, so the
  // numbers are estimates). Their chances are set for people who look up numbness, many of whom have a purely
  // sensory stroke, and kept moderate because the signs go together: seven "no" answers would otherwise count as
  // seven independent reasons against a stroke. Sudden one-sided arm and leg numbness with every BE-FAST sign absent
  // still reaches "urgent". The non-specific findings (sudden onset, age, blood pressure, a single passed episode)
  // are kept mild, because the danger score counts every raising finding.
  likelihoods: {
    face_droop: { ifCause: 0.3, basis: 'estimate', sources: ['ASA-FAST', 'BEFAST'] },
    speech_trouble: { ifCause: 0.3, basis: 'estimate', sources: ['ASA-FAST', 'BEFAST'] },
    one_side_weakness: { ifCause: 0.35, basis: 'estimate', sources: ['ASA-FAST', 'BEFAST'] },
    sudden_vision_loss: { ifCause: 0.1, basis: 'estimate', sources: ['BEFAST'] },
    sudden_balance_loss: { ifCause: 0.15, basis: 'estimate', sources: ['BEFAST'] },
    sudden_confusion: { ifCause: 0.08, basis: 'estimate', sources: ['ASA-FAST'] },
    sudden_headache: { ifCause: 0.06, basis: 'estimate', sources: ['ASA-FAST'] },
    leg_numb_same_side: { ifCause: 0.5, basis: 'estimate', sources: ['ASA-FAST', 'NHS-STROKE'] },
    onset_sudden: { ifCause: 0.8, basis: 'estimate', sources: ['ASA-FAST', 'NHS-STROKE'] },
    onset_gradual: { ifCause: 0.04, basis: 'estimate', sources: ['NHS-STROKE'] },
    single_episode_passed: { ifCause: 0.22, basis: 'estimate', sources: ['NHS-TIA'] },
    comes_and_goes: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-TIA'] },
    // A stroke affects one side of the body; numbness of both hands at once is rarely a stroke.
    both_hands: { ifCause: 0.06, basis: 'estimate', sources: ['ASA-FAST', 'NHS-STROKE'] },
    resolves_on_moving: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-STROKE'] },
    lying_on_arm: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-STROKE'] },
    age_50_plus: { ifCause: 0.65, basis: 'estimate', sources: ['NHS-STROKE'] },
    age_under_30: { ifCause: 0.04, basis: 'estimate', sources: ['NHS-STROKE'] },
    high_blood_pressure: { ifCause: 0.3, basis: 'estimate', sources: ['NHS-STROKE', 'SEED:causes'] },
    sudden_one_side_numbness: { ifCause: 0.45, basis: 'estimate', sources: ['ASA-FAST', 'NICE-NG128'] },
    sudden_one_side_numbness_passed: { ifCause: 0.3, basis: 'estimate', sources: ['NICE-NG128', 'NHS-TIA'] },
    swallowing_trouble: { ifCause: 0.05, basis: 'estimate', sources: ['NHS-STROKE'] },
    atrial_fibrillation: { ifCause: 0.15, basis: 'estimate', sources: ['NHS-STROKE'] },
  },
  urgency: [
    {
      level: 'emergency',
      threshold: 0.2,
      text: 'Your answers could fit a stroke or mini-stroke. Call your emergency number now, even if the symptoms have gone away.',
      sources: ['ASA-FAST', 'BEFAST', 'NHS-STROKE'],
    },
    {
      level: 'urgent',
      threshold: 0.08,
      text: 'Some of your answers could fit a mini-stroke (TIA). Please be seen by a doctor today: an urgent GP appointment, urgent care or your urgent advice line. If face drooping, arm weakness, speech trouble, or sudden loss of balance or vision come on, call your emergency number at once.',
      sources: ['NHS-TIA'],
    },
  ],
  tests: [
    'brain_imaging',
    'vascular_ultrasound',
    'ecg_troponin',
    'blood_pressure_check',
    'lipid_profile',
    'blood_glucose_hba1c',
  ],
  specialists: ['emergency_department', 'stroke_team', 'neurologist'],
  // Level-neutral: an emergency plan shows the stroke rule's own steps instead; a passed episode (urgent) shows these.
  selfCare: [
    {
      id: 'stroke_if_it_returns',
      text: 'If the numbness comes back, or your face, speech, an arm or a leg is affected, call your emergency number at once, even if it passes again.',
      sources: ['ASA-FAST', 'NHS-TIA', 'NICE-NG128'],
    },
    {
      id: 'stroke_no_driving',
      text: 'Do not drive until a doctor has checked you, and ask to be seen by a stroke specialist (a TIA clinic) within 24 hours.',
      sources: ['NICE-NG128', 'NHS-TIA'],
    },
  ],
  prevention: [
    {
      id: 'stroke_know_befast',
      text: 'Learn the BE-FAST signs: Balance lost, Eyes (sudden vision loss or double vision), Face drooping, Arm weak or numb, Speech slurred, Time to call the emergency number.',
      sources: ['BEFAST', 'ASA-FAST'],
    },
    {
      id: 'stroke_risk_factors',
      text: 'Have your blood pressure checked regularly and treated if it is high, do not smoke, keep alcohol within 14 units a week, and stay active.',
      sources: ['NHS-STROKE', 'SEED:causes', 'SEED:treatment'],
    },
  ],
  sources: ['ASA-FAST', 'BEFAST', 'NHS-STROKE', 'NHS-TIA', 'SEED:causes', 'SEED:signs-diagnosis'],
};
