import type { diary as english } from '../en/diary.ts';

/**
 * The diary in Russian: the same keys and placeholders as in English. An intervention's phrase declines by `case`
 * (`with` творительный with «с», `without` родительный with «без», `other` творительный alone: «вызвано шиной»), and
 * a period's by `form` (`in` «за # пробежку», `compared` «на пробежках»).
 */
export const diary: Readonly<Record<keyof typeof english, string>> = {
  'diary.activity.running': 'Бег',
  'diary.activity.workout': 'Спортзал или другая тренировка',
  'diary.activity.cycling': 'Езда на велосипеде',
  'diary.activity.sleeping': 'Сон или пробуждение',
  'diary.activity.keyboard': 'Печать или работа с мышью',
  'diary.activity.phone': 'Телефон в руке',
  'diary.activity.driving': 'За рулём',
  'diary.activity.reading': 'Книга или планшет в руках',
  'diary.activity.tools': 'Работа с инструментом или однообразная работа руками',
  'diary.activity.arms_overhead': 'Руки над головой',
  'diary.activity.carrying': 'Ношение сумки или рюкзака',
  'diary.activity.leaning_on_elbow': 'Опора на локоть',
  'diary.activity.cold': 'На холоде',
  'diary.activity.stress': 'Стресс или тревога',
  'diary.activity.resting': 'Отдых или сидячее положение',
  'diary.activity.other': 'Что-то другое',
  'diary.activity.while':
    '{activity, select, running {во время бега} workout {во время тренировки} cycling {во время езды на велосипеде} sleeping {во сне или при пробуждении} keyboard {во время печати или работы с мышью} phone {когда вы держите телефон} driving {за рулём} reading {когда вы держите книгу или планшет} tools {при работе с инструментом или однообразной работе руками} arms_overhead {с руками над головой} carrying {когда вы несёте сумку или рюкзак} leaning_on_elbow {с опорой на локоть} cold {на холоде} stress {при стрессе или тревоге} resting {в покое или сидя} other {в ситуации «{label}»}}',
  'diary.intervention.hand_expander': 'Кистевой эспандер',
  'diary.intervention.relaxed_arms': 'Расслабленные руки и раскрытые ладони',
  'diary.intervention.breaks': 'Регулярные перерывы',
  'diary.intervention.splint': 'Шина на запястье',
  'diary.intervention.new_pillow': 'Новая подушка или поза для сна',
  'diary.intervention.rings_off': 'Кольца и часы сняты или ослаблены',
  'diary.intervention.loose_straps': 'Ремни посвободнее или сумка полегче',
  'diary.intervention.desk_setup': 'Изменённое рабочее место или клавиатура',
  'diary.intervention.warm_gloves': 'Тёплые перчатки',
  'diary.intervention.padded_gloves': 'Перчатки с мягкими накладками',
  'diary.intervention.nerve_glides': 'Упражнения на скольжение нервов',
  'diary.intervention.stretching': 'Растяжка',
  'diary.intervention.slow_breathing': 'Медленное дыхание',
  'diary.phrase.hand_expander':
    '{case, select, both {с кистевым эспандером и без него} with {с кистевым эспандером} without {без кистевого эспандера} withIt {с ним} withoutIt {без него} other {кистевым эспандером}}',
  'diary.phrase.relaxed_arms':
    '{case, select, both {с расслабленными руками и раскрытыми ладонями и без этого} with {с расслабленными руками и раскрытыми ладонями} without {без расслабленных рук и раскрытых ладоней} withIt {с этим} withoutIt {без этого} other {расслабленными руками и раскрытыми ладонями}}',
  'diary.phrase.breaks':
    '{case, select, both {с регулярными перерывами и без них} with {с регулярными перерывами} without {без регулярных перерывов} withIt {с ними} withoutIt {без них} other {регулярными перерывами}}',
  'diary.phrase.splint':
    '{case, select, both {с шиной на запястье и без неё} with {с шиной на запястье} without {без шины на запястье} withIt {с ней} withoutIt {без неё} other {шиной на запястье}}',
  'diary.phrase.new_pillow':
    '{case, select, both {с новой подушкой и без неё} with {с новой подушкой} without {без новой подушки} withIt {с ней} withoutIt {без неё} other {новой подушкой}}',
  'diary.phrase.rings_off':
    '{case, select, both {со снятыми кольцами и часами и без этого} with {со снятыми кольцами и часами} without {не снимая колец и часов} withIt {с этим} withoutIt {без этого} other {снятыми кольцами и часами}}',
  'diary.phrase.loose_straps':
    '{case, select, both {с ослабленными ремнями и без них} with {с ослабленными ремнями} without {без ослабленных ремней} withIt {с ними} withoutIt {без них} other {ослабленными ремнями}}',
  'diary.phrase.desk_setup':
    '{case, select, both {с изменённым рабочим местом и без него} with {с изменённым рабочим местом} without {без изменённого рабочего места} withIt {с ним} withoutIt {без него} other {изменённым рабочим местом}}',
  'diary.phrase.warm_gloves':
    '{case, select, both {в тёплых перчатках и без них} with {в тёплых перчатках} without {без тёплых перчаток} withIt {в них} withoutIt {без них} other {тёплыми перчатками}}',
  'diary.phrase.padded_gloves':
    '{case, select, both {в перчатках с мягкими накладками и без них} with {в перчатках с мягкими накладками} without {без перчаток с мягкими накладками} withIt {в них} withoutIt {без них} other {перчатками с мягкими накладками}}',
  'diary.phrase.nerve_glides':
    '{case, select, both {с упражнениями на скольжение нервов и без них} with {с упражнениями на скольжение нервов} without {без упражнений на скольжение нервов} withIt {с ними} withoutIt {без них} other {упражнениями на скольжение нервов}}',
  'diary.phrase.stretching':
    '{case, select, both {с растяжкой и без неё} with {с растяжкой} without {без растяжки} withIt {с ней} withoutIt {без неё} other {растяжкой}}',
  'diary.phrase.slow_breathing':
    '{case, select, both {с медленным дыханием и без него} with {с медленным дыханием} without {без медленного дыхания} withIt {с ним} withoutIt {без него} other {медленным дыханием}}',
  'diary.phrase.own':
    '{case, select, both {с «{name}» и без этого} with {с «{name}»} without {без «{name}»} withIt {с этим} withoutIt {без этого} other {«{name}»}}',
  'diary.exposure.run.one': 'пробежка',
  'diary.exposure.run.many': 'пробежки',
  'diary.exposure.ride.one': 'поездка на велосипеде',
  'diary.exposure.ride.many': 'поездки на велосипеде',
  'diary.exposure.workout.one': 'тренировка',
  'diary.exposure.workout.many': 'тренировки',
  'diary.exposure.working_day.one': 'рабочий день',
  'diary.exposure.working_day.many': 'рабочие дни',
  'diary.exposure.night.one': 'ночь',
  'diary.exposure.night.many': 'ночи',
  'diary.exposure.break.one': 'перерыв',
  'diary.exposure.break.many': 'перерывы',
  'diary.exposure.other.one': 'другой период',
  'diary.exposure.other.many': 'другие периоды',
  'diary.periods.run':
    '{form, select, in {за {count, plural, one {# пробежку} few {# пробежки} many {# пробежек} other {# пробежки}}} compared {на пробежках} other {{count, plural, one {# пробежка} few {# пробежки} many {# пробежек} other {# пробежки}}}}',
  'diary.periods.ride':
    '{form, select, in {за {count, plural, one {# поездку} few {# поездки} many {# поездок} other {# поездки}} на велосипеде} compared {в поездках на велосипеде} other {{count, plural, one {# поездка} few {# поездки} many {# поездок} other {# поездки}} на велосипеде}}',
  'diary.periods.workout':
    '{form, select, in {за {count, plural, one {# тренировку} few {# тренировки} many {# тренировок} other {# тренировки}}} compared {на тренировках} other {{count, plural, one {# тренировка} few {# тренировки} many {# тренировок} other {# тренировки}}}}',
  'diary.periods.working_day':
    '{form, select, in {за {count, plural, one {# рабочий день} few {# рабочих дня} many {# рабочих дней} other {# рабочего дня}}} compared {в рабочие дни} other {{count, plural, one {# рабочий день} few {# рабочих дня} many {# рабочих дней} other {# рабочего дня}}}}',
  'diary.periods.night':
    '{form, select, in {за {count, plural, one {# ночь} few {# ночи} many {# ночей} other {# ночи}}} compared {по ночам} other {{count, plural, one {# ночь} few {# ночи} many {# ночей} other {# ночи}}}}',
  'diary.periods.break':
    '{form, select, in {за {count, plural, one {# перерыв} few {# перерыва} many {# перерывов} other {# перерыва}}} compared {в перерывах} other {{count, plural, one {# перерыв} few {# перерыва} many {# перерывов} other {# перерыва}}}}',
  'diary.periods.other':
    '{form, select, in {за {count, plural, one {# другой период} few {# других периода} many {# других периодов} other {# другого периода}}} compared {в других периодах} other {{count, plural, one {# другой период} few {# других периода} many {# других периодов} other {# другого периода}}}}',
  'diary.band.night': 'ночь (00–06)',
  'diary.band.morning': 'утро (06–12)',
  'diary.band.afternoon': 'день (12–18)',
  'diary.band.evening': 'вечер (18–24)',
  'diary.day.monday': 'Понедельник',
  'diary.day.tuesday': 'Вторник',
  'diary.day.wednesday': 'Среда',
  'diary.day.thursday': 'Четверг',
  'diary.day.friday': 'Пятница',
  'diary.day.saturday': 'Суббота',
  'diary.day.sunday': 'Воскресенье',
  'diary.side.left': 'левая рука',
  'diary.side.right': 'правая рука',
  'diary.side.both': 'обе руки',
  'diary.side.not_marked': 'не отмечено',
  'diary.episodes': '{count, plural, one {# эпизод} few {# эпизода} many {# эпизодов} other {# эпизода}}',
  'diary.patterns.none': 'Эпизодов пока не записано.',
  'diary.patterns.count':
    '{count, plural, one {# эпизод.} few {# эпизода.} many {# эпизодов.} other {# эпизода.}}',
  'diary.patterns.band':
    '{spread, select, yes {Эпизоды бывают в разное время дня; чаще всего} other {Чаще всего}} {band, select, night {ночью (00–06)} morning {утром (06–12)} afternoon {днём (12–18)} other {вечером (18–24)}}: {count} из {total}.',
  'diary.patterns.day':
    'Чаще по {day, select, monday {понедельникам} tuesday {вторникам} wednesday {средам} thursday {четвергам} friday {пятницам} saturday {субботам} other {воскресеньям}}: {count} из {total}.',
  'diary.patterns.noDay': 'Ни один день недели не выделяется.',
  'diary.patterns.activity': 'Чаще всего {while}: {count} из {total}.',
  'diary.patterns.activitySeverity':
    'Чаще всего {while}: {count} из {total}, средняя выраженность — {severity} из 10.',
  'diary.patterns.noBand': 'Ни одно время суток не выделяется.',
  'diary.patterns.activityTie': 'Одинаково часто {list}: по {count} из {total}.',
  'diary.patterns.noActivity': 'Занятия не отмечены.',
  'diary.patterns.tally': '{label} — {count}',
  'diary.patterns.hands': 'Руки: {list}.',
  'diary.patterns.places': 'Чаще всего отмечены: {list}.',
  'diary.patterns.severity': 'Средняя выраженность — {mean} из 10 (эпизодов с оценкой: {rated}).',
  'diary.patterns.length':
    'Обычная длительность — {length} (медиана по {timed, plural, one {# эпизоду} other {# эпизодам}}).',
  'diary.trend.notCovered':
    'Для тренда пока мало данных: он сравнивает последние 4 недели с 4 неделями до них, поэтому в дневнике нужны записи как минимум за 8 недель.',
  'diary.trend.frequency':
    '{way, select, more {В последнее время эпизодов больше} fewer {В последнее время эпизодов меньше} other {Явных изменений в частоте нет}}: {recent, plural, one {# эпизод} few {# эпизода} many {# эпизодов} other {# эпизода}} за последние 4 недели, {previous} за 4 недели до них ({ratio}).',
  'diary.trend.notEnoughRated':
    'Пока мало эпизодов с оценкой, чтобы сравнить выраженность (нужно не меньше {min} за каждые 4 недели).',
  'diary.trend.severity':
    '{way, select, worse {В последнее время тяжелее} milder {В последнее время легче} other {Явных изменений в выраженности нет}}: средняя выраженность {recent} за последние 4 недели, {previous} за 4 недели до них.',
  'diary.ratio': 'отношение частот {ratio}, {percent} доверительный интервал {low}–{high}',
  'diary.compare.notEnough':
    'Пока мало данных, чтобы сравнить эпизоды {periods} {both}: {withPeriods} {withIt} и {withoutPeriods} {withoutIt}; нужно хотя бы по {min} с каждой стороны.',
  'diary.compare.result':
    '{verdict, select, fewer {Меньше эпизодов {periods} {with}} more {Больше эпизодов {periods} {with}} other {Пока нет явной разницы в числе эпизодов {periods} {both}}} ({ratio}): {withEpisodes} {withPeriods} {withIt}, {withoutEpisodes} {withoutPeriods} {withoutIt}.',
  'diary.comparisonNotice':
    'Эти цифры сравнивают, как часто случались эпизоды с чем-то и без этого; они не показывают, что эпизоды вызвало: периоды с этим и без этого могут различаться и в другом.',
  'diary.severity.neededWith':
    '{count, plural, one {ещё # оценённый эпизод} few {ещё # оценённых эпизода} many {ещё # оценённых эпизодов} other {ещё # оценённого эпизода}} {with}',
  'diary.severity.neededWithout':
    '{count, plural, one {ещё # оценённый эпизод} few {ещё # оценённых эпизода} many {ещё # оценённых эпизодов} other {ещё # оценённого эпизода}} {without}',
  'diary.severity.neededWithoutToo': 'ещё {count} {withoutIt}',
  'diary.severity.notEnough':
    'Пока мало данных: нужно {wanted}, чтобы сравнить выраженность (с каждой стороны нужно не меньше {min, plural, one {# оценённого эпизода} other {# оценённых эпизодов}}; сейчас {withRated} {withIt}, {withoutRated} {withoutIt}).',
  'diary.severity.means': 'в среднем {withMean} из 10 {withIt}, {withoutMean} {withoutIt}',
  'diary.severity.counts':
    '{withRated, plural, one {# оценённый эпизод} few {# оценённых эпизода} many {# оценённых эпизодов} other {# оценённого эпизода}} {withIt} и {withoutRated} {withoutIt}',
  'diary.severity.caveat': 'Это показывает, что происходило одновременно, а не то, что это вызвано {cause}.',
  'diary.severity.less':
    'Эпизоды, записанные {with}, были в среднем на {points} балла слабее ({percent} доверительный интервал: от {low} до {high} балла; {means}), {counts}. {caveat}',
  'diary.severity.more':
    'Эпизоды, записанные {with}, были в среднем на {points} балла сильнее ({percent} доверительный интервал: от {low} до {high} балла; {means}), {counts}. {caveat}',
  'diary.severity.noClear':
    'Явной разницы в выраженности между эпизодами, записанными {both}, нет ({means}; {percent} доверительный интервал — от {low} балла ниже до {high} балла выше {withIt}), {counts}. {caveat}',
  'diary.tried.usage': '{label} (в {count} из {total, plural, one {# эпизода} other {# эпизодов}})',
  'diary.tried.one': 'Что вы пробовали: {usage} — {text}',
  'diary.tried.many': 'Что вы пробовали: {list}.',
  'diary.tried.line': '{label} — {text}',
  'diary.frequencyNote':
    'По одному только числу эпизодов нельзя понять, стали ли они реже с чем-то: дневник знает, что это было, лишь когда записан эпизод, а не в дни без эпизодов. Чтобы сравнить частоту, записывайте пробежки, рабочие дни или ночи с этим и без этого.',
  'diary.assessments.none': 'Сохранённых проверок пока нет.',
  'diary.assessments.latest': 'Последняя проверка, {description}.',
  'diary.assessments.before': 'Предыдущая, {description}.',
  'diary.assessments.change':
    '{change, select, moreUrgent {Уровень срочности в последней проверке выше, чем раньше.} lessUrgent {Уровень срочности в последней проверке ниже, чем раньше.} other {Уровень срочности такой же, как раньше.}}',
  'diary.bctq.none': 'Бостонский опросник по карпальному каналу пока не заполнен.',
  'diary.bctq.notScored': 'нет оценки',
  'diary.bctq.once':
    'Бостонский опросник по карпальному каналу, {date}: тяжесть симптомов — {severity}, функция — {function} (1 — нет нарушений, 5 — наихудшее).',
  'diary.bctq.times':
    'Бостонский опросник по карпальному каналу, {count, plural, one {# раз} few {# раза} many {# раз} other {# раза}}: тяжесть симптомов — {firstSeverity} ({firstDate}), затем {latestSeverity} ({latestDate}); функция — {firstFunction}, затем {latestFunction} (1 — нет нарушений, 5 — наихудшее).',
  'diary.change.newPattern': 'Новая закономерность: эпизоды {list}',
  'diary.change.band': '{band, select, night {ночью} morning {утром} afternoon {днём} other {вечером}}',
  'diary.change.spreading': 'Затронуты новые места: {list}',
  'diary.change.hand': '{side, select, left {левая рука} other {правая рука}}',
  'diary.change.place': '{place} {side, select, left {левой руки} other {правой руки}}',
  'diary.change.moreFrequent': 'За последние 4 недели эпизоды чаще, чем за 4 недели до них',
  'diary.change.moreSevere': 'За последние 4 недели эпизоды тяжелее, чем за 4 недели до них',
  'diary.change.weakness': 'В последнее время отмечена слабость: {list}',
  'diary.change.danger': 'В последнее время записаны опасные признаки: {list}',
  'diary.change.prompt': 'Некоторые изменения в вашем дневнике стоит показать врачу: {list}. {advice}',
  'diary.summary.period': 'Дневник с {from} по {to}: {episodes}.',
  'diary.summary.periodLogged': 'Дневник с {from} по {to}: {episodes}; записано: {logged}.',
  'diary.summary.weeks':
    'Эпизоды были в {withEpisodes} из {weeks, plural, one {# недели} other {# недель}}; больше всего за одну неделю — {most} (неделя с {weekOf}).',
  'diary.summary.latestAssessment': 'Последняя проверка, {date}: {level}.',
  'diary.fhir.leftHand': 'левая кисть',
  'diary.fhir.rightHand': 'правая кисть',
  'diary.fhir.bothHands': 'обе кисти',
  'diary.fhir.questionnaireTitle': 'numbcheck: онемение кисти и руки',
  'diary.fhir.questionnaireDescription':
    'Вопросы, которые numbcheck может задать об онемении кисти и руки. Каждый следующий вопрос он выбирает по тому, что ещё не ясно из прежних ответов, поэтому в одной проверке отвечают лишь на часть из них.',
};
