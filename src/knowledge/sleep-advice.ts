import type { Advice } from './schema.ts';

/**
 * Advice for the sleep check that no cause's plan carries yet. The rest of the sleep check's advice is the causes'
 * own (positional compression's sleep position, pillow and jewellery advice; carpal tunnel's night splint).
 */
export const sleepAdvice: Advice[] = [
  {
    id: 'sleep_straight_wrists',
    // Wrist flexion raises the pressure in the carpal tunnel (Gelberman 1981); a night splint works by keeping the
    // wrist straight (NHS).
    text: 'Try to keep your wrists straight in bed, not curled under your chin or bent under the pillow: a bent wrist squeezes the nerve at the wrist for hours. If you wake with numb fingers, a wrist splint that holds the wrist straight at night helps.',
    sources: ['NHS-CTS', 'GELBERMAN1981'],
  },
];
