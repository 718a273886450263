/**
 * numbcheck's words for the web app's prevention screens: the break coach and its break, its settings, the run
 * companion and the sleep check, in English (ICU MessageFormat). Break names, run cues, sleep questions and exercises
 * come from src/prevent and the knowledge, not from here.
 */
export const webPrevent = {
  'webPrevent.weekday':
    '{day, select, mon {Mon} tue {Tue} wed {Wed} thu {Thu} fri {Fri} sat {Sat} other {Sun}}',

  'webPrevent.danger.stop': 'Stop and call 112 / 911 / 999',
  'webPrevent.danger.text':
    'if you get chest pressure or pain, breathlessness out of proportion to the effort, or changes in your face or speech.',
  'webPrevent.danger.link': 'What to do now',

  'webPrevent.coach.titleFlash': 'Break time – numbcheck',
  'webPrevent.coach.notification': 'Time for a break: {duration}.',

  'webPrevent.breaks.title': 'Break coach',
  'webPrevent.breaks.lead':
    'Short breaks from the keyboard and mouse ease numb and tingling hands: a {microSeconds}-second hand and wrist break every {microEvery, plural, one {minute} other {# minutes}} of work, and a {movementMinutes}-minute movement break every {movementEvery, plural, one {minute} other {# minutes}}.',
  'webPrevent.breaks.coach': 'Coach',
  'webPrevent.breaks.off': 'The coach is off.',
  'webPrevent.breaks.now':
    '{kind, select, micro {Micro-break now.} movement {Movement break now.} other {Stair or walking break now.}}',
  'webPrevent.breaks.next':
    'Next {kind, select, micro {micro-break} movement {movement break} other {stair or walking break}} {soon, select, yes {in under a minute} other {in {time}}}.',
  'webPrevent.breaks.away': 'You are away: time away counts as a break.',
  'webPrevent.breaks.offHours': 'Outside your working hours: no breaks are due.',
  'webPrevent.breaks.outsideHours': '(outside working hours)',
  'webPrevent.breaks.start': 'Start the break coach',
  'webPrevent.breaks.stop': 'Stop the break coach',
  'webPrevent.breaks.keepOpen': 'Keep this tab open.',
  'webPrevent.breaks.timeOnly': 'Time-only mode: every minute counts, whatever you do.',
  'webPrevent.breaks.hiddenCounts':
    'numbcheck counts time this tab is hidden as a break: away for {minutes, plural, one {# minute} other {# minutes}} or more starts the timers again.',
  'webPrevent.alerts.title': 'How you are told',
  'webPrevent.alerts.on': 'Notifications are on: a break shows as a notification and on this page.',
  'webPrevent.alerts.ask':
    'Without notifications, a break shows on this page with a beep and a flashing tab title.',
  'webPrevent.alerts.allow': 'Allow notifications',
  'webPrevent.alerts.blocked': 'Notifications are blocked for numbcheck in this browser.',
  'webPrevent.alerts.unsupported': 'This browser cannot show notifications.',
  'webPrevent.alerts.fallback': 'Breaks show on this page instead, with a beep and a flashing tab title.',
  'webPrevent.idle.on': 'Idle detection is on: time away from the computer counts as a break.',
  'webPrevent.idle.offer':
    'This browser can tell when you are away from the computer (idle detection). Otherwise numbcheck counts time this tab is hidden as a break.',
  'webPrevent.idle.use': 'Use idle detection',
  'webPrevent.idle.refused': 'Idle detection was not allowed; hidden-tab time still counts.',
  'webPrevent.idle.unsupported':
    'This browser cannot tell when you are away from the computer, so numbcheck counts time this tab is hidden as a break. For reading or video, turn on time-only mode below.',
  'webPrevent.stats.title': 'Your breaks',
  'webPrevent.stats.takenToday': 'Taken today',
  'webPrevent.stats.taken': 'Taken',
  'webPrevent.stats.skipped': 'Skipped',
  'webPrevent.stats.postponed': 'Postponed',
  'webPrevent.stats.natural': 'Natural',
  'webPrevent.stats.streak':
    'Streak: {current, plural, one {# day} other {# days}} (longest {longest}). A day counts when you took a break and skipped none.',
  'webPrevent.stats.lastDays': 'Last 7 days',
  'webPrevent.stats.day': 'Day',
  'webPrevent.stats.dayLabel': '{weekday} {day}',
  'webPrevent.stats.diaryHint':
    'The statistics stay on this device. Recording a day puts it in your diary as a working day, with or without regular breaks, so that the diary can compare your numb spells on days with and without them. numbcheck does it by itself at the end of your working hours while the coach runs.',
  'webPrevent.stats.record': 'Record today in my diary',
  'webPrevent.stats.diaryNote':
    'Break coach: {taken} taken, {skipped} skipped, {postponed} postponed, {natural} natural.',
  'webPrevent.stats.diaryUnavailable':
    'The diary is not available here, so today was not recorded. The statistics below stay on this device.',
  'webPrevent.stats.recorded':
    '{automatic, select, yes {The working day is over: recorded} other {Recorded}} {date} in your diary as a working day {breaks, select, yes {with regular breaks} other {without breaks}}.',

  'webPrevent.break.banner':
    'Time for a {kind, select, micro {micro-break} movement {movement break} other {stair or walking break}}. Notifications are off, so numbcheck tells you here, with a beep and a flashing tab title.',
  'webPrevent.break.lead': '{duration} away from the keyboard.',
  'webPrevent.break.exercises': '{count, plural, one {# exercise} other {# exercises}}.',
  'webPrevent.break.finished': 'Break finished. Well done.',
  'webPrevent.break.exerciseOf': '({number} of {total})',
  'webPrevent.break.stepOf': 'Step {number} of {total}',
  'webPrevent.break.timeLeft': 'Time left for this step:',
  'webPrevent.break.nextStep': 'Next step',
  'webPrevent.break.done': 'Done',
  'webPrevent.break.finishNow': 'Finish the break now',
  'webPrevent.break.skip': 'Skip this break',
  'webPrevent.break.postpone': 'Postpone {minutes, plural, one {# minute} other {# minutes}}',
  'webPrevent.break.strict': 'Strict mode: this break cannot be skipped or postponed.',

  'webPrevent.settings.title': 'Settings',
  'webPrevent.settings.microEvery': 'Micro-break every',
  'webPrevent.settings.microLength': 'Micro-break length',
  'webPrevent.settings.movementEvery': 'Movement break every',
  'webPrevent.settings.movementLength': 'Movement break length',
  'webPrevent.settings.stairEvery': 'Stair or walking break every',
  'webPrevent.settings.naturalBreak': 'Time away that counts as a break',
  'webPrevent.settings.minutesOfWork': 'minutes of work',
  'webPrevent.settings.minutes': 'minutes',
  'webPrevent.settings.seconds': 'seconds',
  'webPrevent.settings.from': 'Working hours from',
  'webPrevent.settings.to': 'to',
  'webPrevent.settings.days': 'Working days',
  'webPrevent.settings.strict': 'Strict mode: no skipping or postponing breaks',
  'webPrevent.settings.timeOnly':
    'Time-only mode: count every minute, also when the tab is hidden (for reading and video)',
  'webPrevent.settings.save': 'Save settings',
  'webPrevent.settings.defaults': 'Use the defaults',
  'webPrevent.settings.saved': 'Settings saved on this device.',
  'webPrevent.settings.reset': 'Back to numbcheck’s defaults, saved on this device.',

  'webPrevent.run.title': 'Run companion',
  'webPrevent.run.lead': 'Before you go: a minute for your hands.',
  'webPrevent.run.before': 'Before the run',
  'webPrevent.run.check.expander':
    'A hand expander in hand: soft plastic or rubber, with a stop for the thumb, not one with metal handles.',
  'webPrevent.run.check.relaxed': 'Hands relaxed and open, not clenched into fists.',
  'webPrevent.run.check.loose': 'Watch, fitness band and pack straps loose.',
  'webPrevent.run.check.waist':
    'Anything you carry at the waist (a belt or bum bag), not in your hands or on tight shoulder straps.',
  'webPrevent.run.check.warm': 'Shoulders warmed up: a few rolls and arm circles.',
  'webPrevent.run.cuesEvery': 'Cues every {minutes, plural, one {minute} other {# minutes}}',
  'webPrevent.run.beep': 'Beep',
  'webPrevent.run.vibrate': 'Vibrate{able, select, yes {} other { (this device cannot)}}',
  'webPrevent.run.speak': 'Say the cue aloud{able, select, yes {} other { (this browser cannot)}}',
  'webPrevent.run.alternate':
    'Cues alternate: squeeze the expander 10 times, then drop your arms and shake them out.',
  'webPrevent.run.shakeOnly': 'Without an expander ticked, every cue is: drop your arms and shake them out.',
  'webPrevent.run.start': 'Start the run',
  'webPrevent.run.running': 'Running',
  'webPrevent.run.timeRunning': 'Time running:',
  'webPrevent.run.nextCue': 'Next cue in {time}: {cue}.',
  'webPrevent.run.awake': 'The screen stays on during the run.',
  'webPrevent.run.awakePending': 'Keeping the screen on…',
  'webPrevent.run.awakeUnsupported':
    'This browser cannot keep the screen on: cues still come with a beep and vibration while this page is open, but may stop when the screen locks.',
  'webPrevent.run.finish': 'Finish the run',
  'webPrevent.run.after': 'Hands numb?',
  'webPrevent.run.afterLead':
    'Your run: {duration}. One tap if your hands were fine; the diary counts it either way.',
  'webPrevent.run.noNumbness': 'No numbness',
  'webPrevent.run.orNumb': 'Or: my hands went numb',
  'webPrevent.run.wentNumb': 'My hands went numb or tingled',
  'webPrevent.run.whichHand': 'Which hand',
  'webPrevent.run.hand': '{hand, select, left {Left hand} right {Right hand} other {Both hands}}',
  'webPrevent.run.ranWithExpander': 'I ran with the hand expander',
  'webPrevent.run.logNumb': 'Log the numb hands',
  'webPrevent.run.log': 'Log the run{expander, select, yes { with the expander} other {}}',
  'webPrevent.run.savedFine':
    'Saved: a run of {duration} {expander, select, yes {with the expander} other {without the expander}}, hands fine.',
  'webPrevent.run.savedNumb':
    'Saved: a run of {duration} {expander, select, yes {with the expander} other {without the expander}}, {hand, select, left {left hand} right {right hand} other {both hands}} numb.',
  'webPrevent.run.diaryUnavailable': 'The diary is not available here, so this run was not saved.',
  'webPrevent.run.episodeFailed': 'The run was saved, but the numb spell was not: {error}',
  'webPrevent.run.back': 'Back to the run companion',
  'webPrevent.run.logged': 'Run logged',
  'webPrevent.run.compare':
    'After a few runs with and without the expander, the diary compares how often your hands went numb.',
  'webPrevent.run.openDiary': 'Open the diary',
  'webPrevent.run.again': 'Plan another run',

  'webPrevent.sleep.title': 'Sleep check',
  'webPrevent.sleep.lead':
    'Waking with numb hands often comes from how you lie: a few questions about your bed, pillow and what you wear at night.',
  'webPrevent.sleep.saved': 'Your answers are saved on this device only.',
  'webPrevent.sleep.notSaved':
    'This browser does not let numbcheck save, so your answers will be gone after a reload.',
  'webPrevent.sleep.yes': 'Yes',
  'webPrevent.sleep.no': 'No',
  'webPrevent.sleep.unsure': 'Not sure',
  'webPrevent.sleep.carpalTunnel':
    'Has a doctor said you have carpal tunnel syndrome, or did numbcheck’s check find it likely?',
  'webPrevent.sleep.carpalTunnelYes': 'Yes, carpal tunnel syndrome is likely',
  'webPrevent.sleep.fromAssessment':
    'numbcheck’s check in this tab found it likely ({percent}), so the night splint advice is shown below.',
  'webPrevent.sleep.adviceTitle': 'What to change',
  'webPrevent.sleep.answerFirst':
    'Answer the questions above: the advice for each “yes” or “not sure” shows here.',
  'webPrevent.sleep.nothing':
    'Nothing in your sleep set-up stands out. If your hands still go numb at night, keep a diary and see a GP if it keeps happening.',
  'webPrevent.sleep.asCarpalTunnel': 'As carpal tunnel syndrome is likely:',
  'webPrevent.sleep.sources': 'Sources',
} as const;
