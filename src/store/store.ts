import type { BctqRecord, Diary, DiaryDocument, Episode, Exposure, SavedAssessment } from '../diary/index.ts';
import type { AccountStore } from './account-store.ts';

/** The owner of the rows of a single-user install. Every row has an owner, so many people can share a store later. */
export const DEFAULT_OWNER = 'local';

/** Where an entry sits in a listing's order: its time (`startedAt` or `takenAt`), then its id. */
export interface ListPosition {
  time: string;
  id: string;
}

/** A time range of a listing: from (included) and to (not included), ISO 8601 instants. */
export interface ListRange {
  from?: string;
  to?: string;
  /** At most this many entries. */
  limit?: number;
  /** Newest first (the default is oldest first). */
  newestFirst?: boolean;
  /**
   * Only the entries after this position in the listing's order (before it when newest first): the next page. A
   * position, not a count to skip, so that entries added or deleted meanwhile neither repeat nor go missing.
   */
  after?: ListPosition;
}

/** How many entries of each kind. */
export interface EntryCounts {
  episodes: number;
  exposures: number;
  assessments: number;
  bctq: number;
}

export interface ImportResult {
  /** Entries written. */
  added: EntryCounts;
  /** Entries left alone because the diary already had an entry with the same id: import never overwrites. */
  skipped: EntryCounts;
}

/**
 * Where the diary lives. One interface, three drivers of one SQL store: a `node:sqlite` file (`sqlite/sqlite-store.ts`,
 * the default), PostgreSQL (`postgres/postgres-store.ts`) and SQLite in the browser (`browser/browser-store.ts`), which
 * pass the same test suite (`store-contract.ts`).
 *
 * Every method takes the owner whose rows it reads or writes. Entries are validated before they reach the store
 * (`parseEpisode` and friends); the store keeps them exactly, and a method that resolves has made its write durable.
 * A failed write changes nothing.
 */
export interface DiaryStore {
  readonly kind: 'sqlite' | 'postgres' | 'browser';
  /**
   * Where the data lives, for messages: the database file, the PostgreSQL URL without its password, or the browser's
   * private file system.
   */
  readonly location: string;
  /** The accounts of a hosted server, in the same database (`numbcheck serve --accounts`). */
  readonly accounts: AccountStore;

  /** Adds an episode. `NUMB_ENTRY_EXISTS` if its id is taken; `NUMB_BAD_ENTRY` if it links to a missing exposure. */
  addEpisode(owner: string, episode: Episode): Promise<void>;
  getEpisode(owner: string, id: string): Promise<Episode | null>;
  /** Replaces an episode. `NUMB_ENTRY_NOT_FOUND` if there is none with its id. */
  updateEpisode(owner: string, episode: Episode): Promise<void>;
  /** Deletes an episode; false if there was none. */
  deleteEpisode(owner: string, id: string): Promise<boolean>;
  listEpisodes(owner: string, range?: ListRange): Promise<Episode[]>;

  addExposure(owner: string, exposure: Exposure): Promise<void>;
  getExposure(owner: string, id: string): Promise<Exposure | null>;
  updateExposure(owner: string, exposure: Exposure): Promise<void>;
  /** Deletes an exposure period; the episodes linked to it are kept and unlinked, in the same transaction. */
  deleteExposure(owner: string, id: string): Promise<boolean>;
  listExposures(owner: string, range?: ListRange): Promise<Exposure[]>;

  /** Saves an assessment with its answers and time. `NUMB_ENTRY_EXISTS` if its id is taken. */
  saveAssessment(owner: string, record: SavedAssessment): Promise<void>;
  listAssessments(owner: string, range?: ListRange): Promise<SavedAssessment[]>;
  deleteAssessment(owner: string, id: string): Promise<boolean>;

  /** Saves Boston Carpal Tunnel Questionnaire answers and scores. `NUMB_ENTRY_EXISTS` if its id is taken. */
  saveBctq(owner: string, record: BctqRecord): Promise<void>;
  listBctq(owner: string, range?: ListRange): Promise<BctqRecord[]>;
  deleteBctq(owner: string, id: string): Promise<boolean>;

  /** Everything of one owner in a range (all of it by default), oldest first: the input of the insights. */
  readDiary(owner: string, range?: ListRange): Promise<Diary>;
  counts(owner: string): Promise<EntryCounts>;
  /** Everything of one owner as one JSON document with a format version, in a canonical order. */
  export(owner: string): Promise<DiaryDocument>;
  /**
   * Imports a document written by `export`. It is checked whole first (`parseDiaryDocument`), then written in one
   * transaction: all or nothing, and a bad document changes nothing. Ids already in the diary are skipped.
   */
  import(owner: string, document: unknown): Promise<ImportResult>;
  /** Deletes every entry of one owner, in one transaction; returns how many there were. */
  deleteAll(owner: string): Promise<EntryCounts>;
  close(): Promise<void>;
}
