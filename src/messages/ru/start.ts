import type { start as english } from '../en/start.ts';

/** Стартовая страница, шапка и подвал, экстренная страница — простым текстом, без FormatJS. */
export const start: Readonly<Record<keyof typeof english, string>> = {
  'start.title': 'Онемение рук: опасно ли это и что делать',
  'start.heading': 'Почему немеют руки?',
  'start.lead':
    'Ответьте на несколько вопросов — numbcheck подскажет, насколько это срочно, что может быть причиной и что делать.',
  'start.wordsLabel': 'Опишите своими словами (необязательно)',
  'start.wordsHint':
    'Например: «Немеет левая рука, когда бегаю. Боли в груди нет». Текст читается только в этом браузере, никуда не отправляется и не сохраняется; вы проверите, что было понято.',
  'start.error': 'Ошибка:',
  'start.wordsFailed':
    'Сейчас не удалось прочитать ваш текст. Нажмите «Начать» ещё раз или очистите поле, чтобы ответить на вопросы.',
  'start.questionsFailed':
    'Сейчас не удалось загрузить вопросы. Проверьте подключение и нажмите «Начать» ещё раз.',
  'start.reading': 'Читаем ваш текст…',
  'start.starting': 'Начинаем…',
  'start.start': 'Начать',
  'start.factSafety': 'Сначала — проверка на признаки инсульта, инфаркта и других неотложных состояний.',
  'start.factTime': 'Это займёт несколько минут. На любой вопрос можно ответить «Не знаю».',
  'start.factPrivacy': 'Ваши ответы остаются в этой вкладке браузера. Никуда ничего не отправляется.',
  'start.nav': 'Разделы numbcheck',
  'start.navCheck': 'Проверка',
  'start.navDiary': 'Дневник',
  'start.navBreaks': 'Перерывы',
  'start.navRun': 'Бег',
  'start.navSleep': 'Сон',
  'start.emergencyLink': 'Экстренно?',
  'start.emergencyNumbers': 'Звоните 112 / 911 / 999',
  'start.language': 'Язык',
  'start.knowledge': 'База знаний numbcheck {version}.',
  'start.privacy': 'Ваши ответы остаются в этой вкладке браузера; никуда ничего не отправляется.',
  'start.privacyDiary':
    'Дневник хранится на сервере numbcheck, с которого открыта эта страница, а без него — в этом браузере; где именно, сказано в дневнике.',
  'start.privacyBreaks':
    'Настройки и статистика перерывов остаются на этом устройстве; в дневник день попадает, только если вы так решите.',
  'start.privacyRun':
    'Записанная пробежка попадает в ваш дневник: на сервер numbcheck, с которого открыта эта страница, а без него — в этот браузер.',
  'start.privacySleep': 'Проверка сна сохраняется только на этом устройстве.',
  'start.emergencyTab': 'Экстренная помощь',
  'start.emergencyTitle': 'Немедленно вызовите скорую',
  'start.call': 'Позвонить {number}',
  'start.anotherCountry': 'Другая страна?',
  'start.doNow': 'Что делать сейчас',
  'start.do': 'Что делать',
  'start.tell': 'Что сказать диспетчеру',
  'start.wait': 'Пока ждёте скорую',
  'start.otherSigns': 'Другие ваши признаки',
  'start.signs': 'Признаки:',
  'start.why': 'Почему',
  'start.also': 'Также',
  'start.answeredByMistake': 'Я ответил(а) по ошибке — вернуться',
  'start.backToNumbcheck': 'Вернуться в numbcheck',
  'start.sources': 'Источники',
  'start.emergencyKnowledge': 'База знаний numbcheck {version}',
  'start.where112': 'ЕС, Россия и Индия; с большинства мобильных телефонов в любой стране',
  'start.where112Unknown': 'Европа; с большинства мобильных телефонов в любой стране',
  'start.where911': 'США и Канада',
  'start.where999': 'Великобритания',
  'start.where000': 'Австралия',
  'start.where111': 'Новая Зеландия',
  'start.ambulance': 'скорая помощь',
  'start.updateReady':
    'Готова новая версия numbcheck. Перезагрузите страницу, чтобы перейти на неё: всё, что вы ввели, сохранится.',
  'start.updateReload': 'Перезагрузить',
  'start.updateReloading': 'Перезагружаем…',
};
