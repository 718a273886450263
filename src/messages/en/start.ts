/**
 * numbcheck's words for the web app's start page, its header and footer, and the emergency page, which open before the
 * rest of the app has loaded: plain text with at most `{name}` placeholders (no plurals or choices), written without
 * FormatJS. In English.
 */
export const start = {
  'start.title': 'Hand and arm numbness: is it dangerous, and what to do',
  'start.heading': 'Why are my hands or arms numb?',
  'start.lead':
    'Answer a few questions. numbcheck tells you how urgent it looks, what could be causing it, and what to do.',
  'start.wordsLabel': 'Describe it in your own words (optional)',
  'start.wordsHint':
    'For example: “My left hand goes numb when I run. No chest pain.” Read in this browser only, never sent or saved; you check what was understood.',
  'start.error': 'Error:',
  'start.wordsFailed':
    'Your words could not be read just now. Press Start again, or clear the box to answer the questions instead.',
  'start.questionsFailed':
    'The questions could not be loaded just now. Check the connection and press Start again.',
  'start.reading': 'Reading your words…',
  'start.starting': 'Starting…',
  'start.start': 'Start',
  'start.factSafety':
    'It starts with safety checks for signs of a stroke, a heart attack and other emergencies.',
  'start.factTime': 'It takes a few minutes. Every question has an “I don’t know” answer.',
  'start.factPrivacy': 'Your answers stay in this browser tab. Nothing is sent anywhere.',
  'start.nav': 'Parts of numbcheck',
  'start.navCheck': 'Check',
  'start.navDiary': 'Diary',
  'start.navBreaks': 'Breaks',
  'start.navRun': 'Run',
  'start.navSleep': 'Sleep',
  'start.emergencyLink': 'Emergency?',
  'start.emergencyNumbers': 'Call 112 / 911 / 999',
  'start.language': 'Language',
  'start.knowledge': 'numbcheck knowledge {version}.',
  'start.privacy': 'Your answers stay in this browser tab; nothing is sent anywhere.',
  'start.privacyDiary':
    'Your diary is kept by the numbcheck server this page comes from or, without one, in this browser: the diary says which.',
  'start.privacyBreaks':
    'Break settings and statistics stay on this device; a day is recorded in your diary only when you choose.',
  'start.privacyRun':
    'A run you log goes to your diary: on the numbcheck server this page comes from or, without one, in this browser.',
  'start.privacySleep': 'Your sleep check is saved on this device only.',
  'start.emergencyTab': 'Emergency',
  'start.emergencyTitle': 'Call an ambulance now',
  'start.call': 'Call {number}',
  'start.anotherCountry': 'Another country?',
  'start.doNow': 'What to do now',
  'start.do': 'What to do',
  'start.tell': 'Tell the call handler',
  'start.wait': 'While you wait',
  'start.otherSigns': 'Your other signs',
  'start.signs': 'Signs:',
  'start.why': 'Why',
  'start.also': 'Also',
  'start.answeredByMistake': 'I answered by mistake — go back',
  'start.backToNumbcheck': 'Back to numbcheck',
  'start.sources': 'Sources',
  'start.emergencyKnowledge': 'numbcheck knowledge {version}',
  'start.where112': 'EU, Russia and India; most mobile phones anywhere',
  'start.where112Unknown': 'Europe, and most mobile phones anywhere',
  'start.where911': 'USA and Canada',
  'start.where999': 'UK',
  'start.where000': 'Australia',
  'start.where111': 'New Zealand',
  'start.ambulance': 'ambulance',
  'start.updateReady':
    'A new version of numbcheck is ready. Reload to use it; nothing you have entered will be lost.',
  'start.updateReload': 'Reload',
  'start.updateReloading': 'Reloading…',
} as const;
