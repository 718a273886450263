import type { MessageKey } from '../en/index.ts';
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

/** numbcheck's words in Russian, written as a Russian doctor would say them: the same keys as in English. */
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

export const ru: Readonly<Record<MessageKey, string>> = {
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
};
