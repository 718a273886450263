/**
 * The cursor of a paged listing: where the next page starts, as an opaque string. It holds the last entry's time and
 * id (the listing's keyset) and the order it was made for; clients only hand it back, never build it.
 */
import { parseInstant } from '../../diary/index.ts';
import { NumbError } from '../../errors.ts';
import type { ListPosition } from '../../store/index.ts';
import { describeValue } from '../error-replies.ts';

/** A time (24 characters), an id (at most 64) and the order, in base64url JSON, stay well under this. */
const MAX_CURSOR_LENGTH = 200;
const ENTRY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface Cursor {
  position: ListPosition;
  newestFirst: boolean;
}

export function encodeCursor(cursor: Cursor): string {
  const { time, id } = cursor.position;
  return Buffer.from(JSON.stringify([time, id, cursor.newestFirst ? 'newest' : 'oldest'])).toString(
    'base64url',
  );
}

function badCursor(value: string, why: string): NumbError {
  return new NumbError(
    'NUMB_BAD_REQUEST',
    `"cursor" expects the "next" value of the previous page, unchanged (leave it out for the first page), got ` +
      `${describeValue(value)}, which ${why}`,
    ['cursor'],
  );
}

function decoded(value: string): unknown {
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The cursor a client sent back, checked; a 400 naming `cursor` when it is not one numbcheck made. */
export function decodeCursor(value: string, newestFirst: boolean): Cursor {
  if (value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) {
    throw badCursor(value, 'is not a cursor numbcheck made');
  }
  const parts = decoded(value);
  if (!Array.isArray(parts) || parts.length !== 3) throw badCursor(value, 'is not a cursor numbcheck made');
  const [time, id, order] = parts;
  if (typeof time !== 'string' || typeof id !== 'string' || !ENTRY_ID.test(id)) {
    throw badCursor(value, 'is not a cursor numbcheck made');
  }
  let instant: string;
  try {
    instant = parseInstant(time, ['cursor']).instant;
  } catch {
    throw badCursor(value, 'is not a cursor numbcheck made');
  }
  if (order !== 'newest' && order !== 'oldest') throw badCursor(value, 'is not a cursor numbcheck made');
  if ((order === 'newest') !== newestFirst) {
    throw badCursor(
      value,
      `was made for ${order} first: send newestFirst=${order === 'newest'} with it, as for the previous page`,
    );
  }
  return { position: { time: instant, id }, newestFirst };
}
