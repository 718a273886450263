import {
  type BctqRecord,
  type Diary,
  type DiaryDocument,
  type Episode,
  type Exposure,
  isEntryId,
  parseDiaryDocument,
  parseInstant,
  type SavedAssessment,
  sortDiary,
  toDocument,
} from '../diary/index.ts';
import { bad, fieldOf, NumbError, words } from '../errors.ts';
import type { AccountStore } from './account-store.ts';
import { migrate } from './migrations.ts';
import {
  ASSESSMENT_COLUMNS,
  assessmentFromRow,
  assessmentParams,
  BCTQ_COLUMNS,
  bctqFromRow,
  bctqParams,
  EPISODE_COLUMNS,
  EXPOSURE_COLUMNS,
  episodeFromRow,
  episodeParams,
  exposureFromRow,
  exposureParams,
  placeholders,
} from './rows.ts';
import { SqlAccountStore } from './sql-account-store.ts';
import type { SqlDriver, SqlExecutor, SqlRow, SqlValue } from './sql-driver.ts';
import type { DiaryStore, EntryCounts, ImportResult, ListRange } from './store.ts';

/** The four tables, with their time column and the columns a listing selects. */
const TABLES = {
  episodes: {
    time: 'started_at',
    columns: EPISODE_COLUMNS,
    what: 'error.entry.episode',
    kind: 'error.kind.episode',
  },
  exposures: {
    time: 'started_at',
    columns: EXPOSURE_COLUMNS,
    what: 'error.entry.exposure',
    kind: 'error.kind.exposure',
  },
  assessments: {
    time: 'taken_at',
    columns: ASSESSMENT_COLUMNS,
    what: 'error.entry.assessment',
    kind: 'error.kind.assessment',
  },
  bctq_scores: { time: 'taken_at', columns: BCTQ_COLUMNS, what: 'error.entry.bctq', kind: 'error.kind.bctq' },
} as const;
type Table = keyof typeof TABLES;

const EPISODE_INSERT = `INSERT INTO episodes (owner_id, ${EPISODE_COLUMNS}) VALUES (${placeholders(12)}) ON CONFLICT DO NOTHING`;
const EXPOSURE_INSERT = `INSERT INTO exposures (owner_id, ${EXPOSURE_COLUMNS}) VALUES (${placeholders(9)}) ON CONFLICT DO NOTHING`;
const ASSESSMENT_INSERT = `INSERT INTO assessments (owner_id, ${ASSESSMENT_COLUMNS}) VALUES (${placeholders(8)}) ON CONFLICT DO NOTHING`;
const BCTQ_INSERT = `INSERT INTO bctq_scores (owner_id, ${BCTQ_COLUMNS}) VALUES (${placeholders(7)}) ON CONFLICT DO NOTHING`;

const MAX_OWNER_LENGTH = 200;

function checkOwner(owner: string): void {
  // An owner reaches SQL as text: NUL and lone surrogates are refused for the reason entry ids are (isEntryId).
  if (
    typeof owner !== 'string' ||
    owner.length === 0 ||
    owner.length > MAX_OWNER_LENGTH ||
    owner.includes('\u0000') ||
    !owner.isWellFormed()
  ) {
    throw bad(
      'NUMB_BAD_REQUEST',
      ['owner'],
      words('error.expected.ownerId', { max: MAX_OWNER_LENGTH }),
      owner,
    );
  }
}

/** Deletes every diary entry of one owner, inside the caller's transaction. */
async function deleteOwnerRows(tx: SqlExecutor, owner: string): Promise<EntryCounts> {
  return {
    // Episodes first: they point at exposures.
    episodes: await tx.run('DELETE FROM episodes WHERE owner_id = ?', [owner]),
    exposures: await tx.run('DELETE FROM exposures WHERE owner_id = ?', [owner]),
    assessments: await tx.run('DELETE FROM assessments WHERE owner_id = ?', [owner]),
    bctq: await tx.run('DELETE FROM bctq_scores WHERE owner_id = ?', [owner]),
  };
}

function zero(): EntryCounts {
  return { episodes: 0, exposures: 0, assessments: 0, bctq: 0 };
}

/**
 * The diary store over any SQL database the drivers speak: the same statements, the same transactions, so that the
 * SQLite file and PostgreSQL behave alike and pass one test suite. Dialect differences stay in the drivers and in the
 * migrations' type placeholders.
 */
