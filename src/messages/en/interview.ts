/** numbcheck's words for the interview: step labels, answers, input errors, the self-test offer and timer, in English (ICU MessageFormat). */
export const interview = {
  'step.safety': 'Safety check {number} of {of}',
  'step.question': 'Question {number}',
  'step.selfTest': 'Self-test {number} of {of}',
  'interview.more': '{remaining, plural, =0 { · nearly done} other { · about # more}}',
  'interview.continue': 'Continue',
  'interview.dontKnow': 'I don’t know',
  'interview.tickAll': 'Tick all that apply.',
  'interview.noneOfThese': 'None of these',
  'selfTest.whatToDo': 'What to do',
  'selfTest.yes': 'Yes, the symptoms came',
  'answer.yes': 'Yes',
  'answer.no': 'No',
  'selfTest.dontKnow': 'I don’t know, or I did not try it',
  'input.choose': 'Choose an answer, or “{unknown}”.',
  'input.number': 'Enter a whole number of {unit} from {min} to {max}, or choose “{unknown}”.',
  'input.handMap': 'Tap each place where it is numb or tingles, or choose “{unknown}”.',
  'input.checklist': 'Tick each one that applies, or choose “{none}” or “{unknown}”.',
  'countdown.up': 'Time is up. Now answer the question below.',
  'countdown.stopped': 'Timer stopped.',
  'countdown.started': 'Timer started: {time}.',
  'countdown.stop': 'Stop the timer',
  'countdown.again': 'Start the timer again',
  'countdown.start':
    '{unit, select, minute {Start the {count}-minute timer} other {Start the {count}-second timer}}',
  'offer.optional': 'Optional',
  'offer.title':
    '{count, plural, one {Would you like to try a quick self-test?} other {Would you like to try # quick self-tests?}}',
  'offer.text':
    '{count, plural, one {It can help tell the likely causes apart. It takes about {time}. It is not a medical examination, and you can skip it.} other {They can help tell the likely causes apart. They take about {time}. They are not a medical examination, and you can skip them.}}',
  'offer.accept': '{count, plural, one {Try the self-test} other {Try the self-tests}}',
  'offer.decline': 'No, show my results',
} as const;
