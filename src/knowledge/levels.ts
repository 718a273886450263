import type { Advice, EnginePhrases, Knowledge } from './schema.ts';

/** Carried by every result, in every interface. */
export const notice =
  'numbcheck gives information, not a diagnosis. It cannot examine you. If you are worried, or something here ' +
  'does not fit, contact a doctor; in an emergency call 112, 911 or 999.';

/**
 * What a danger sign answered "don't know" calls for: never less than a doctor's appointment, and the signs first.
 * The engine names the signs; this says what to do about them.
 */
export const unsure: Knowledge['unsure'] = {
  level: 'doctor',
  text: 'You were not sure about these danger signs. Check them now: if any of them is present, or comes on, call your emergency number (112, 911 or 999) for stroke, heart, breathing or limb signs, or see a doctor today for the others. Until they are ruled out, this result cannot say self-care is enough.',
  sources: ['BEFAST', 'AHA-HA', 'NICE-NG128'],
};

/** The engine's own words in a result (see `EnginePhrases`). */
export const phrases: EnginePhrases = {
  nothingUrgent: {
    text: 'No danger signs and nothing in the course of the numbness that needs a doctor now.',
    sources: ['NHS-PINS'],
  },
  notAsked: {
    text: 'Some danger signs were not answered, so this level could be too low until they are checked.',
    sources: ['BEFAST', 'AHA-HA'],
  },
  none: 'No —',
  handMapNotTypical: 'Hand map not typical of carpal tunnel (Katz hand diagram)',
};

/**
 * The emergency level's general steps. Each kind of emergency (emergency-kinds.ts) begins with them too, as the same
 * steps, so that a page with two kinds can show them once. The number is left out of the words: the web page and the
 * terminal put the number for where the person is beside them.
 */
export const callNow: Advice = {
  id: 'call_emergency_number',
  text: 'Call your emergency number now. Do not wait to see if it passes.',
  sources: ['ASA-FAST', 'AHA-HA', 'NHS-HA'],
};
export const doNotDrive: Advice = {
  id: 'do_not_drive',
  text: 'Do not drive yourself to hospital. Wait for the ambulance, or have someone else call it.',
  sources: ['AHA-HA'],
};

/**
 * What each triage level means and what to do now (the level ids and their meaning are fixed in DESIGN.md). The
 * steps here hold for every sign at that level; what is particular to one sign (note the time of a stroke, do not
 * warm a hand without blood) is the `now` of the rule that fired or, for an emergency, of its kind
 * (emergency-kinds.ts), which then stands in for the level's.
 */
export const levels: Knowledge['levels'] = {
  emergency: {
    title: 'Call an ambulance now',
    summary:
      'Call your emergency number now. This could be a stroke, a heart attack or another emergency, and every minute counts.',
    now: [callNow, doNotDrive],
  },
  urgent: {
    title: 'See a doctor today',
    summary:
      'See a doctor today, within 24 hours: an urgent appointment with your doctor, urgent care, or your local urgent advice line (NHS 111 in England).',
    now: [
      {
        id: 'see_doctor_today',
        text: 'Get seen today: ring your doctor for an urgent appointment, go to urgent care, or call your urgent advice line (NHS 111 in England).',
        sources: ['NHS-PINS', 'ASA-FAST'],
      },
      {
        id: 'escalate_if_worse',
        text: 'If you get chest pain, a drooping face, slurred speech, sudden weakness or confusion while you wait, call 112, 911 or 999 at once.',
        sources: ['BEFAST', 'AHA-HA'],
      },
      {
        id: 'do_not_drive_if_weak',
        text: 'Do not drive if your hand or arm is weak or clumsy: ask someone to take you.',
        sources: ['NHS-PINS'],
      },
    ],
  },
  doctor: {
    title: 'Book a doctor’s appointment',
    summary:
      'Book an appointment with your doctor in the coming days to two weeks. This is not an emergency, but it needs a doctor to find the cause.',
    now: [
      {
        id: 'book_appointment',
        text: 'Book an appointment with your doctor (GP) in the next days to two weeks.',
        sources: ['NHS-PINS'],
      },
      {
        id: 'keep_notes',
        text: 'Until then, note when it happens, which fingers, what you were doing and how long it lasts: it helps the doctor.',
        sources: ['NHS-PINS', 'SEED:signs-diagnosis'],
      },
      {
        id: 'safety_net_doctor',
        text: 'Get help sooner if it spreads, your hand gets weak, or new symptoms appear; call 112, 911 or 999 for chest pain, a drooping face, slurred speech or sudden weakness.',
        sources: ['NHS-PINS', 'BEFAST', 'AHA-HA'],
      },
    ],
  },
  self_care: {
    title: 'Self-care is reasonable',
    summary:
      'From your answers, self-care is reasonable for now. See a doctor if it keeps coming back, lasts more than about two weeks, or gets worse.',
    now: [
      {
        id: 'try_self_care',
        text: 'Try the self-care steps below: change position, move and shake the hand, and remove what presses on the arm or wrist.',
        sources: ['NHS-PINS', 'SEED:causes'],
      },
      {
        id: 'see_doctor_if_persists',
        text: 'See a doctor if it keeps coming back, lasts more than about two weeks, gets worse, or your hand gets weak.',
        sources: ['NHS-PINS', 'NHS-CTS'],
      },
      {
        id: 'safety_net_self_care',
        text: 'Call 112, 911 or 999 at once for chest pain, a drooping face, slurred speech, sudden weakness, or sudden loss of vision or balance.',
        sources: ['BEFAST', 'AHA-HA'],
      },
    ],
  },
};