export class SqlDiaryStore implements DiaryStore {
  readonly kind: DiaryStore['kind'];
  readonly location: string;
  readonly accounts: AccountStore;
  private readonly db: SqlDriver;
  /** PostgreSQL sorts text by the database's collation; ids are compared byte by byte, as SQLite and JavaScript do. */
  private readonly idOrder: string;

  private constructor(db: SqlDriver, location: string, kind: DiaryStore['kind']) {
    this.db = db;
    this.kind = kind;
    this.location = location;
    this.accounts = new SqlAccountStore(db, deleteOwnerRows);
    this.idOrder = db.dialect === 'postgres' ? 'id COLLATE "C"' : 'id';
  }

  /**
   * Opens a store on a driver: runs the migrations first, and closes the driver if they fail. `kind` is the driver's
   * dialect unless said otherwise (the browser's SQLite speaks the SQLite dialect).
   */
  static async open(
    db: SqlDriver,
    location: string,
    kind: DiaryStore['kind'] = db.dialect,
  ): Promise<SqlDiaryStore> {
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return new SqlDiaryStore(db, location, kind);
  }

  private async list(
    exec: SqlExecutor,
    table: Table,
    owner: string,
    range: ListRange = {},
  ): Promise<SqlRow[]> {
    checkOwner(owner);
    const { time, columns } = TABLES[table];
    const params: SqlValue[] = [owner];
    let sql = `SELECT ${columns} FROM ${table} WHERE owner_id = ?`;
    if (range.from !== undefined) {
      sql += ` AND ${time} >= ?`;
      params.push(parseInstant(range.from, ['from']).instant);
    }
    if (range.to !== undefined) {
      sql += ` AND ${time} < ?`;
      params.push(parseInstant(range.to, ['to']).instant);
    }
    if (range.after !== undefined) {
      // Keyset paging on (time, id), the listing's order: the index on (owner, time) finds the place directly.
      const beyond = range.newestFirst ? '<' : '>';
      const position = parseInstant(range.after.time, ['after', 'time']).instant;
      sql += ` AND (${time} ${beyond} ? OR (${time} = ? AND ${this.idOrder} ${beyond} ?))`;
      params.push(position, position, range.after.id);
    }
    const way = range.newestFirst ? 'DESC' : 'ASC';
    sql += ` ORDER BY ${time} ${way}, ${this.idOrder} ${way}`;
    if (range.limit !== undefined) {
      if (!Number.isInteger(range.limit) || range.limit < 0) {
        throw bad('NUMB_BAD_REQUEST', ['limit'], words('error.expected.listingLimit'), range.limit);
      }
      sql += ' LIMIT ?';
      params.push(range.limit);
    }
    return exec.all(sql, params);
  }

  private async getRow(table: Table, owner: string, id: string): Promise<SqlRow | undefined> {
    checkOwner(owner);
    // No entry can have such an id (the parsers refuse it), and PostgreSQL would fail on a NUL or a lone surrogate
    // where SQLite finds nothing: both stores answer "not found" without asking the database.
    if (!isEntryId(id)) return undefined;
    const rows = await this.db.all(
      `SELECT ${TABLES[table].columns} FROM ${table} WHERE owner_id = ? AND id = ?`,
      [owner, id],
    );
    return rows[0];
  }

  private async deleteRow(table: Table, owner: string, id: string): Promise<boolean> {
    checkOwner(owner);
    if (!isEntryId(id)) return false;
    return (await this.db.run(`DELETE FROM ${table} WHERE owner_id = ? AND id = ?`, [owner, id])) > 0;
  }

  private async insert(
    exec: SqlExecutor,
    table: Table,
    sql: string,
    params: SqlValue[],
    id: string,
  ): Promise<void> {
    if ((await exec.run(sql, params)) === 0) {
      const values = { kind: words(TABLES[table].what), id: JSON.stringify(id) };
      throw new NumbError('NUMB_ENTRY_EXISTS', 'error.NUMB_ENTRY_EXISTS.id', values, ['id']);
    }
  }

