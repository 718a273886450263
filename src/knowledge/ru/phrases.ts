import type { KnowledgeTexts } from '../localize.ts';

/** The engine's own words in a result, in Russian. */
export const phrases: KnowledgeTexts = {
  'phrases.nothingUrgent.text':
    'Признаков опасности нет, и в том, как протекает онемение, нет ничего, что требовало бы сейчас обращения к врачу.',
  'phrases.notAsked.text':
    'Не на все вопросы о признаках опасности есть ответ, поэтому уровень может оказаться заниженным, пока они не проверены.',
  'phrases.none': 'Нет —',
  'phrases.handMapNotTypical': 'Карта кисти не типична для синдрома запястного канала (схема Katz)',
};
