import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/ports.js';

/**
 * When what the server shows last changed, for Last-Modified and If-Modified-Since.
 *
 * Every public answer is a function of the data and of the day (what is public depends on it).
 * The data's stamp (`SearchRepository.stamp()`) moves with every change to a record, a link, a
 * file or a page of text; this clock notes when it first saw each stamp, so "modified" is the
 * later of that moment and the start of the day (UTC). That is never earlier than the real
 * change: an answer is sometimes revalidated in full when nothing it shows changed, never kept
 * when something did. Each new stamp is at least a second after the last (HTTP dates count
 * seconds), so a change within the same second still moves the date.
 */
export class DataClock {
  private stamp: string | null = null;
  private since = 0;
  /** The stamp query in flight, where the store answers later: requests arriving meanwhile share it. */
  private checking: Promise<string> | null = null;
  /** The last answer of `lastModified`, kept while neither the stamp nor the day moves (its header text too). */
  private dated: { readonly since: number; readonly day: number; readonly at: Date; readonly header: string } | null = null;

  constructor(private readonly store: Store, private readonly now: () => Date) {}

  /**
   * The data's stamp now (pages are cached per stamp): at once where the store reads it so
   * (SQLite, a few microseconds), else a promise. Every page request asks, so no promise is
   * made when none is needed.
   */
  current(): string | Promise<string> {
    if (this.checking !== null) return this.checking;
    const reading = this.store.search.stamp();
    if (typeof reading === 'string') return this.note(reading);
    const checking = reading.then((stamp) => this.note(stamp)).finally(() => { this.checking = null; });
    this.checking = checking;
    return checking;
  }

  private note(stamp: string): string {
    if (stamp !== this.stamp) {
      const second = Math.floor(this.now().getTime() / 1000) * 1000;
      this.since = this.stamp === null ? second : Math.max(second, this.since + 1000);
      this.stamp = stamp;
    }
    return stamp;
  }

  /** The moment everything answered now was last modified, to the second, with its HTTP date text. */
  async lastModified(): Promise<{ readonly at: Date; readonly header: string }> {
    const reading = this.current();
    if (typeof reading !== 'string') await reading;
    const now = this.now().getTime();
    const day = now - (now % 86_400_000);
    if (this.dated === null || this.dated.since !== this.since || this.dated.day !== day) {
      const at = new Date(Math.max(this.since, day));
      this.dated = { since: this.since, day, at, header: at.toUTCString() };
    }
    return this.dated;
  }
}

/** Whether a conditional GET's If-Modified-Since covers `modified` (If-None-Match, when sent, decides instead). */
function unchangedSince(request: FastifyRequest, modified: Date): boolean {
  const since = request.headers['if-modified-since'];
  if (request.headers['if-none-match'] !== undefined || since === undefined) return false;
  const at = Date.parse(since);
  return Number.isFinite(at) && at >= modified.getTime();
}

/**
 * Last-Modified on every successful GET of the routes registered in `app` (pages, API, exports,
 * feeds, files), and a 304 before any work when the client's copy is as new. ETags (the etag
 * plugin) stay the stronger validator; streamed exports, which have none, rely on this. Written
 * as callback hooks: a request without If-Modified-Since costs no promise before its handler.
 */
export function addLastModified(app: FastifyInstance, clock: DataClock, skip: (url: string) => boolean): void {
  const dated = (request: FastifyRequest) => (request.method === 'GET' || request.method === 'HEAD') && !skip(request.url);
  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (request.headers['if-modified-since'] === undefined || request.headers['if-none-match'] !== undefined || !dated(request)) return done();
    clock.lastModified().then((modified) => {
      if (unchangedSince(request, modified.at)) void reply.code(304).header('last-modified', modified.header).send();
      else done();
    }, done);
  });
  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: Error | null, payload?: unknown) => void) => {
    // Only a success (or a 304) says when its content changed.
    if ((reply.statusCode !== 200 && reply.statusCode !== 304) || !dated(request)) {
      reply.removeHeader('last-modified');
      return done(null, payload);
    }
    if (reply.hasHeader('last-modified')) return done(null, payload);
    clock.lastModified().then((modified) => {
      reply.header('last-modified', modified.header);
      done(null, payload);
    }, (error: Error) => done(error));
  });
}
