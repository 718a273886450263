/**
 * The cursor of a paged listing: where the next page starts, as an opaque string. It holds the last entry's time and
 * id (the listing's keyset) and the order it was made for; clients only hand it back, never build it.
 */
import { parseInstant } from '../diary/index.ts';
import { describeValue, type ErrorValue, NumbError, words } from '../errors.ts';
import type { ListPosition } from '../store/store.ts';

/** A time (24 characters), an id (at most 64) and the order, in base64url JSON, stay well under this. */
const MAX_CURSOR_LENGTH = 200;
const ENTRY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface Cursor {
  position: ListPosition;
  newestFirst: boolean;
}

/** UTF-8 text as base64url without padding, written with what both Node and browsers have (no Buffer). */
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The text of a base64url string, or undefined when it is not one. */
function fromBase64Url(value: string): string | undefined {
  const base64 = value.replaceAll('-', '+').replaceAll('_', '/');
  try {
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function encodeCursor(cursor: Cursor): string {
  const { time, id } = cursor.position;
  return toBase64Url(JSON.stringify([time, id, cursor.newestFirst ? 'newest' : 'oldest']));
}

function badCursor(
  value: string,
  why: ErrorValue = words('error.NUMB_BAD_REQUEST.cursorForeign'),
): NumbError {
  return new NumbError(
    'NUMB_BAD_REQUEST',
    'error.NUMB_BAD_REQUEST.cursor',
    { got: describeValue(value), why },
    ['cursor'],
  );
}

function decoded(value: string): unknown {
  const text = fromBase64Url(value);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The cursor a client sent back, checked; a 400 naming `cursor` when it is not one numbcheck made. */
export function decodeCursor(value: string, newestFirst: boolean): Cursor {
  if (value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) {
    throw badCursor(value);
  }
  const parts = decoded(value);
  if (!Array.isArray(parts) || parts.length !== 3) throw badCursor(value);
  const [time, id, order] = parts;
  if (typeof time !== 'string' || typeof id !== 'string' || !ENTRY_ID.test(id)) {
    throw badCursor(value);
  }
  let instant: string;
  try {
    instant = parseInstant(time, ['cursor']).instant;
  } catch {
    throw badCursor(value);
  }
  if (order !== 'newest' && order !== 'oldest') throw badCursor(value);
  if ((order === 'newest') !== newestFirst) {
    const why = words('error.NUMB_BAD_REQUEST.cursorOrder', {
      order,
      newestFirst: String(order === 'newest'),
    });
    throw badCursor(value, why);
  }
  return { position: { time: instant, id }, newestFirst };
}
