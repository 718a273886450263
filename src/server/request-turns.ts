/**
 * Requests take turns on the event loop, one per turn, so that a quick one (the health check) never waits behind
 * thousands of slow ones. The SQLite driver is synchronous and a page of a large diary takes a millisecond or two to
 * read and serialise; without turns, every request whose bytes arrived in one poll of the sockets runs to its end
 * before the next poll, so 2,000 busy connections put seconds between a health check's arrival and its answer.
 *
 * Each request waits in a first-in, first-out queue at `onRequest`; one waiting request starts per event-loop turn
 * (a `setImmediate`), runs to its first real wait (all of it, over SQLite), and the loop polls the sockets again
 * before the next starts. Routes listed in `PRIORITY_PATHS` skip the queue. Work that truly waits (PostgreSQL, a file)
 * overlaps as before: the queue orders starts, it does not limit how many requests are in flight.
 */
import type { FastifyInstance } from 'fastify';

/** Answered at once, ahead of the queue: a load balancer's health check must not wait behind the work. */
export const PRIORITY_PATHS = new Set(['/healthz']);

interface Waiting {
  start(started: boolean): void;
  gone(): boolean;
}

export class RequestTurns {
  readonly #waiting: Waiting[] = [];
  #scheduled = false;

  /**
   * Resolves with true when it is this request's turn, or with false once its client is gone (`gone()` is asked when
   * the turn comes): a closed connection's request is dropped without taking a turn, so a client that gives up
   * leaves no work behind it.
   */
  take(gone: () => boolean): Promise<boolean> {
    return new Promise((start) => {
      this.#waiting.push({ start, gone });
      this.#schedule();
    });
  }

  /** Requests waiting for their turn now. */
  get waiting(): number {
    return this.#waiting.length;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#next());
  }

  #next(): void {
    this.#scheduled = false;
    // One start per turn: its synchronous work (and the microtasks it queues) ends before setImmediate's next turn,
    // and the sockets are polled in between.
    for (let next = this.#waiting.shift(); next !== undefined; next = this.#waiting.shift()) {
      if (!next.gone()) {
        next.start(true);
        break;
      }
      next.start(false);
    }
    if (this.#waiting.length > 0) this.#schedule();
  }
}

/** Puts every request but the priority ones in the queue. */
export function takeTurns(app: FastifyInstance, turns: RequestTurns = new RequestTurns()): void {
  app.addHook('onRequest', async (request, reply) => {
    if (PRIORITY_PATHS.has(request.url)) return;
    const started = await turns.take(() => request.raw.destroyed || request.socket.destroyed);
    // The client has gone: there is no one to answer, so nothing more is done for it.
    if (!started) reply.hijack();
  });
}
