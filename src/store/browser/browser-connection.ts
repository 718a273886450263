import { NumbError, words } from '../../errors.ts';
import type { SqlRow, SqlValue } from '../sql-driver.ts';
import type { WorkerFailure, WorkerReply, WorkerRequest } from './protocol.ts';

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
type Success = Extract<WorkerReply, { ok: true }>;

/** The error a failed request stands for on the page. */
function errorOf(failure: WorkerFailure): Error {
  switch (failure.kind) {
    case 'full':
      return new NumbError('NUMB_STORAGE_FULL', 'error.NUMB_STORAGE_FULL.browser');
    case 'unavailable':
      return new NumbError('NUMB_STORE_UNAVAILABLE', 'error.NUMB_STORE_UNAVAILABLE.browser', {
        reason:
          failure.reason === 'busy'
            ? words('error.NUMB_STORE_UNAVAILABLE.browserBusy')
            : failure.reason === 'no-opfs'
              ? words('error.NUMB_STORE_UNAVAILABLE.browserNoOpfs')
              : failure.message,
      });
    case 'sql':
      return new Error(failure.message);
  }
}

/**
 * The page's end of the database worker. One worker per page: the pool's files are exclusive sync access handles,
 * so a second worker of the same page could not open them.
 */
class DatabaseWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(reply: Success): void; reject(error: Error): void }>();
  private next = 1;

  constructor() {
    this.worker = new Worker(new URL('./sqlite.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (waiting === undefined) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply);
      else waiting.reject(errorOf(reply.failure));
    };
    this.worker.onerror = (event) => {
      // The worker could not load (its script or SQLite's WebAssembly refused): nothing it was asked will answer.
      event.preventDefault();
      const error = errorOf({
        kind: 'unavailable',
        reason: 'other',
        message: event.message || 'worker failed',
      });
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
  }

  request(request: Request): Promise<Success> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }
}

let shared: DatabaseWorker | undefined;

/**
 * One database file of the worker, shared by every store of the page that opens it. Statements and transactions
 * take turns in one queue, as in the node:sqlite driver: a write from elsewhere on the page can never land inside
 * another store's open transaction (and be rolled back with it).
 */
export class BrowserConnection {
  readonly file: string;
  private readonly worker: DatabaseWorker;
  private queue: Promise<unknown> = Promise.resolve();
  private users = 0;

  private constructor(file: string, worker: DatabaseWorker) {
    this.file = file;
    this.worker = worker;
  }

  private static readonly open = new Map<string, Promise<BrowserConnection>>();

  /** The connection to `file`, opened on first use. */
  static async to(file: string): Promise<BrowserConnection> {
    let connection = BrowserConnection.open.get(file);
    if (connection === undefined) {
      shared ??= new DatabaseWorker();
      const worker = shared;
      connection = worker.request({ op: 'open', file }).then(() => new BrowserConnection(file, worker));
      BrowserConnection.open.set(file, connection);
      connection.catch(() => BrowserConnection.open.delete(file));
    }
    const opened = await connection;
    opened.users++;
    return opened;
  }

  /** Runs `work` when the statements and transactions before it are done. */
  turn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async run(sql: string, params: readonly SqlValue[]): Promise<number> {
    return (await this.worker.request({ op: 'run', file: this.file, sql, params })).changes ?? 0;
  }

  async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
    return (await this.worker.request({ op: 'all', file: this.file, sql, params })).rows ?? [];
  }

  async exec(sql: string): Promise<void> {
    await this.worker.request({ op: 'exec', file: this.file, sql });
  }

  async rollback(): Promise<void> {
    await this.worker.request({ op: 'rollback', file: this.file });
  }

  /** One user fewer; the last one closes the database. */
  async release(): Promise<void> {
    this.users--;
    if (this.users > 0) return;
    BrowserConnection.open.delete(this.file);
    await this.worker.request({ op: 'close', file: this.file });
  }
}
