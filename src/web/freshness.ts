import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayUtc } from '../domain/index.js';
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
  /** The stamp query in flight: requests arriving meanwhile share it. */
  private checking: Promise<string> | null = null;
  /** The stamp each request in progress read first: one query per request, however many ask. */
  private readonly perRequest = new WeakMap<object, Promise<string>>();

  constructor(private readonly store: Store, private readonly now: () => Date) {}

  /** The data's stamp now (pages are cached per stamp); read once per `request` when one is given. */
  async current(request?: object): Promise<string> {
    if (request !== undefined) {
      let read = this.perRequest.get(request);
      if (!read) this.perRequest.set(request, (read = this.current()));
      return read;
    }
    const stamp = await (this.checking ??= this.store.search.stamp().finally(() => { this.checking = null; }));
    if (stamp !== this.stamp) {
      const second = Math.floor(this.now().getTime() / 1000) * 1000;
      this.since = this.stamp === null ? second : Math.max(second, this.since + 1000);
      this.stamp = stamp;
    }
    return stamp;
  }

  /** The moment everything answered now was last modified, to the second. */
  async modified(request?: object): Promise<Date> {
    await this.current(request);
    const dayStart = Date.parse(`${todayUtc(this.now())}T00:00:00Z`);
    return new Date(Math.max(this.since, dayStart));
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
 * plugin) stay the stronger validator; streamed exports, which have none, rely on this.
 */
export function addLastModified(app: FastifyInstance, clock: DataClock, skip: (url: string) => boolean): void {
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || skip(request.url)) return;
    const modified = await clock.modified(request);
    if (unchangedSince(request, modified)) return reply.code(304).header('last-modified', modified.toUTCString()).send();
    reply.header('last-modified', modified.toUTCString());
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    // Only a success (or a 304) says when its content changed.
    if (reply.statusCode !== 200 && reply.statusCode !== 304) reply.removeHeader('last-modified');
    return payload;
  });
}
