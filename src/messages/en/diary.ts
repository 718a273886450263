/**
 * numbcheck's words for the diary: its lists (activities, interventions, periods, places), the insights, the trend,
 * the comparisons, the assessment and BCTQ history and the doctor's summary, in English (ICU MessageFormat).
 *
 * An intervention's phrase is one message with a `case` select, because other languages decline it by its place in
 * the sentence: `both` "with and without the splint", `with` "with the splint", `without` "without the splint",
 * `withIt`/`withoutIt` the short words after a count ("2 runs with", "2 more without it"), `other` the bare name
 * ("not that the splint caused it"). A period's message works the same way with `form`.
 */
export const diary = {
  'diary.activity.running': 'Running',
  'diary.activity.workout': 'Gym or other exercise',
  'diary.activity.cycling': 'Cycling',
  'diary.activity.sleeping': 'Sleeping or waking up',
  'diary.activity.keyboard': 'Typing or using a mouse',
  'diary.activity.phone': 'Holding a phone',
  'diary.activity.driving': 'Driving',
  'diary.activity.reading': 'Holding a book or tablet',
  'diary.activity.tools': 'Gripping tools or repetitive hand work',
  'diary.activity.arms_overhead': 'Arms above the head',
  'diary.activity.carrying': 'Carrying a bag or backpack',
  'diary.activity.leaning_on_elbow': 'Leaning on the elbow',
  'diary.activity.cold': 'In the cold',
  'diary.activity.stress': 'Stressed or anxious',
  'diary.activity.resting': 'Resting or sitting',
  'diary.activity.other': 'Something else',
  'diary.activity.while': '{activity, select, other {while {label}}}',
  'diary.intervention.hand_expander': 'Hand expander',
  'diary.intervention.relaxed_arms': 'Relaxed arms and open hands',
  'diary.intervention.breaks': 'Regular breaks',
  'diary.intervention.splint': 'Wrist splint',
  'diary.intervention.new_pillow': 'New pillow or sleeping position',
  'diary.intervention.rings_off': 'Rings and watch off or loosened',
  'diary.intervention.loose_straps': 'Looser straps or a lighter bag',
  'diary.intervention.desk_setup': 'Changed desk or keyboard set-up',
  'diary.intervention.warm_gloves': 'Warm gloves',
  'diary.intervention.padded_gloves': 'Padded gloves',
  'diary.intervention.nerve_glides': 'Nerve gliding exercises',
  'diary.intervention.stretching': 'Stretching',
  'diary.intervention.slow_breathing': 'Slow breathing',
  'diary.phrase.hand_expander':
    '{case, select, both {with and without the hand expander} with {with the hand expander} without {without the hand expander} withIt {with} withoutIt {without} other {the hand expander}}',
  'diary.phrase.relaxed_arms':
    '{case, select, both {with and without relaxed arms and open hands} with {with relaxed arms and open hands} without {without relaxed arms and open hands} withIt {with} withoutIt {without} other {relaxed arms and open hands}}',
  'diary.phrase.breaks':
    '{case, select, both {with and without regular breaks} with {with regular breaks} without {without regular breaks} withIt {with} withoutIt {without} other {regular breaks}}',
  'diary.phrase.splint':
    '{case, select, both {with and without the wrist splint} with {with the wrist splint} without {without the wrist splint} withIt {with} withoutIt {without} other {the wrist splint}}',
  'diary.phrase.new_pillow':
    '{case, select, both {with and without the new pillow} with {with the new pillow} without {without the new pillow} withIt {with} withoutIt {without} other {the new pillow}}',
  'diary.phrase.rings_off':
    '{case, select, both {with and without rings and watch off} with {with rings and watch off} without {without rings and watch off} withIt {with} withoutIt {without} other {rings and watch off}}',
  'diary.phrase.loose_straps':
    '{case, select, both {with and without looser straps} with {with looser straps} without {without looser straps} withIt {with} withoutIt {without} other {looser straps}}',
  'diary.phrase.desk_setup':
    '{case, select, both {with and without the changed desk set-up} with {with the changed desk set-up} without {without the changed desk set-up} withIt {with} withoutIt {without} other {the changed desk set-up}}',
  'diary.phrase.warm_gloves':
    '{case, select, both {with and without warm gloves} with {with warm gloves} without {without warm gloves} withIt {with} withoutIt {without} other {warm gloves}}',
  'diary.phrase.padded_gloves':
    '{case, select, both {with and without padded gloves} with {with padded gloves} without {without padded gloves} withIt {with} withoutIt {without} other {padded gloves}}',
  'diary.phrase.nerve_glides':
    '{case, select, both {with and without nerve gliding exercises} with {with nerve gliding exercises} without {without nerve gliding exercises} withIt {with} withoutIt {without} other {nerve gliding exercises}}',
  'diary.phrase.stretching':
    '{case, select, both {with and without stretching} with {with stretching} without {without stretching} withIt {with} withoutIt {without} other {stretching}}',
  'diary.phrase.slow_breathing':
    '{case, select, both {with and without slow breathing} with {with slow breathing} without {without slow breathing} withIt {with} withoutIt {without} other {slow breathing}}',
  'diary.phrase.own':
    '{case, select, both {with and without {name}} with {with {name}} without {without {name}} withIt {with} withoutIt {without} other {{name}}}',
  'diary.exposure.run.one': 'run',
  'diary.exposure.run.many': 'runs',
  'diary.exposure.ride.one': 'ride',
  'diary.exposure.ride.many': 'rides',
  'diary.exposure.workout.one': 'workout',
  'diary.exposure.workout.many': 'workouts',
  'diary.exposure.working_day.one': 'working day',
  'diary.exposure.working_day.many': 'working days',
  'diary.exposure.night.one': 'night',
  'diary.exposure.night.many': 'nights',
  'diary.exposure.break.one': 'break',
  'diary.exposure.break.many': 'breaks',
  'diary.exposure.other.one': 'other period',
  'diary.exposure.other.many': 'other periods',
  'diary.periods.run':
    '{form, select, in {in {count, plural, one {# run} other {# runs}}} compared {runs} other {{count, plural, one {# run} other {# runs}}}}',
  'diary.periods.ride':
    '{form, select, in {in {count, plural, one {# ride} other {# rides}}} compared {rides} other {{count, plural, one {# ride} other {# rides}}}}',
  'diary.periods.workout':
    '{form, select, in {in {count, plural, one {# workout} other {# workouts}}} compared {workouts} other {{count, plural, one {# workout} other {# workouts}}}}',
  'diary.periods.working_day':
    '{form, select, in {in {count, plural, one {# working day} other {# working days}}} compared {working days} other {{count, plural, one {# working day} other {# working days}}}}',
  'diary.periods.night':
    '{form, select, in {in {count, plural, one {# night} other {# nights}}} compared {nights} other {{count, plural, one {# night} other {# nights}}}}',
  'diary.periods.break':
    '{form, select, in {in {count, plural, one {# break} other {# breaks}}} compared {breaks} other {{count, plural, one {# break} other {# breaks}}}}',
  'diary.periods.other':
    '{form, select, in {in {count, plural, one {# other period} other {# other periods}}} compared {other periods} other {{count, plural, one {# other period} other {# other periods}}}}',
  'diary.band.night': 'night (00–06)',
  'diary.band.morning': 'morning (06–12)',
  'diary.band.afternoon': 'afternoon (12–18)',
  'diary.band.evening': 'evening (18–24)',
  'diary.day.monday': 'Monday',
  'diary.day.tuesday': 'Tuesday',
  'diary.day.wednesday': 'Wednesday',
  'diary.day.thursday': 'Thursday',
  'diary.day.friday': 'Friday',
  'diary.day.saturday': 'Saturday',
  'diary.day.sunday': 'Sunday',
  'diary.side.left': 'left hand',
  'diary.side.right': 'right hand',
  'diary.side.both': 'both hands',
  'diary.side.not_marked': 'not marked',
  'diary.episodes': '{count, plural, one {# episode} other {# episodes}}',
  'diary.patterns.none': 'No episodes logged yet.',
  'diary.patterns.count': '{count, plural, one {# episode.} other {# episodes.}}',
  'diary.patterns.band':
    '{spread, select, yes {Spread over the day; most often} other {Most often}} {band, select, night {at night (00–06)} morning {in the morning (06–12)} afternoon {in the afternoon (12–18)} other {in the evening (18–24)}}: {count} of {total}.',
  'diary.patterns.day':
    'More often on {day, select, monday {Mondays} tuesday {Tuesdays} wednesday {Wednesdays} thursday {Thursdays} friday {Fridays} saturday {Saturdays} other {Sundays}}: {count} of {total}.',
  'diary.patterns.noDay': 'No day of the week stands out.',
  'diary.patterns.activity': 'Most often {while}: {count} of {total}.',
  'diary.patterns.activitySeverity':
    'Most often {while}: {count} of {total}, average severity {severity} of 10.',
  'diary.patterns.noBand': 'No time of day stands out.',
  'diary.patterns.activityTie': 'Equally often {list}: {count} of {total} each.',
  'diary.patterns.noActivity': 'No activities recorded.',
  'diary.patterns.tally': '{label} {count}',
  'diary.patterns.hands': 'Hands: {list}.',
  'diary.patterns.places': 'Places marked most: {list}.',
  'diary.patterns.severity': 'Average severity {mean} of 10 ({rated} rated).',
  'diary.patterns.length': 'Typical length {length} (median of {timed}).',
  'diary.trend.notCovered':
    'Not enough data yet for a trend: it compares the last 4 weeks with the 4 before, so the diary needs entries from at least 8 weeks back.',
  'diary.trend.frequency':
    '{way, select, more {More episodes lately} fewer {Fewer episodes lately} other {No clear change in how often}}: {recent, plural, one {# episode} other {# episodes}} in the last 4 weeks, {previous} in the 4 before ({ratio}).',
  'diary.trend.notEnoughRated':
    'Not enough rated episodes yet to compare severity (at least {min} in each 4 weeks).',
  'diary.trend.severity':
    '{way, select, worse {Worse lately} milder {Milder lately} other {No clear change in severity}}: average severity {recent} in the last 4 weeks, {previous} in the 4 before.',
  'diary.ratio': 'rate ratio {ratio}, {percent} interval {low}–{high}',
  'diary.compare.notEnough':
    'Not enough data yet to compare {periods} {both}: {withPeriods} {withIt} and {withoutPeriods} {withoutIt}; at least {min} of each are needed.',
  'diary.compare.result':
    '{verdict, select, fewer {Fewer episodes on {periods} {with}} more {More episodes on {periods} {with}} other {No clear difference yet between {periods} {both}}} ({ratio}): {withEpisodes} {withPeriods} {withIt}, {withoutEpisodes} {withoutPeriods} {withoutIt}.',
  'diary.comparisonNotice':
    'These figures compare how often episodes happened with and without something; they do not show what caused them: periods with and without it may differ in other ways.',
  'diary.severity.neededWith':
    '{count, plural, one {# more rated episode} other {# more rated episodes}} {with}',
  'diary.severity.neededWithout':
    '{count, plural, one {# more rated episode} other {# more rated episodes}} {without}',
  'diary.severity.neededWithoutToo': '{count} more {withoutIt} it',
  'diary.severity.notEnough':
    'Not enough data yet: {wanted}, to compare severity (at least {min} rated episodes of each are needed; so far {withRated} {withIt}, {withoutRated} {withoutIt}).',
  'diary.severity.means': 'average {withMean} of 10 {withIt}, {withoutMean} {withoutIt}',
  'diary.severity.counts': '{withRated} rated episodes {withIt} and {withoutRated} {withoutIt}',
  'diary.severity.caveat': 'This shows what happened together, not that {cause} caused it.',
  'diary.severity.less':
    'Episodes logged {with} were on average {points} points less severe ({percent} interval {low} to {high} points; {means}), {counts}. {caveat}',
  'diary.severity.more':
    'Episodes logged {with} were on average {points} points more severe ({percent} interval {low} to {high} points; {means}), {counts}. {caveat}',
  'diary.severity.noClear':
    'No clear difference in severity between episodes logged {both} ({means}; the {percent} interval runs from {low} points lower to {high} points higher {withIt} it), {counts}. {caveat}',
  'diary.tried.usage': '{label} (on {count} of {total, plural, one {# episode} other {# episodes}})',
  'diary.tried.one': 'Interventions tried: {usage} — {text}',
  'diary.tried.many': 'Interventions tried: {list}.',
  'diary.tried.line': '{label} — {text}',
  'diary.frequencyNote':
    'Episode counts alone can’t show whether episodes came less often with something: the diary knows it was in place only when an episode was logged, not on the days without one. To compare how often, log runs, working days or nights with and without it.',
  'diary.assessments.none': 'No assessments saved yet.',
  'diary.assessments.latest': 'Latest assessment, {description}.',
  'diary.assessments.before': 'The one before, {description}.',
  'diary.assessments.change':
    '{change, select, moreUrgent {The latest triage level is more urgent than before.} lessUrgent {The latest triage level is less urgent than before.} other {The triage level is the same as before.}}',
  'diary.bctq.none': 'No Boston Carpal Tunnel Questionnaire answered yet.',
  'diary.bctq.notScored': 'not scored',
  'diary.bctq.once':
    'Boston Carpal Tunnel Questionnaire on {date}: symptom severity {severity}, function {function} (1 = none, 5 = the worst).',
  'diary.bctq.times':
    'Boston Carpal Tunnel Questionnaire, {count, plural, one {# time} other {# times}}: symptom severity {firstSeverity} on {firstDate}, {latestSeverity} on {latestDate}; function {firstFunction}, then {latestFunction} (1 = none, 5 = the worst).',
  'diary.change.newPattern': 'A new pattern: episodes {list}',
  'diary.change.band':
    '{band, select, night {at night} morning {in the morning} afternoon {in the afternoon} other {in the evening}}',
  'diary.change.spreading': 'Spreading to new places: {list}',
  'diary.change.hand': 'the {side, select, left {left} other {right}} hand',
  'diary.change.place': 'the {side, select, left {left} other {right}} {place}',
  'diary.change.moreFrequent': 'More frequent in the last 4 weeks than the 4 before',
  'diary.change.moreSevere': 'Worse in the last 4 weeks than the 4 before',
  'diary.change.weakness': 'Weakness reported lately: {list}',
  'diary.change.danger': 'Danger signs logged lately: {list}',
  'diary.change.prompt': 'Some changes in your diary are worth showing a doctor: {list}. {advice}',
  'diary.summary.period': 'Diary from {from} to {to}: {episodes}.',
  'diary.summary.periodLogged': 'Diary from {from} to {to}: {episodes}; logged {logged}.',
  'diary.summary.weeks':
    'Episodes in {withEpisodes} of {weeks} weeks; the most in one week was {most} (week of {weekOf}).',
  'diary.summary.latestAssessment': 'Latest assessment, {date}: {level}.',
  'diary.fhir.leftHand': 'left hand',
  'diary.fhir.rightHand': 'right hand',
  'diary.fhir.bothHands': 'both hands',
  'diary.fhir.questionnaireTitle': 'numbcheck: numbness of the hand and arm',
  'diary.fhir.questionnaireDescription':
    'The questions numbcheck can ask about numbness of the hand and arm. It chooses each next question by what the answers so far leave open, so one assessment answers only some of them.',
} as const;
