import { cli } from './cli.ts';
import { diary } from './diary.ts';
import { errors } from './errors.ts';
import { interview } from './interview.ts';
import { places } from './places.ts';
import { prevent } from './prevent.ts';
import { print } from './print.ts';
import { result } from './result.ts';
import { start } from './start.ts';
import { web } from './web.ts';
import { webDiary } from './webDiary.ts';
import { webPrevent } from './webPrevent.ts';

/**
 * numbcheck's words in English, by key, in ICU MessageFormat (plurals, numbers and choices inside the message), one
 * module per part of the product. Every other language has exactly these keys and placeholders (`catalog.test.ts`).
 */
export const AREAS = {
  cli,
  diary,
  errors,
  interview,
  places,
  prevent,
  print,
  result,
  start,
  web,
  webDiary,
  webPrevent,
} as const;

export const en = {
  ...cli,
  ...diary,
  ...errors,
  ...interview,
  ...places,
  ...prevent,
  ...print,
  ...result,
  ...start,
  ...web,
  ...webDiary,
  ...webPrevent,
} as const;

/** A message's key. */
export type MessageKey = keyof typeof en;
