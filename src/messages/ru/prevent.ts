import type { prevent as english } from '../en/prevent.ts';

/** Prevention in Russian: the same keys and placeholders as in English. */
export const prevent: Readonly<Record<keyof typeof english, string>> = {
  'prevent.break.micro': 'Микроперерыв',
  'prevent.break.movement': 'Перерыв на движение',
  'prevent.break.stair': 'Перерыв на лестницу или прогулку',
  'prevent.schedule.every': 'интервал — {every}, длительность — {length}',
  'prevent.schedule.stair': 'интервал — {every}, вместо перерыва на движение',
  'prevent.schedule.in': 'через {time}',
  'prevent.cue.expander_squeezes': 'Сожмите эспандер 10 раз',
  'prevent.cue.shake_out': 'Опустите руки и встряхните их',
  'prevent.sleep.pillow_height':
    'Ваша подушка настолько высокая (или плоская), что шея сгибается, когда вы на ней лежите?',
  'prevent.sleep.on_arm': 'Вы часто просыпаетесь, лёжа на руке?',
  'prevent.sleep.hands_under_pillow': 'Вы спите, подложив кисти или руки под подушку или под голову?',
  'prevent.sleep.rings': 'Вы ложитесь спать в кольцах, браслетах или с часами?',
  'prevent.sleep.tight_cuffs': 'У вашей пижамы тесные рукава или манжеты?',
  'prevent.sleep.wrists_bent':
    'Вы спите с согнутыми запястьями — подогнув кисти под подбородок или под подушку?',
};
