import type { result as english } from '../en/result.ts';

/** The result page in Russian: the same keys and placeholders as in English. */
export const result: Readonly<Record<keyof typeof english, string>> = {
  'likelihood.likely': 'вероятно',
  'likelihood.possible': 'возможно',
  'likelihood.lessLikely': 'маловероятно',
  'strength.strong': 'сильно',
  'strength.moderate': 'умеренно',
  'strength.slight': 'слабо',
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
