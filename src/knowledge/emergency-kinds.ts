import { callNow, doNotDrive } from './levels.ts';
import type { Advice, EmergencyKind, Knowledge } from './schema.ts';

/**
 * What to do for each kind of emergency, in place of the emergency level's general steps: the emergency page (web
 * and terminal) and the plan's `now` show the steps of the kind, or kinds, that fired and no others, so that a
 * stroke is not given chest-pain advice nor a heart attack stroke advice. Every emergency rule and every cause with
 * an emergency urgency belongs to one kind here or is listed in `genericEmergencies` (checked by `checkKnowledge`).
 *
 * Every step cites the guidance that says it. Left out because no listed source says it: removing rings, and
 * anything about medicines other than aspirin.
 */

/** Shared with the rule for trouble swallowing or breathing, which has no kind of its own. */
export const nothingToSwallow: Advice = {
  id: 'nothing_to_swallow',
  text: 'Do not eat or drink until you have been checked: swallowing may be affected.',
  sources: ['NHS-STROKE', 'NHS-GBS'],
};

export const emergencyKinds: EmergencyKind[] = [
  {
    id: 'stroke',
    title: 'Stroke or mini-stroke (TIA)',
    summary: 'This could be a stroke or a mini-stroke (TIA), and every minute counts.',
    signs: {
      text: 'A face drooping on one side, an arm or leg suddenly weak or numb on one side, slurred or muddled speech, sudden loss of sight or balance, sudden confusion, or a sudden severe headache.',
      sources: ['BEFAST', 'ASA-FAST', 'NICE-NG128'],
    },
    rules: ['stroke_signs', 'sudden_one_side_arm_and_leg'],
    causes: ['stroke_tia'],
    now: [
      callNow,
      {
        id: 'stroke_even_if_passed',
        text: 'Call even if the symptoms go away: a mini-stroke that clears can be followed by a full stroke.',
        sources: ['ASA-FAST', 'NICE-NG128'],
      },
      {
        id: 'stroke_note_time',
        text: 'Note the time the symptoms started, or when you were last well: the treatment depends on it.',
        sources: ['ASA-FAST', 'NHS-STROKE'],
      },
      doNotDrive,
    ],
    tell: [
      {
        id: 'stroke_tell',
        text: 'Say that you think it is a stroke, which signs you have, and the time you noted.',
        sources: ['ASA-FAST', 'NHS-STROKE'],
      },
    ],
    wait: [nothingToSwallow],
  },
  {
    id: 'heart',
    title: 'Heart attack',
    summary: 'This could be a heart attack, and every minute counts.',
    signs: {
      text: 'Pain, pressure, heaviness or tightness in the chest; or, even without chest pain, breathlessness, a cold sweat, feeling sick or light-headed, or pain in the jaw, neck or back, with the arm symptoms.',
      sources: ['AHA-HA', 'NHS-HA', 'NICE-CG95'],
    },
    rules: ['chest_pain', 'heart_attack_signs', 'atypical_heart_signs'],
    causes: ['cardiac_ischemia'],
    now: [
      callNow,
      {
        id: 'heart_even_if_unsure',
        text: 'Call even if you are not sure it is a heart attack: never wait more than five minutes to see.',
        sources: ['AHA-HA'],
      },
      doNotDrive,
    ],
    tell: [
      {
        id: 'heart_tell',
        text: 'Say that it could be a heart attack, what you feel, and when it started.',
        sources: ['AHA-HA', 'NHS-HA'],
      },
    ],
    wait: [
      {
        id: 'heart_sit_and_rest',
        text: 'Stop what you are doing and sit down to rest while you wait. If you are alone, unlock the door.',
        sources: ['NHS-HA'],
      },
      {
        // NHS: aspirin 300 mg chewed while waiting, if it is at hand and the person is not allergic to it.
        id: 'heart_aspirin_if_advised',
        text: 'If you are not allergic to aspirin and the call handler agrees, chew one adult 300 mg tablet slowly while you wait.',
        sources: ['NHS-HA'],
      },
    ],
  },
  {
    id: 'limb',
    title: 'Hand or arm losing its blood supply',
    summary: 'A hand or arm may be losing its blood supply: it can be saved only within hours.',
    signs: {
      text: 'A hand or arm that suddenly turns pale, white, blue or cold and painful; or pain that keeps rising, or a tight, hard swelling, after a crush, a fracture or in a plaster cast.',
      sources: ['ESVS-ALI-2020', 'BOAST-CS'],
    },
    rules: ['limb_at_risk', 'compartment_syndrome'],
    causes: ['arterial_occlusion', 'compartment_syndrome'],
    now: [
      callNow,
      {
        id: 'limb_do_not_warm',
        text: 'Do not warm, rub or massage the hand or arm: without its blood supply it cannot take the extra demand.',
        sources: ['ESVS-ALI-2020'],
      },
    ],
    tell: [
      {
        id: 'limb_tell',
        text: 'Say when the hand or arm changed, or the pain began to rise, and whether there was an injury, a crush, a fracture or a plaster cast.',
        sources: ['ESVS-ALI-2020', 'BOAST-CS'],
      },
    ],
    wait: [
      {
        id: 'limb_keep_level',
        text: 'Keep the arm still, at or just below the level of your heart. Do not raise it.',
        sources: ['ESVS-ALI-2020', 'BOAST-CS'],
      },
      {
        id: 'compartment_loosen',
        text: 'Loosen anything tight around the arm, such as a bandage or a strap. If it is in a plaster cast, say so at once: the cast may need to be split.',
        sources: ['BOAST-CS'],
      },
    ],
  },
  {
    id: 'spinal',
    title: 'Spinal cord hurt or pressed',
    summary: 'The spinal cord in the neck may be hurt or pressed: get help now, and keep still.',
    signs: {
      text: 'Numbness or weakness after a road accident, a fall from a height, a dive or a blow to the head or neck; or clumsy hands or trouble walking with new bladder or bowel trouble.',
      sources: ['NICE-NG41', 'DCM-BMJ2018', 'CKS-NECK'],
    },
    rules: ['spinal_injury', 'cord_compression_with_bladder'],
    causes: ['spinal_cord_injury'],
    now: [
      callNow,
      {
        id: 'spine_keep_still',
        text: 'Keep your head and neck still, and do not move unless you are in danger where you are.',
        sources: ['NICE-NG41'],
      },
    ],
    tell: [
      {
        id: 'spine_tell',
        text: 'Say how it happened (a crash, a fall, a dive or a blow to the head), any trouble with the bladder or bowel, and which arms and legs are numb or weak.',
        sources: ['NICE-NG41', 'CKS-NECK'],
      },
    ],
    wait: [
      {
        id: 'spine_do_not_move',
        text: 'Anyone with you should not move you, but help keep your head and neck still until the ambulance crew take over.',
        sources: ['NICE-NG41'],
      },
    ],
  },
];

/**
 * Emergencies with no kind: they take the emergency level's general steps, and the rule's own `now`. A clot that
 * has reached the lungs and nerves failing the breathing muscles have no steps of their own in the sources beyond
 * calling at once and not eating or drinking.
 */
export const genericEmergencies: Knowledge['genericEmergencies'] = {
  rules: ['arm_clot_with_breathlessness', 'breathing_or_swallowing'],
  causes: [],
};
