/**
 * Paged listings: every list route answers at most one page of entries, with the cursor of the next page (or null
 * at the end). Pages are bounded so that no single request makes the server read, hold and serialise a whole diary:
 * a client that needs everything follows `next`, or reads the export and insights routes made for that.
 */
import type { ListQuery } from '../api/index.ts';
import type { BctqRecord, Episode, Exposure, SavedAssessment } from '../diary/index.ts';
import { bad, words } from '../errors.ts';
import type { ListPosition, ListRange } from '../store/store.ts';
import { parseTimeParameter } from './input.ts';
import { decodeCursor, encodeCursor } from './list-cursor.ts';

export interface PageSize {
  /** Entries in a page when the request gives no `limit`. */
  default: number;
  /** The largest `limit` a request may ask for. */
  max: number;
}

/**
 * Page sizes per listing. An episode, exposure period or BCTQ entry is under 1 KB of JSON: 100 of them (about
 * 40 KB) fill a screen or a week-by-week list with room, and 500 (about 200 KB) serialise in a few milliseconds, so
 * that no page holds the event loop long. A saved assessment carries its whole result (about 14 KB), so its pages
 * are five times smaller for the same bytes.
 */
export const PAGE_SIZES = {
  episodes: { default: 100, max: 500 },
  exposures: { default: 100, max: 500 },
  assessments: { default: 20, max: 100 },
  bctq: { default: 100, max: 500 },
} as const satisfies Record<string, PageSize>;

/** One page of a listing and the cursor of the next, null when this page is the last. */
export interface Page<T> {
  entries: T[];
  next: string | null;
}

/** The replies of the list routes. */
export interface EpisodePage {
  episodes: Episode[];
  next: string | null;
}
export interface ExposurePage {
  exposures: Exposure[];
  next: string | null;
}
export interface AssessmentPage {
  assessments: SavedAssessment[];
  next: string | null;
}
export interface BctqPage {
  bctq: BctqRecord[];
  next: string | null;
}

/** `?from=&to=&limit=&newestFirst=&cursor=` as a store range and a page size. */
export function parseListQuery(query: ListQuery, size: PageSize): { range: ListRange; limit: number } {
  const range: ListRange = {};
  if (query.from !== undefined) range.from = parseTimeParameter(query.from, 'from');
  if (query.to !== undefined) range.to = parseTimeParameter(query.to, 'to');
  let limit: number = size.default;
  if (query.limit !== undefined) {
    limit = /^\d{1,7}$/.test(query.limit) ? Number(query.limit) : Number.NaN;
    if (!(limit >= 1 && limit <= size.max)) {
      throw bad(
        'NUMB_BAD_REQUEST',
        ['limit'],
        words('error.expected.pageLimit', { max: size.max }),
        query.limit,
      );
    }
  }
  if (query.newestFirst === 'true') range.newestFirst = true;
  if (query.cursor !== undefined)
    range.after = decodeCursor(query.cursor, range.newestFirst === true).position;
  return { range, limit };
}

/** Reads one page: one entry more than asked for tells whether another page follows. */
export async function listPage<T>(
  list: (range: ListRange) => Promise<T[]>,
  query: ListQuery,
  size: PageSize,
  positionOf: (entry: T) => ListPosition,
): Promise<Page<T>> {
  const { range, limit } = parseListQuery(query, size);
  const found = await list({ ...range, limit: limit + 1 });
  const entries = found.slice(0, limit);
  const last = entries.at(-1);
  const next =
    found.length > limit && last !== undefined
      ? encodeCursor({ position: positionOf(last), newestFirst: range.newestFirst === true })
      : null;
  return { entries, next };
}

export const startedAtPosition = (entry: { startedAt: string; id: string }): ListPosition => ({
  time: entry.startedAt,
  id: entry.id,
});
export const takenAtPosition = (entry: { takenAt: string; id: string }): ListPosition => ({
  time: entry.takenAt,
  id: entry.id,
});