  private async checkExposure(exec: SqlExecutor, owner: string, exposureId: string | null): Promise<void> {
    if (exposureId === null) return;
    const rows = await exec.all('SELECT id FROM exposures WHERE owner_id = ? AND id = ?', [
      owner,
      exposureId,
    ]);
    if (rows.length === 0) {
      const values = {
        field: fieldOf(['exposureId']),
        expected: words('error.expected.exposureId'),
        got: words('error.got.missingExposure', { id: JSON.stringify(exposureId) }),
      };
      throw new NumbError('NUMB_BAD_ENTRY', 'error.expects', values, ['exposureId']);
    }
  }

  async addEpisode(owner: string, episode: Episode): Promise<void> {
    checkOwner(owner);
    await this.db.transaction(async (tx) => {
      await this.checkExposure(tx, owner, episode.exposureId);
      await this.insert(tx, 'episodes', EPISODE_INSERT, episodeParams(owner, episode), episode.id);
    });
  }

  async getEpisode(owner: string, id: string): Promise<Episode | null> {
    const row = await this.getRow('episodes', owner, id);
    return row ? episodeFromRow(row) : null;
  }

  async updateEpisode(owner: string, episode: Episode): Promise<void> {
    checkOwner(owner);
    await this.db.transaction(async (tx) => {
      await this.checkExposure(tx, owner, episode.exposureId);
      const [, id, ...rest] = episodeParams(owner, episode);
      const changed = await tx.run(
        `UPDATE episodes SET started_at = ?, utc_offset_minutes = ?, duration_minutes = ?, hand_map = ?,
          activities = ?, severity = ?, symptoms = ?, interventions = ?, exposure_id = ?, note = ?
          WHERE owner_id = ? AND id = ?`,
        [...rest, owner, id ?? null],
      );
      if (changed === 0) this.notFound('episodes', episode.id);
    });
  }

  private notFound(table: Table, id: string): never {
    const values = { kind: words(TABLES[table].kind), id: JSON.stringify(id) };
    throw new NumbError('NUMB_ENTRY_NOT_FOUND', 'error.NUMB_ENTRY_NOT_FOUND.id', values, ['id']);
  }

  deleteEpisode(owner: string, id: string): Promise<boolean> {
    return this.deleteRow('episodes', owner, id);
  }

  async listEpisodes(owner: string, range?: ListRange): Promise<Episode[]> {
    return (await this.list(this.db, 'episodes', owner, range)).map(episodeFromRow);
  }

  async addExposure(owner: string, exposure: Exposure): Promise<void> {
    checkOwner(owner);
    await this.insert(this.db, 'exposures', EXPOSURE_INSERT, exposureParams(owner, exposure), exposure.id);
  }

  async getExposure(owner: string, id: string): Promise<Exposure | null> {
    const row = await this.getRow('exposures', owner, id);
    return row ? exposureFromRow(row) : null;
  }

  async updateExposure(owner: string, exposure: Exposure): Promise<void> {
    checkOwner(owner);
    const [, id, ...rest] = exposureParams(owner, exposure);
    const changed = await this.db.run(
      `UPDATE exposures SET kind = ?, started_at = ?, utc_offset_minutes = ?, duration_minutes = ?, interventions = ?,
        episode_count = ?, note = ? WHERE owner_id = ? AND id = ?`,
      [...rest, owner, id ?? null],
    );
    if (changed === 0) this.notFound('exposures', exposure.id);
  }

  async deleteExposure(owner: string, id: string): Promise<boolean> {
    checkOwner(owner);
    if (!isEntryId(id)) return false;
    return this.db.transaction(async (tx) => {
      await tx.run('UPDATE episodes SET exposure_id = NULL WHERE owner_id = ? AND exposure_id = ?', [
        owner,
        id,
      ]);
      return (await tx.run('DELETE FROM exposures WHERE owner_id = ? AND id = ?', [owner, id])) > 0;
    });
  }

  async listExposures(owner: string, range?: ListRange): Promise<Exposure[]> {
    return (await this.list(this.db, 'exposures', owner, range)).map(exposureFromRow);
  }

  async saveAssessment(owner: string, record: SavedAssessment): Promise<void> {
    checkOwner(owner);
    await this.insert(this.db, 'assessments', ASSESSMENT_INSERT, assessmentParams(owner, record), record.id);
  }

  async listAssessments(owner: string, range?: ListRange): Promise<SavedAssessment[]> {
    return (await this.list(this.db, 'assessments', owner, range)).map(assessmentFromRow);
  }

