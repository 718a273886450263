/** numbcheck's words for prevention: the break coach, the run companion's cues and the sleep check, in English (ICU MessageFormat). */
export const prevent = {
  'prevent.break.micro': 'Micro-break',
  'prevent.break.movement': 'Movement break',
  'prevent.break.stair': 'Stair or walking break',
  'prevent.schedule.every': 'every {every} for {length}',
  'prevent.schedule.stair': 'every {every}, in place of the movement break',
  'prevent.schedule.in': 'in {time}',
  'prevent.cue.expander_squeezes': 'Squeeze your expander 10 times',
  'prevent.cue.shake_out': 'Drop your arms and shake them out',
  'prevent.sleep.pillow_height':
    'Is your pillow so high (or so flat) that your neck bends when you lie on it?',
  'prevent.sleep.on_arm': 'Do you often wake up lying on your arm?',
  'prevent.sleep.hands_under_pillow':
    'Do you sleep with your hands or arms under the pillow or under your head?',
  'prevent.sleep.rings': 'Do you keep rings, bracelets or a watch on in bed?',
  'prevent.sleep.tight_cuffs': 'Do your pyjamas have tight sleeves or cuffs?',
  'prevent.sleep.wrists_bent':
    'Do you sleep with your wrists bent, curled under your chin or folded under the pillow?',
} as const;
