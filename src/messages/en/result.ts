/** numbcheck's words for the result page: level, causes, reasons, advice and the part for the doctor, in English (ICU MessageFormat). */
export const result = {
  'likelihood.likely': 'likely',
  'likelihood.possible': 'possible',
  'likelihood.lessLikely': 'less likely',
  'strength.strong': 'strong',
  'strength.moderate': 'moderate',
  'strength.slight': 'slight',
  'result.title': 'Your result',
  'result.mostLikely': 'Most likely cause',
  'result.next': 'What to do next',
  'result.print': 'Print or save as PDF',
  'result.whyLevel': 'Why this level',
  'result.unsure': 'Check these danger signs now',
  'result.unscreened': 'Danger signs not checked',
  'result.unscreenedText':
    'The level above was worked out without these. If you have any of them, the advice may be more urgent:',
  'result.now': 'What to do now',
  'result.causes': 'Possible causes',
  'result.causesText':
    'Each cause is weighed on its own, so more than one can be likely. Open “Why” to see which of your answers fit it and which do not.',
  'result.showNumbers': 'Show the numbers',
  'result.numbersText':
    'The percentage is the chance of each cause on your answers. The “×” after an answer is how much it multiplies the odds of the cause: ×2 doubles them, ×0.5 halves them.',
  'result.tests': 'What a doctor may check',
  'result.specialists': 'Who you may see',
  'result.selfCare': 'Self-care',
  'result.prevention': 'Prevention',
  'result.forEveryone': 'For everyone',
  'result.forCauses': 'For: {causes}',
  'result.back': 'Back to the last question',
  'result.sources': 'Sources',
  'result.sourcesText': 'Every reason, cause, test and piece of advice above comes from these sources.',
  'result.showSources': '{count, plural, one {Show the source} other {Show the # sources}}',
  'result.printHead': 'numbcheck report · {date} · knowledge {version}',
  'result.footer': 'numbcheck knowledge {version} · {date}',
  'doctor.title': 'For your doctor',
  'doctor.text': 'Scores and every answer, for the appointment. Printed in full.',
  'doctor.questionnaires': 'Hand questionnaires',
  'doctor.katz':
    'Katz hand diagram ({hand, select, left {left hand} other {right hand}}): {rating, select, classic {classic — classic carpal tunnel pattern} probable {probable — probable carpal tunnel pattern} possible {possible — possible carpal tunnel pattern} other {unlikely — not a carpal tunnel pattern}}.',
  'doctor.katzExplain':
    'The Katz diagram rates how well a map of the numb places fits carpal tunnel syndrome.',
  'doctor.cts6': 'CTS-6, the parts you can answer yourself: {score} of {max}.',
  'doctor.cts6Explain':
    'CTS-6 is a six-item checklist doctors use for carpal tunnel syndrome; a doctor scores the rest by examining you.',
  'doctor.answers': 'Your answers',
  'cause.why': 'Why',
  'cause.fits': 'What fits',
  'cause.doesNotFit': 'What does not fit',
  'advice.count':
    '{steps, plural, one {# step} other {# steps}}{exercises, plural, =0 {} one {, # exercise} other {, # exercises}}',
  'advice.shownAbove': 'Exercise: {name} (shown above)',
} as const;
