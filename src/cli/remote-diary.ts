/**
 * The diary on a numbcheck server with accounts, for `numbcheck diary --server URL`: the same operations as the local
 * store, over the HTTP API, signed in with a personal access token (`NUMBCHECK_TOKEN`). New entries are sent as a
 * one-entry import, so the server keeps exactly the entry the command line made (its id, time and offset).
 */
import {
  type BctqRecord,
  type Diary,
  type DiaryDocument,
  diaryCounts,
  type Episode,
  type Exposure,
  parseDiaryDocument,
  type SavedAssessment,
  toDocument,
} from '../diary/index.ts';
import { type ErrorKey, isErrorCode, NumbError, words } from '../errors.ts';
import type { EntryCounts, ImportResult, ListRange, OwnerDiary } from '../store/index.ts';

/** The diary as the command line uses it: the store's, or a server's. */
export type CliDiary = Pick<
  OwnerDiary,
  | 'location'
  | 'addEpisode'
  | 'addExposure'
  | 'saveAssessment'
  | 'saveBctq'
  | 'listEpisodes'
  | 'readDiary'
  | 'counts'
  | 'export'
  | 'import'
  | 'deleteAll'
> & { close(): Promise<void> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EMPTY: Diary = { episodes: [], exposures: [], assessments: [], bctq: [] };

function countsOf(value: unknown): EntryCounts {
  const read = (key: string) => (isRecord(value) && typeof value[key] === 'number' ? value[key] : 0);
  return {
    episodes: read('episodes'),
    exposures: read('exposures'),
    assessments: read('assessments'),
    bctq: read('bctq'),
  };
}

/** The entries of a diary within a range: `from` included, `to` not, as the store reads it. */
function inRange(diary: Diary, range: ListRange = {}): Diary {
  const within = (time: string) =>
    (range.from === undefined || Date.parse(time) >= Date.parse(range.from)) &&
    (range.to === undefined || Date.parse(time) < Date.parse(range.to));
  return {
    episodes: diary.episodes.filter((e) => within(e.startedAt)),
    exposures: diary.exposures.filter((e) => within(e.startedAt)),
    assessments: diary.assessments.filter((a) => within(a.takenAt)),
    bctq: diary.bctq.filter((b) => within(b.takenAt)),
  };
}

/**
 * The diary of the account a token belongs to, on the server at `server` (its address, such as
 * https://numbcheck.example.org/). `send` is the HTTP client; the system's `fetch` by default.
 */
export function remoteDiary(server: string, token: string, send: typeof fetch = fetch): CliDiary {
  const api = new URL('api/v1/', server.endsWith('/') ? server : `${server}/`);

  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await send(new URL(path, api), {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? { 'x-numbcheck-client': 'cli' } : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch (error) {
      const reason =
        error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new NumbError('NUMB_STORE_UNAVAILABLE', 'error.NUMB_STORE_UNAVAILABLE.unreachable', {
        server,
        reason,
      });
    }
    const text = await response.text();
    const data: unknown = text === '' ? null : JSON.parse(text);
    if (response.ok) return data;
    const error = isRecord(data) && isRecord(data.error) ? data.error : {};
    const code = isErrorCode(error.code) ? error.code : 'NUMB_STORE_UNAVAILABLE';
    // The server's message is its own, already in the language the request asked for.
    const problem =
      typeof error.message === 'string'
        ? error.message
        : words('error.NUMB_STORE_UNAVAILABLE.answered', { status: String(response.status) });
    throw new NumbError(code, 'error.remote', { server, problem });
  }

  async function whole(): Promise<DiaryDocument> {
    return parseDiaryDocument(await call('GET', 'export?format=json'));
  }

  async function importResult(document: unknown): Promise<ImportResult> {
    const result = await call('POST', 'import', document);
    return {
      added: countsOf(isRecord(result) ? result.added : {}),
      skipped: countsOf(isRecord(result) ? result.skipped : {}),
    };
  }

  /** Adds one entry; an id the diary has already is refused, as the store refuses it. */
  async function addOne(diary: Diary, what: ErrorKey, id: string): Promise<void> {
    const { added } = await importResult(toDocument(diary));
    if (Object.values(added).every((n) => n === 0)) {
      const values = { kind: words(what), id: JSON.stringify(id) };
      throw new NumbError('NUMB_ENTRY_EXISTS', 'error.NUMB_ENTRY_EXISTS.id', values, ['id']);
    }
  }

  return {
    location: `${server} (a numbcheck server, with your access token)`,
    addEpisode: (episode: Episode) =>
      addOne({ ...EMPTY, episodes: [episode] }, 'error.entry.episode', episode.id),
    addExposure: (exposure: Exposure) =>
      addOne({ ...EMPTY, exposures: [exposure] }, 'error.entry.exposure', exposure.id),
    saveAssessment: (record: SavedAssessment) =>
      addOne({ ...EMPTY, assessments: [record] }, 'error.entry.assessment', record.id),
    saveBctq: (record: BctqRecord) => addOne({ ...EMPTY, bctq: [record] }, 'error.entry.bctq', record.id),
    async listEpisodes(range?: ListRange) {
      const episodes = inRange(await whole(), range).episodes;
      const ordered = range?.newestFirst ? [...episodes].reverse() : episodes;
      return range?.limit === undefined ? ordered : ordered.slice(0, range.limit);
    },
    readDiary: async (range?: ListRange) => inRange(await whole(), range),
    counts: async () => diaryCounts(await whole()),
    export: whole,
    import: importResult,
    async deleteAll() {
      const result = await call('DELETE', 'diary', { confirm: 'delete everything' });
      return countsOf(isRecord(result) ? result.deleted : {});
    },
    close: async () => undefined,
  };
}
