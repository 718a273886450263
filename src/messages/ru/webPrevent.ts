import type { webPrevent as english } from '../en/webPrevent.ts';

/**
 * The prevention screens in Russian: the same keys and placeholders as in English. "Through {time}" is said as
 * «до … осталось» or with a plural of its own where «через 1 минута» would be wrong, since src/format writes lengths
 * of time in the nominative.
 */
export const webPrevent: Readonly<Record<keyof typeof english, string>> = {
  'webPrevent.weekday': '{day, select, mon {пн} tue {вт} wed {ср} thu {чт} fri {пт} sat {сб} other {вс}}',

  'webPrevent.danger.stop': 'Остановитесь и звоните 112 / 911 / 999,',
  'webPrevent.danger.text':
    'если почувствуете давление или боль в груди, одышку не по нагрузке или заметите изменения лица или речи.',
  'webPrevent.danger.link': 'Что делать сейчас',

  'webPrevent.coach.titleFlash': 'Пора сделать перерыв — numbcheck',
  'webPrevent.coach.notification': 'Пора сделать перерыв: {duration}.',

  'webPrevent.breaks.title': 'Перерывы в работе',
  'webPrevent.breaks.lead':
    'Короткие перерывы в работе с клавиатурой и мышью уменьшают онемение и покалывание в руках: {microSeconds}-секундная пауза для кистей {microEvery, plural, =1 {каждую минуту} one {каждые # минуту} few {каждые # минуты} many {каждые # минут} other {каждые # минуты}} работы и {movementMinutes}-минутный перерыв на движение {movementEvery, plural, =1 {каждую минуту} one {каждые # минуту} few {каждые # минуты} many {каждые # минут} other {каждые # минуты}}.',
  'webPrevent.breaks.coach': 'Напоминания',
  'webPrevent.breaks.off': 'Напоминания выключены.',
  'webPrevent.breaks.now':
    '{kind, select, micro {Сейчас — микропауза.} movement {Сейчас — перерыв на движение.} other {Сейчас — перерыв на ходьбу или лестницу.}}',
  'webPrevent.breaks.next':
    '{kind, select, micro {До следующей микропаузы} movement {До следующего перерыва на движение} other {До следующего перерыва на ходьбу или лестницу}} {soon, select, yes {меньше минуты} other {— {time}}}.',
  'webPrevent.breaks.away': 'Вы отошли: время вдали от компьютера считается перерывом.',
  'webPrevent.breaks.offHours': 'Нерабочее время: перерывы не нужны.',
  'webPrevent.breaks.outsideHours': '(нерабочее время)',
  'webPrevent.breaks.start': 'Включить напоминания',
  'webPrevent.breaks.stop': 'Выключить напоминания',
  'webPrevent.breaks.keepOpen': 'Не закрывайте эту вкладку.',
  'webPrevent.breaks.timeOnly': 'Режим «только время»: считается каждая минута, что бы вы ни делали.',
  'webPrevent.breaks.hiddenCounts':
    'Пока эта вкладка скрыта, numbcheck считает это время перерывом: если вас нет {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}} или дольше, отсчёт начинается заново.',
  'webPrevent.alerts.title': 'Как вы узнаете о перерыве',
  'webPrevent.alerts.on': 'Уведомления включены: о перерыве сообщат уведомление и эта страница.',
  'webPrevent.alerts.ask':
    'Без уведомлений о перерыве сообщит эта страница — звуковым сигналом и мигающим заголовком вкладки.',
  'webPrevent.alerts.allow': 'Разрешить уведомления',
  'webPrevent.alerts.blocked': 'Уведомления от numbcheck в этом браузере заблокированы.',
  'webPrevent.alerts.unsupported': 'Этот браузер не умеет показывать уведомления.',
  'webPrevent.alerts.fallback':
    'О перерывах сообщит эта страница — звуковым сигналом и мигающим заголовком вкладки.',
  'webPrevent.idle.on': 'Определение бездействия включено: время вдали от компьютера считается перерывом.',
  'webPrevent.idle.offer':
    'Этот браузер может определять, когда вы отходите от компьютера (определение бездействия). Иначе numbcheck считает перерывом время, пока эта вкладка скрыта.',
  'webPrevent.idle.use': 'Включить определение бездействия',
  'webPrevent.idle.refused':
    'Определение бездействия не разрешено; время, пока вкладка скрыта, по-прежнему считается.',
  'webPrevent.idle.unsupported':
    'Этот браузер не может определить, когда вы отходите от компьютера, поэтому numbcheck считает перерывом время, пока эта вкладка скрыта. Если вы читаете или смотрите видео, включите ниже режим «только время».',
  'webPrevent.stats.title': 'Ваши перерывы',
  'webPrevent.stats.takenToday': 'Сделано сегодня',
  // Soft hyphens: at 360 px the Russian heads of the 7-day table and today's boxes must break inside a word to fit.
  'webPrevent.stats.taken': 'Сде\u00ADлано',
  'webPrevent.stats.skipped': 'Пропу\u00ADщено',
  'webPrevent.stats.postponed': 'Отло\u00ADжено',
  'webPrevent.stats.natural': 'Естест\u00ADвенных',
  'webPrevent.stats.streak':
    'Дней подряд: {current} (рекорд — {longest}). День засчитывается, если вы сделали хотя бы один перерыв и ни одного не пропустили.',
  'webPrevent.stats.lastDays': 'Последние 7 дней',
  'webPrevent.stats.day': 'День',
  'webPrevent.stats.dayLabel': '{weekday}, {day}',
  'webPrevent.stats.diaryHint':
    'Статистика хранится только на этом устройстве. Если записать день в дневник, он попадёт туда как рабочий день — с регулярными перерывами или без них, — и дневник сможет сравнить, как часто немеют руки в такие дни. Пока напоминания включены, numbcheck сам записывает день в конце рабочего времени.',
  'webPrevent.stats.record': 'Записать сегодняшний день в дневник',
  'webPrevent.stats.diaryNote':
    'Перерывы в работе: сделано — {taken}, пропущено — {skipped}, отложено — {postponed}, естественных — {natural}.',
  'webPrevent.stats.diaryUnavailable':
    'Дневник здесь недоступен, поэтому сегодняшний день не записан. Статистика ниже остаётся на этом устройстве.',
  'webPrevent.stats.recorded':
    '{automatic, select, yes {Рабочий день закончился: в дневник записан} other {В дневник записан}} рабочий день {date} {breaks, select, yes {с регулярными перерывами} other {без перерывов}}.',

  'webPrevent.break.banner':
    '{kind, select, micro {Пора сделать микропаузу.} movement {Пора сделать перерыв на движение.} other {Пора сделать перерыв на ходьбу или лестницу.}} Уведомления выключены, поэтому numbcheck сообщает об этом здесь — звуковым сигналом и мигающим заголовком вкладки.',
  'webPrevent.break.lead': 'Без клавиатуры: {duration}.',
  'webPrevent.break.exercises':
    '{count, plural, one {# упражнение} few {# упражнения} many {# упражнений} other {# упражнения}}.',
  'webPrevent.break.finished': 'Перерыв окончен. Отлично!',
  'webPrevent.break.exerciseOf': '({number} из {total})',
  'webPrevent.break.stepOf': 'Шаг {number} из {total}',
  'webPrevent.break.timeLeft': 'На этот шаг осталось:',
  'webPrevent.break.nextStep': 'Следующий шаг',
  'webPrevent.break.done': 'Готово',
  'webPrevent.break.finishNow': 'Закончить перерыв сейчас',
  'webPrevent.break.skip': 'Пропустить этот перерыв',
  'webPrevent.break.postpone':
    'Отложить на {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}',
  'webPrevent.break.strict': 'Строгий режим: этот перерыв нельзя пропустить или отложить.',

  'webPrevent.settings.title': 'Настройки',
  'webPrevent.settings.microEvery': 'Микропауза каждые',
  'webPrevent.settings.microLength': 'Длительность микропаузы',
  'webPrevent.settings.movementEvery': 'Перерыв на движение каждые',
  'webPrevent.settings.movementLength': 'Длительность перерыва на движение',
  'webPrevent.settings.stairEvery': 'Перерыв на ходьбу или лестницу каждые',
  'webPrevent.settings.naturalBreak': 'Сколько нужно отсутствовать, чтобы это считалось перерывом',
  'webPrevent.settings.minutesOfWork': 'мин работы',
  'webPrevent.settings.minutes': 'мин',
  'webPrevent.settings.seconds': 'с',
  'webPrevent.settings.from': 'Рабочее время с',
  'webPrevent.settings.to': 'до',
  'webPrevent.settings.days': 'Рабочие дни',
  'webPrevent.settings.strict': 'Строгий режим: перерывы нельзя пропускать или откладывать',
  'webPrevent.settings.timeOnly':
    'Режим «только время»: считать каждую минуту, даже когда вкладка скрыта (для чтения и видео)',
  'webPrevent.settings.save': 'Сохранить настройки',
  'webPrevent.settings.defaults': 'Вернуть настройки по умолчанию',
  'webPrevent.settings.saved': 'Настройки сохранены на этом устройстве.',
  'webPrevent.settings.reset':
    'Восстановлены настройки numbcheck по умолчанию; они сохранены на этом устройстве.',

  'webPrevent.run.title': 'Помощник на пробежке',
  'webPrevent.run.lead': 'Перед выходом — минута для рук.',
  'webPrevent.run.before': 'Перед пробежкой',
  'webPrevent.run.check.expander':
    'Эспандер в руке: мягкий, из пластика или резины, с упором для большого пальца, а не с металлическими ручками.',
  'webPrevent.run.check.relaxed': 'Кисти расслаблены и раскрыты, не сжаты в кулаки.',
  'webPrevent.run.check.loose': 'Часы, фитнес-браслет и лямки рюкзака не затянуты.',
  'webPrevent.run.check.waist':
    'Всё, что берёте с собой, — на поясе (ремень или поясная сумка), а не в руках и не на туго затянутых лямках на плечах.',
  'webPrevent.run.check.warm': 'Плечи размяты: несколько круговых движений плечами и руками.',
  'webPrevent.run.cuesEvery':
    'Сигналы {minutes, plural, =1 {каждую минуту} one {каждые # минуту} few {каждые # минуты} many {каждые # минут} other {каждые # минуты}}',
  'webPrevent.run.beep': 'Звуковой сигнал',
  'webPrevent.run.vibrate': 'Вибрация{able, select, yes {} other { (на этом устройстве недоступна)}}',
  'webPrevent.run.speak': 'Произносить сигнал вслух{able, select, yes {} other { (этот браузер не умеет)}}',
  'webPrevent.run.alternate':
    'Сигналы чередуются: сожмите эспандер 10 раз, затем опустите руки и встряхните их.',
  'webPrevent.run.shakeOnly': 'Эспандер не отмечен, поэтому каждый сигнал — опустить руки и встряхнуть их.',
  'webPrevent.run.start': 'Начать пробежку',
  'webPrevent.run.running': 'Идёт пробежка',
  'webPrevent.run.timeRunning': 'Время пробежки:',
  'webPrevent.run.nextCue': 'Следующий сигнал через {time}: {cue}.',
  'webPrevent.run.awake': 'Экран не погаснет до конца пробежки.',
  'webPrevent.run.awakePending': 'Не даём экрану погаснуть…',
  'webPrevent.run.awakeUnsupported':
    'Этот браузер не умеет держать экран включённым: пока страница открыта, сигналы приходят звуком и вибрацией, но после блокировки экрана могут прекратиться.',
  'webPrevent.run.finish': 'Закончить пробежку',
  'webPrevent.run.after': 'Руки немели?',
  'webPrevent.run.afterLead':
    'Ваша пробежка: {duration}. Если с руками всё в порядке, достаточно одного нажатия; дневник учтёт пробежку в любом случае.',
  'webPrevent.run.noNumbness': 'Онемения не было',
  'webPrevent.run.orNumb': 'Или: руки онемели',
  'webPrevent.run.wentNumb': 'Было онемение или покалывание в руках',
  'webPrevent.run.whichHand': 'Какая рука',
  'webPrevent.run.hand': '{hand, select, left {Левая рука} right {Правая рука} other {Обе руки}}',
  'webPrevent.run.ranWithExpander': 'С эспандером в руке',
  'webPrevent.run.logNumb': 'Записать онемение',
  'webPrevent.run.log': 'Записать пробежку{expander, select, yes { с эспандером} other {}}',
  'webPrevent.run.savedFine':
    'Сохранено: пробежка — {duration}, {expander, select, yes {с эспандером} other {без эспандера}}, руки не немели.',
  'webPrevent.run.savedNumb':
    'Сохранено: пробежка — {duration}, {expander, select, yes {с эспандером} other {без эспандера}}, {hand, select, left {онемела левая рука} right {онемела правая рука} other {онемели обе руки}}.',
  'webPrevent.run.diaryUnavailable': 'Дневник здесь недоступен, поэтому пробежка не сохранена.',
  'webPrevent.run.episodeFailed': 'Пробежка сохранена, а эпизод онемения — нет: {error}',
  'webPrevent.run.back': 'Вернуться к помощнику на пробежке',
  'webPrevent.run.logged': 'Пробежка записана',
  'webPrevent.run.compare':
    'После нескольких пробежек с эспандером и без него дневник сравнит, как часто немели руки.',
  'webPrevent.run.openDiary': 'Открыть дневник',
  'webPrevent.run.again': 'Ещё одна пробежка',

  'webPrevent.sleep.title': 'Проверка сна',
  'webPrevent.sleep.lead':
    'Если вы просыпаетесь с онемевшими руками, часто дело в позе во сне: несколько вопросов о кровати, подушке и о том, в чём вы спите.',
  'webPrevent.sleep.saved': 'Ваши ответы сохраняются только на этом устройстве.',
  'webPrevent.sleep.notSaved':
    'Этот браузер не даёт numbcheck сохранять данные, поэтому после перезагрузки страницы ответы пропадут.',
  'webPrevent.sleep.yes': 'Да',
  'webPrevent.sleep.no': 'Нет',
  'webPrevent.sleep.unsure': 'Не знаю',
  'webPrevent.sleep.carpalTunnel':
    'Врач говорил вам, что у вас синдром запястного канала, или проверка numbcheck сочла его вероятным?',
  'webPrevent.sleep.carpalTunnelYes': 'Да, синдром запястного канала вероятен',
  'webPrevent.sleep.fromAssessment':
    'Проверка numbcheck в этой вкладке сочла его вероятным ({percent}), поэтому ниже показан совет о ночной шине.',
  'webPrevent.sleep.adviceTitle': 'Что изменить',
  'webPrevent.sleep.answerFirst':
    'Ответьте на вопросы выше: здесь появится совет на каждый ответ «да» или «не знаю».',
  'webPrevent.sleep.nothing':
    'В том, как вы спите, ничего не настораживает. Если руки всё равно немеют по ночам, ведите дневник, а если это повторяется, обратитесь к терапевту.',
  'webPrevent.sleep.asCarpalTunnel': 'Так как синдром запястного канала вероятен:',
  'webPrevent.sleep.sources': 'Источники',
};
