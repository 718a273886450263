import type { MessageKey } from './en.ts';

/** numbcheck's words in Russian: the same keys and placeholders as `en.ts`, written as a Russian doctor would say them. */
export const ru: Readonly<Record<MessageKey, string>> = {
  'likelihood.likely': 'вероятно',
  'likelihood.possible': 'возможно',
  'likelihood.lessLikely': 'маловероятно',
  'strength.strong': 'сильно',
  'strength.moderate': 'умеренно',
  'strength.slight': 'слабо',
  'step.safety': 'Проверка безопасности {number} из {of}',
  'step.question': 'Вопрос {number}',
  'step.selfTest': 'Самотест {number} из {of}',
  'interview.more':
    '{remaining, plural, =0 { · почти всё} one { · ещё примерно #} few { · ещё примерно #} many { · ещё примерно #} other { · ещё примерно #}}',
  'interview.continue': 'Дальше',
  'interview.dontKnow': 'Не знаю',
  'interview.tickAll': 'Отметьте всё, что подходит.',
  'interview.noneOfThese': 'Ничего из этого',
  'selfTest.whatToDo': 'Что сделать',
  'selfTest.yes': 'Да, симптомы появились',
  'answer.yes': 'Да',
  'answer.no': 'Нет',
  'selfTest.dontKnow': 'Не знаю или не пробовал(а)',
  'input.choose': 'Выберите ответ или «{unknown}».',
  'input.number': 'Введите целое число ({unit}) от {min} до {max} или выберите «{unknown}».',
  'input.handMap': 'Отметьте каждое место, где немеет или покалывает, или выберите «{unknown}».',
  'input.checklist': 'Отметьте всё, что подходит, или выберите «{none}» или «{unknown}».',
  'countdown.up': 'Время вышло. Теперь ответьте на вопрос ниже.',
  'countdown.stopped': 'Таймер остановлен.',
  'countdown.started': 'Таймер запущен: {time}.',
  'countdown.stop': 'Остановить таймер',
  'countdown.again': 'Запустить таймер снова',
  'countdown.start':
    '{unit, select, minute {Запустить таймер на {count} мин} other {Запустить таймер на {count} с}}',
  'offer.optional': 'По желанию',
  'offer.title':
    '{count, plural, one {Хотите пройти короткий самотест?} few {Хотите пройти # коротких самотеста?} many {Хотите пройти # коротких самотестов?} other {Хотите пройти # коротких самотеста?}}',
  'offer.text':
    '{count, plural, one {Он помогает различить вероятные причины и займёт около {time}. Это не врачебный осмотр, его можно пропустить.} other {Они помогают различить вероятные причины и займут около {time}. Это не врачебный осмотр, их можно пропустить.}}',
  'offer.accept': '{count, plural, one {Пройти самотест} other {Пройти самотесты}}',
  'offer.decline': 'Нет, показать результат',
  'result.title': 'Ваш результат',
  'result.mostLikely': 'Наиболее вероятная причина',
  'result.next': 'Что делать дальше',
  'result.print': 'Распечатать или сохранить в PDF',
  'result.whyLevel': 'Почему такой уровень',
  'result.unsure': 'Проверьте эти опасные признаки сейчас',
  'result.unscreened': 'Опасные признаки, которые не проверены',
  'result.unscreenedText':
    'Уровень выше определён без них. Если у вас есть что-то из этого, помощь может понадобиться срочнее:',
  'result.now': 'Что делать сейчас',
  'result.causes': 'Возможные причины',
  'result.causesText':
    'Каждая причина оценивается отдельно, поэтому вероятными могут быть сразу несколько. Откройте «Почему», чтобы увидеть, какие ответы говорят за неё, а какие — против.',
  'result.showNumbers': 'Показать числа',
  'result.numbersText':
    'Процент — это вероятность каждой причины по вашим ответам. «×» после ответа показывает, во сколько раз он меняет шансы этой причины: ×2 — вдвое больше, ×0,5 — вдвое меньше.',
  'result.tests': 'Что может назначить врач',
  'result.specialists': 'К кому можно обратиться',
  'result.selfCare': 'Что можно сделать самому',
  'result.prevention': 'Профилактика',
  'result.forEveryone': 'Для всех',
  'result.forCauses': 'При: {causes}',
  'result.back': 'Назад к последнему вопросу',
  'result.sources': 'Источники',
  'result.sourcesText': 'Все причины, обследования и советы выше взяты из этих источников.',
  'result.showSources':
    '{count, plural, one {Показать # источник} few {Показать # источника} many {Показать # источников} other {Показать # источника}}',
  'result.printHead': 'Отчёт numbcheck · {date} · база знаний {version}',
  'result.footer': 'База знаний numbcheck {version} · {date}',
  'doctor.title': 'Для врача',
  'doctor.text': 'Оценки по опросникам и все ответы — для приёма. При печати выводятся полностью.',
  'doctor.questionnaires': 'Опросники по кисти',
  'doctor.katz':
    'Диаграмма кисти Katz ({hand, select, left {левая кисть} other {правая кисть}}): {rating, select, classic {классическая — типичная картина синдрома запястного канала} probable {вероятная — вероятная картина синдрома запястного канала} possible {возможная — возможная картина синдрома запястного канала} other {маловероятная — картина не похожа на синдром запястного канала}}.',
  'doctor.katzExplain':
    'Диаграмма Katz оценивает, насколько карта зон онемения похожа на синдром запястного канала.',
  'doctor.cts6': 'CTS-6, пункты, на которые можно ответить самому: {score} из {max}.',
  'doctor.cts6Explain':
    'CTS-6 — шкала из шести пунктов, которой врачи пользуются при синдроме запястного канала; остальные пункты врач оценивает при осмотре.',
  'doctor.answers': 'Ваши ответы',
  'cause.why': 'Почему',
  'cause.fits': 'Что говорит за',
  'cause.doesNotFit': 'Что говорит против',
  'advice.count':
    '{steps, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}{exercises, plural, =0 {} one {, # упражнение} few {, # упражнения} many {, # упражнений} other {, # упражнения}}',
  'advice.shownAbove': 'Упражнение: {name} (см. выше)',
};
