/** numbcheck's words in the terminal: help, the interview, the report, the diary, the break coach, in English (ICU MessageFormat). */
export const cli = {
  'cli.help.main': `numbcheck — why do my hands go numb, is it dangerous, and what do I do now?

numbcheck gives information, not a diagnosis. If you think you are having a
stroke or a heart attack, call your emergency number now (112 / 911 / 999).

Usage:
  numbcheck assess                       answer questions in the terminal
  numbcheck assess --answers FILE [--json]
                                         assess answers saved in a JSON file
                                         (- reads standard input)
  numbcheck assess --text "…" [--json] [--answers FILE]
                                         describe it in your own words
  numbcheck knowledge [--json]           show what numbcheck knows
  numbcheck knowledge check              check the knowledge base
  numbcheck serve [--host H] [--port P] [--data DIR] [--accounts]
                                         serve the web app, the HTTP API and
                                         the diary (--accounts: one diary per
                                         person, signed in with a passkey)
  numbcheck diary add|list|stats|report|export|import|delete-all …
                                         keep a diary of episodes and see what
                                         helps (numbcheck diary --help)
  numbcheck breaks [--micro MIN] [--movement MIN] [--strict]
                                         a break coach in the terminal
  numbcheck help [COMMAND]               show help (also --help, -h)
  numbcheck --version                    show the numbcheck and knowledge versions

Every command takes --lang en|ru: numbcheck speaks English or Russian. Without
it, the language of LC_ALL, LC_MESSAGES or LANG (ru_RU.UTF-8 is Russian), else
English.

{exitCodes}

Environment:
  NO_COLOR          set it to turn colours off (they are on only in a terminal)
  NUMBCHECK_DEBUG   set to 1 to print stack traces of internal errors
  HOST, PORT        where 'numbcheck serve' listens (the options win)
  NUMBCHECK_DATA_DIR  the diary's folder (default ~/.numbcheck)
  DATABASE_URL      keep the diary in PostgreSQL instead of a local file
  LC_ALL, LC_MESSAGES, LANG  the language, when --lang is not given
`,
  'cli.help.assess': `Usage:
  numbcheck assess
  numbcheck assess --answers FILE [--json]
  numbcheck assess --text "my left hand goes numb when I run" [--json] [--answers FILE] [--lang en|ru]

Without --answers, numbcheck asks its questions one at a time: the danger signs
first, then the questions that tell the likely causes apart. Use the arrow keys
and Enter; "Don't know" is always possible, and "← Back" changes the answer
before. An answer that means an emergency ends the interview at once.
Ctrl-C stops without saving anything.

Options:
  -a, --answers FILE   read the answers from a JSON file (- for standard input)
                       instead of asking; answers may be partial
  -t, --text "…"       describe it in your own words; numbcheck shows what it
                       understood, then (in a terminal, without --json or
                       --answers) asks only what is still needed, the danger
                       signs the words did not settle first. With --answers,
                       the file's answers win over the words
      --lang en|ru     the language numbcheck speaks and reads your words in
                       (English or Russian); without it, words with Cyrillic
                       letters are read as Russian
      --json           print the assessment as JSON (needs --answers or --text);
                       with --text it adds "understood": the findings and the
                       words that said them
  -h, --help           show this help

The answers file is an object keyed by question id (see 'numbcheck knowledge'):
{example}

{exitCodes}
`,
  'cli.help.knowledge': `Usage:
  numbcheck knowledge [--json]
  numbcheck knowledge check

'numbcheck knowledge' lists the causes, findings, questions, triage rules, tests,
specialists, exercises and sources numbcheck uses; --json prints the whole
knowledge base as JSON.

'numbcheck knowledge check' checks the knowledge base (every cause reachable,
every finding used, every item sourced) and prints "OK" with the counts, or
each problem. A knowledge base that fails its checks is a bug in numbcheck,
not in what you typed, so it exits with 1.

{exitCodes}
`,
  'cli.help.serve': `Usage:
  numbcheck serve [--host HOST] [--port PORT] [--data DIR] [--accounts]
                  [--allowed-host NAME]... [--trust-proxy]

Serves the numbcheck web app (built by 'npm run build') at / and the HTTP API
under /api/v1, with its OpenAPI document at /openapi.json and a docs page at
/docs, and keeps the diary as 'numbcheck diary' does (it says where at start).
It logs one line per request (method, path, status, time) and never the
answers. Ctrl-C (or SIGTERM) stops it after the requests in progress.

Without --accounts it is for the person at this machine: one diary, no
sign-in, and it listens on this machine only. It answers only to the names
localhost, 127.0.0.1 and [::1] (and the --allowed-host names), so a web page
elsewhere cannot reach the diary through a name of its own.

Options:
      --host HOST   the address to listen on (default 127.0.0.1, this machine
                    only); any other address needs --accounts
  -p, --port PORT   the port, 0 to 65535 (default 8080; 0 picks a free one)
      --data DIR    the folder of the diary file (DIR/diary.sqlite)
      --accounts    each person signs in with a passkey and has a diary of
                    their own; scripts use personal access tokens
      --allowed-host NAME
                    another name the server answers to, such as the domain
                    name of a proxy in front (once per name)
      --trust-proxy believe the X-Forwarded-For and -Proto headers of a TLS
                    proxy in front (see docs/deploy.md)
  -h, --help        show this help

Environment:
  HOST, PORT        used when --host or --port is not given
  NUMBCHECK_DATA_DIR  the diary's folder when --data is not given
                    (default ~/.numbcheck)
  DATABASE_URL      keep the diary in PostgreSQL instead (--data wins)

Exit codes:
  0    stopped by Ctrl-C or SIGTERM
  1    internal error: a bug in numbcheck; please report it
  2    bad usage: an unknown option, a port that is not a number from 0 to
       65535, an address the server cannot listen on (in use, not allowed),
       or a diary that cannot be opened
`,
  'cli.help.diary': `Usage:
  numbcheck diary add [--when TIME] [--minutes N] [--hand left|right|both]
                      [--fingers thumb,index,…] [--palm|--back] [--arm wrist,…]
                      [--activity running …] [--severity 0-10] [--symptom ID …]
                      [--intervention hand_expander …] [--exposure ID]
                      [--note "…"] [--repeat] [--json]
  numbcheck diary exposure KIND [--when TIME] [--minutes N] [--episodes N]
                      [--intervention ID …] [--note "…"] [--json]
  numbcheck diary assessment FILE      assess saved answers and keep the result
  numbcheck diary bctq FILE            keep Boston Carpal Tunnel Questionnaire
                                       answers ({example}, 1 to 5)
  numbcheck diary list [--from TIME] [--to TIME] [--json]
  numbcheck diary stats [--json]       patterns, trend, with and without,
                                       changes worth a doctor's look
  numbcheck diary report [--from TIME] [--to TIME] [--json|--pdf FILE]
                                       the report for your doctor: the
                                       summary of a period (default the last
                                       90 days), what you tried, changes;
                                       --pdf writes it as a PDF, as printed
  numbcheck diary export [--format json|csv|fhir] [--out FILE]
  numbcheck diary import FILE          read a JSON export back (- for stdin)
  numbcheck diary delete-all [--yes]   delete every entry, after confirming

'diary add' logs an episode of numbness; every episode passes the danger
check, and if what you logged means an emergency you see the emergency screen
first (the episode is still saved). --repeat logs your latest episode again,
now; other options change what they name. Lists (--fingers, --activity,
--symptom, --intervention, --arm) take several values, comma-separated or
repeated. Symptoms are the finding ids of 'numbcheck knowledge' (chest_pain,
face_droop, hand_weakness, …).

'diary exposure' logs a period you count episodes over: run, ride, workout,
working_day, night, break or other, with what was in place (--intervention)
and how many episodes happened (--episodes). 'diary stats' compares the
episode rate of periods with and without each intervention, and the severity
of episodes logged with and without what you ticked on them (--intervention):
at least 3 rated episodes on each side. Episodes alone cannot show whether
they came less often with something; periods can.

Times are ISO 8601: 2026-11-30T07:15 (your local time), or with a zone
(2026-11-30T07:15+01:00, 2026-11-30T06:15Z). The default is now.

Where the diary lives:
  --data DIR           the folder of the diary file (DIR/diary.sqlite)
  NUMBCHECK_DATA_DIR   the same, from the environment; default ~/.numbcheck
  DATABASE_URL         keep the diary in PostgreSQL instead
                       (postgres://user:password@host:5432/database)
  --server URL         use the diary of your account on a numbcheck server
                       with accounts; your access token (made on its account
                       screen) goes in NUMBCHECK_TOKEN, never on the command
                       line
Without --server the diary stays on this machine (or your own database):
nothing is sent anywhere.

Exit codes: 0 success; 2 bad usage or bad input (nothing is written);
1 internal error; 130 interrupted.
`,
  'cli.help.breaks': `Usage:
  numbcheck breaks [--micro MIN] [--movement MIN] [--strict]

A break coach in the terminal. It prints the schedule, then at each break rings
the terminal bell and shows the exercise steps with a countdown. Enter moves
to the next step; s skips the break and p postpones it once, in its first
10 seconds (not in --strict mode). Ctrl-C stops and prints today's breaks.

The terminal cannot see whether you are typing elsewhere, so it counts clock
time from when you start it (the web app's time-only mode), at any hour.
Without a terminal (output piped or redirected) it prints the schedule only.

Options:
      --micro MIN      a micro-break every MIN minutes (default 25, 1 to 240)
      --movement MIN   a movement break every MIN minutes (default 60, 5 to 480)
      --strict         no skipping or postponing
  -h, --help           show this help

Exit codes:
  0    the schedule was printed (no terminal)
  2    bad usage: an unknown option or a number out of range
  130  stopped with Ctrl-C
`,
  'cli.help.exitCodes': `Exit codes:
  0    success
  1    internal error: a bug in numbcheck, or a knowledge base that fails its
       checks (numbcheck knowledge check); please report it
  2    bad usage or bad input: an unknown command or option, a file that cannot
       be read, answers that are not valid JSON or do not fit their questions
  130  interrupted (Ctrl-C)`,
  'cli.version': 'numbcheck {version} (knowledge {knowledge})',
  'cli.stopped': 'Stopped. Nothing was saved.',
  'cli.internalError': 'internal error: {message}',
  'cli.bug':
    'This is a bug in numbcheck. Please report it with the command you ran; NUMBCHECK_DEBUG=1 shows details.',
  'cli.serve.running': 'numbcheck is running at {url} (Ctrl-C to stop)',
  'cli.serve.stopping': 'Stopping: finishing the requests in progress…',
  'cli.serve.stopped': 'numbcheck stopped.',
  'cli.serve.diary':
    'Diary: {location} ({kind, select, sqlite {SQLite, on this machine} other {PostgreSQL}})',
  'cli.serve.accountsOn': 'Accounts: on. Each person signs in with a passkey and sees only their own diary.',
  'cli.serve.accountsOff': 'Accounts: off. One diary, for the person at this machine; no sign-in.',
  'cli.assess.pasteAnswers': 'Reading the answers from the terminal: paste them, then press Ctrl-D.',
  'cli.interview.title': 'numbcheck — why are my hands numb?',
  'cli.interview.howTo':
    'Use the arrow keys and Enter. "Don\'t know" is always fine, "← Back" changes your last answer, and Ctrl-C stops. The safety questions come first.',
  'cli.prompt.back': '← Back',
  'cli.prompt.fingerOn': '{place} ({part, select, palm {palm side} other {back}})',
  'cli.prompt.handSide':
    '{part, select, palm {Palm} other {Back of the hand}}, {side, select, thumb_side {thumb side} other {little-finger side}}',
  'cli.prompt.keyHelp':
    '{key, select, space {space} other {{key}}} {action, select, navigate {navigate} select {select} submit {submit} all {all} invert {invert} goBack {goes back} other {{action}}}',
  'cli.prompt.noneTicked': '⏎ with none ticked',
  'cli.prompt.selfTestWarning': 'A self-test, not a medical examination. Stop if it hurts.',
  'cli.prompt.selfTestTime': 'It takes about {time}. Then answer:',
  'cli.prompt.tickWhich': 'Tick which apply',
  'cli.prompt.tickEach': 'Tick each one that applies',
  'cli.prompt.number': "{question} ({unit}; leave empty if you don't know)",
  'cli.prompt.numberRange': 'Enter a whole number from {min} to {max}, or leave it empty.',
  'cli.prompt.skipQuestion': '{dontKnow} (skip this question)',
  'cli.prompt.typeAfterAll': 'Type it after all',
  'cli.prompt.leftEmpty': 'You left it empty.',
  'cli.prompt.hand': '{side, select, left {Left hand} right {Right hand} other {Both hands}}',
  'cli.prompt.whichHand': 'Which hand is it in?',
  'cli.prompt.whereOnHand':
    '{side, select, left {Left} other {Right}} hand: where does it go numb or tingle?',
  'cli.prompt.palmSide': 'Palm side',
  'cli.prompt.backSide': 'Back of the hand',
  'cli.prompt.arm': 'Arm',
  'cli.offer.title': 'Optional self-tests',
  'cli.offer.text':
    '{count, plural, one {One short self-test can help tell the likely causes apart (about {time}). It is not a medical examination.} other {# short self-tests can help tell the likely causes apart (about {time}). They are not a medical examination.}}',
  'cli.offer.question': 'Would you like to try them?',
  'cli.or': 'or',
  'cli.dose': '{duration} × {times, plural, one {once} other {# times}}',
  'cli.level.word':
    '{level, select, emergency {EMERGENCY} urgent {URGENT} doctor {SEE A DOCTOR} other {SELF-CARE}}',
  'cli.level.title':
    "{level, select, emergency {Call your emergency number now (112 / 911 / 999)} urgent {See a doctor today (within 24 hours)} doctor {Book a doctor's appointment} other {Self-care is reasonable}}",
  'cli.level.summary':
    '{level, select, emergency {Do not drive yourself. Note when it started.} urgent {An urgent GP slot, urgent care, or the NHS-111-style service.} doctor {In the next days to a couple of weeks.} other {See a doctor if it keeps coming back, lasts over about 2 weeks, or gets worse.}}',
  'cli.report.emergencyOnly': 'Possible causes, tests and self-care are not shown here: get help first.',
  'cli.report.callAny': 'Call {numbers} now (the number for your country).',
  'cli.report.callOne': 'Call {main} now ({where}).',
  'cli.report.callTwo': 'Call {main} now ({where}), or {second} ({secondWhere}).',
  'cli.report.numberKind': '{kind, select, ambulance {ambulance} other {{kind}}}',
  'cli.report.otherSigns': 'Your other signs',
  'cli.report.whatToDo': 'What to do',
  'cli.report.also': 'Also',
  'cli.report.tell': 'Tell the call handler',
  'cli.report.wait': 'While you wait',
  'cli.report.unscreened': 'Danger signs not asked yet',
  'cli.report.causes': '{top, plural, =0 {Likely causes} other {Likely causes (top #)}}',
  'cli.report.causesText':
    'Causes can overlap, so the chances need not add up to 100%. The number after each answer is how strongly it points to the cause (+) or away from it (−).',
  'cli.report.pointingTo': 'Pointing to it:',
  'cli.report.pointingAway': 'Pointing away:',
  'cli.report.more': '{count} more',
  'cli.report.katz':
    'Katz hand diagram ({hand, select, left {left hand} other {right hand}}): {rating, select, classic {classic carpal tunnel pattern (classic)} probable {probable carpal tunnel pattern (probable)} possible {possible carpal tunnel pattern (possible)} other {not a carpal tunnel pattern (unlikely)}}.',
  'cli.report.cts6':
    'CTS-6, the parts you can answer yourself: {score, number} of {max, number}. A doctor scores the rest by examining you.',
  'cli.report.forCauses': '{text} (for {causes})',
  'cli.report.exerciseAbove': 'Exercise: {name} (see above)',
  'cli.report.exercise': 'Exercise: {name} — {purpose}',
  'cli.report.exerciseTime': 'Time: {dose}',
  'cli.report.caution': 'Caution: {caution}',
  'cli.report.next': 'Next question',
  'cli.report.nextText': 'The assessment is not finished. The question that would help most now is:',
  'cli.report.footer': 'numbcheck knowledge {version}',
  'cli.understood.title': 'Understood from your words:',
  'cli.understood.state':
    '{state, select, present {present} absent {absent} unknown {unknown} where {where} other {answer}}',
  'cli.understood.item': '{text} — "{words}"',
  'cli.understood.place':
    '{side, select, left {left} right {right} both {both} other {right (assumed)}}: {parts}',
  'cli.understood.back': 'back: {places}',
  'cli.understood.nothing':
    'Nothing numbcheck recognises yet. Say where it is (which hand, which fingers), when it happens, since when, and what else you feel.',
  'cli.diary.savedPeriod': 'Saved {kind, select, working_day {working day} other {{kind}}} {id}: {line}.',
  'cli.diary.notScored': 'not scored (too many items skipped)',
  'cli.diary.savedBctq':
    'Saved BCTQ {id}: symptom severity {severity}, function {function} (1 = none, 5 = the worst).',
  'cli.diary.location': 'Diary: {location}',
  'cli.diary.imported': 'Imported from {from}: {counts}.',
  'cli.diary.importSkipped': 'Skipped {counts} already in the diary (import never overwrites).',
  'cli.diary.episodeSavedEmergency': 'Your episode was saved ({id}), so nothing is lost. Get help first.',
  'cli.diary.savedEpisode': 'Saved episode {id} ({at}, {where}).',
  'cli.diary.worthAttention': "What you logged is worth a doctor's attention — {title}. {reason}",
  'cli.diary.assessmentSavedEmergency': 'The assessment was saved to your diary ({id}).',
  'cli.diary.savedAssessmentCause': 'Saved assessment {id}: {title}; likeliest cause {cause} ({chance}).',
  'cli.diary.savedAssessment': 'Saved assessment {id}: {title}.',
  'cli.diary.compareHint': "Run 'numbcheck diary stats' to compare it with earlier ones.",
  'cli.diary.pdfWritten': 'Doctor report written to {file}.',
  'cli.diary.exported': 'Exported {counts} to {file}.',
  'cli.diary.alreadyEmpty': 'The diary is already empty.',
  'cli.diary.confirmDelete':
    'Delete all {counts} from {location}? This cannot be undone (export first to keep a copy).',
  'cli.diary.nothingDeleted': 'Nothing was deleted.',
  'cli.diary.deleted': 'Deleted {counts}.',
  'cli.diary.counts':
    '{episodes, plural, one {# episode} other {# episodes}}, {exposures, plural, one {# period} other {# periods}}, {assessments, plural, one {# assessment} other {# assessments}} and {bctq, plural, one {# BCTQ entry} other {# BCTQ entries}}',
  'cli.diary.pasteJson': 'Reading from the terminal: paste the JSON, then press Ctrl-D.',
  'cli.diary.onPalm': '{places} (palm)',
  'cli.diary.onBack': '{places} (back)',
  'cli.diary.handPlaces': '{side, select, left {left} other {right}}: {places}',
  'cli.diary.hand': '{side, select, left {left} other {right}} hand',
  'cli.diary.handNotMarked': 'hand not marked',
  'cli.diary.severity': 'severity {severity} of 10',
  'cli.diary.symptoms': 'symptoms: {symptoms}',
  'cli.diary.note': '“{note}”',
  'cli.diary.with': 'with {what}',
  'cli.diary.exposureKind': '{kind, select, working_day {working day} other {{kind}}}',
  'cli.diary.episodeCount': '{count, plural, one {# episode} other {# episodes}}',
  'cli.diary.nothingInPlace': 'nothing in place',
  'cli.diary.episodes': 'Episodes ({count})',
  'cli.diary.periods': 'Periods ({count})',
  'cli.diary.none': 'none',
  'cli.diary.patterns': 'Patterns',
  'cli.diary.trend': 'Trend',
  'cli.diary.withAndWithout': 'With and without',
  'cli.diary.nothingToCompare':
    'Nothing to compare yet. Note what you had in place on each episode (`numbcheck diary add --intervention splint`), or log runs, working days or nights with and without it (`numbcheck diary exposure`).',
  'cli.diary.assessments': 'Assessments',
  'cli.diary.bctq': 'Boston Carpal Tunnel Questionnaire',
  'cli.diary.worthALook': "Worth a doctor's look — {level}",
  'cli.diary.reportTitle': 'Diary report for my doctor',
  'cli.diary.summary': 'Summary',
  'cli.diary.changes': 'Changes worth a doctor’s look',
  'cli.diary.noChanges': 'No changes that need a doctor’s look stand out.',
  'cli.diary.reportFooter':
    'Made with numbcheck from the person’s own diary. Information, not a diagnosis; it shows what happened together, not what caused it.',
  'cli.breaks.row':
    '{row, select, micro {Micro-break} movement {Movement break} stair {Stair break} other {Strict mode}}',
  'cli.breaks.every': 'every {every} for {length}: {exercises}',
  'cli.breaks.stairEvery': 'every {every}, in place of the movement break',
  'cli.breaks.strictOn': 'on: no skipping or postponing',
  'cli.breaks.strictOff': 'off: s skips, p postpones once by {postpone}',
  'cli.breaks.title': 'numbcheck break coach',
  'cli.breaks.nextHours': 'The next four hours, counted from now:',
  'cli.breaks.in': 'in {time}',
  'cli.breaks.today':
    'Today: {taken, plural, one {# break} other {# breaks}} taken, {skipped} skipped, {postponed} postponed.',
  'cli.breaks.next': 'Next: {name} in {time}.',
  'cli.breaks.finished':
    '{type, select, done {Break done. Well done.} skip {Break skipped.} other {Break postponed by {postpone}.}}',
  'cli.breaks.left': '{time} left',
  'cli.breaks.stopped': 'Stopped.',
  'cli.breaks.started':
    '{strict, select, true {Started. Ctrl-C stops.} other {Started. During a break: Enter for the next step, s to skip, p to postpone. Ctrl-C stops.}}',
  'cli.knowledge.counts':
    '{causes} causes, {findings} findings, {questions} questions, {rules} rules, {tests} tests, {specialists} specialists, {exercises} exercises, {sources} sources',
  'cli.knowledge.ok': 'knowledge {version}: OK ({counts})',
  'cli.knowledge.problems':
    'knowledge {version} has {count, plural, one {# problem} other {# problems}}; this is a bug in numbcheck.',
  'cli.knowledge.questionKind':
    '{kind, select, yesno {yes/no} checklist {checklist} choice {choice} number {number} handMap {hand map} other {self-test}}',
  'cli.knowledge.dangerScreen': 'danger screen',
  'cli.knowledge.optional': 'optional',
  'cli.knowledge.section':
    '{name, select, causes {Causes} findings {Findings} questions {Questions} rules {Triage rules} tests {Tests} specialists {Specialists} exercises {Exercises} other {Sources}} ({count})',
  'cli.knowledge.cause': '{name} — prior {prior} ({basis})',
  'cli.knowledge.danger': 'danger',
} as const;
