import type { print as english } from '../en/print.ts';

/** Печатный отчёт и его PDF по-русски: те же ключи и подстановки, что и в английском. */
export const print: Readonly<Record<keyof typeof english, string>> = {
  'print.episodes.title': 'Эпизоды за этот период ({count})',
  'print.episodes.none': 'За этот период эпизодов не записано.',
  'print.episodes.when': 'Когда',
  'print.episodes.where': 'Где',
  'print.episodes.minutes': 'Минуты',
  'print.episodes.severity': 'Сила (0–10)',
  'print.episodes.doing': 'Чем были заняты',
  'print.episodes.inPlace': 'Что было',
  'print.episodes.notes': 'Заметки',
  'print.episodes.note': '{when}: {note}',
  'print.weeks.week': 'Неделя с',
  'print.page': 'Страница {page} из {pages}',
  'print.download': 'Скачать PDF',
  'print.preparing': 'Готовлю PDF…',
  'print.failed': 'Не удалось сделать PDF. Распечатайте страницу и выберите «Сохранить как PDF».',
} as const;
