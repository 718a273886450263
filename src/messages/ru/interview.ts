import type { interview as english } from '../en/interview.ts';

/** The interview in Russian: the same keys and placeholders as in English. */
export const interview: Readonly<Record<keyof typeof english, string>> = {
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
};