  deleteAssessment(owner: string, id: string): Promise<boolean> {
    return this.deleteRow('assessments', owner, id);
  }

  async saveBctq(owner: string, record: BctqRecord): Promise<void> {
    checkOwner(owner);
    await this.insert(this.db, 'bctq_scores', BCTQ_INSERT, bctqParams(owner, record), record.id);
  }

  async listBctq(owner: string, range?: ListRange): Promise<BctqRecord[]> {
    return (await this.list(this.db, 'bctq_scores', owner, range)).map(bctqFromRow);
  }

  deleteBctq(owner: string, id: string): Promise<boolean> {
    return this.deleteRow('bctq_scores', owner, id);
  }

  async readDiary(owner: string, range: ListRange = {}): Promise<Diary> {
    checkOwner(owner);
    const { from, to } = range;
    const span: ListRange = {};
    if (from !== undefined) span.from = from;
    if (to !== undefined) span.to = to;
    return this.db.transaction(async (tx) =>
      sortDiary({
        episodes: (await this.list(tx, 'episodes', owner, span)).map(episodeFromRow),
        exposures: (await this.list(tx, 'exposures', owner, span)).map(exposureFromRow),
        assessments: (await this.list(tx, 'assessments', owner, span)).map(assessmentFromRow),
        bctq: (await this.list(tx, 'bctq_scores', owner, span)).map(bctqFromRow),
      }),
    );
  }

  async counts(owner: string): Promise<EntryCounts> {
    checkOwner(owner);
    const rows = await this.db.all(
      `SELECT
        (SELECT COUNT(*) FROM episodes WHERE owner_id = ?) AS episodes,
        (SELECT COUNT(*) FROM exposures WHERE owner_id = ?) AS exposures,
        (SELECT COUNT(*) FROM assessments WHERE owner_id = ?) AS assessments,
        (SELECT COUNT(*) FROM bctq_scores WHERE owner_id = ?) AS bctq`,
      [owner, owner, owner, owner],
    );
    const row = rows[0] ?? {};
    return {
      episodes: Number(row.episodes ?? 0),
      exposures: Number(row.exposures ?? 0),
      assessments: Number(row.assessments ?? 0),
      bctq: Number(row.bctq ?? 0),
    };
  }

  async export(owner: string): Promise<DiaryDocument> {
    return toDocument(await this.readDiary(owner));
  }

  async import(owner: string, document: unknown): Promise<ImportResult> {
    checkOwner(owner);
    const doc = parseDiaryDocument(document);
    const inDocument = new Set(doc.exposures.map((x) => x.id));
    return this.db.transaction(async (tx) => {
      // Links to exposures outside the document must point at ones the diary has: checked before any write.
      const checked = new Set<string>();
      for (const [i, episode] of doc.episodes.entries()) {
        const id = episode.exposureId;
        if (id === null || inDocument.has(id) || checked.has(id)) continue;
        const rows = await tx.all('SELECT id FROM exposures WHERE owner_id = ? AND id = ?', [owner, id]);
        if (rows.length === 0) {
          const path = ['episodes', i, 'exposureId'];
          const values = { field: fieldOf(path), id: JSON.stringify(id) };
          throw new NumbError('NUMB_BAD_IMPORT', 'error.NUMB_BAD_IMPORT.missingExposure', values, path);
        }
        checked.add(id);
      }
      const added = zero();
      const skipped = zero();
      const write = async (sql: string, params: SqlValue[], kind: keyof EntryCounts) => {
        if ((await tx.run(sql, params)) > 0) added[kind]++;
        else skipped[kind]++;
      };
      for (const x of doc.exposures) await write(EXPOSURE_INSERT, exposureParams(owner, x), 'exposures');
      for (const e of doc.episodes) await write(EPISODE_INSERT, episodeParams(owner, e), 'episodes');
      for (const a of doc.assessments)
        await write(ASSESSMENT_INSERT, assessmentParams(owner, a), 'assessments');
      for (const b of doc.bctq) await write(BCTQ_INSERT, bctqParams(owner, b), 'bctq');
      return { added, skipped };
    });
  }

  deleteAll(owner: string): Promise<EntryCounts> {
    checkOwner(owner);
    return this.db.transaction((tx) => deleteOwnerRows(tx, owner));
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
