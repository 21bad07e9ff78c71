import { createHash } from 'node:crypto';
import type { DataClock } from './freshness.js';

/**
 * Rendered public pages (and answers of the statistics API) kept in memory while nothing they could show has changed. The cache is
 * dropped whenever the data stamp (DataClock) moves — every change to a record, a link, a file or a page of
 * text queues the record for the search index (database triggers, in the same transaction) and
 * every index write bumps its generation, so a change is seen by the very next request — and
 * each page is kept per day, since what is public depends on the day.
 */
export interface CachedPage {
  readonly status: number;
  /** The page as sent (UTF-8), encoded once. */
  readonly body: Buffer;
  /** A strong ETag of the body, computed once when the page is rendered. */
  readonly etag: string;
}

/** A rendered page with its ETag. */
export function cachedPage(html: string, status = 200): CachedPage {
  const body = Buffer.from(html, 'utf8');
  return { status, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

export class PageCache {
  private stamp: string | null = null;
  private readonly pages = new Map<string, CachedPage>();

  constructor(private readonly clock: DataClock, private readonly limit = 5_000) {}

  /** The page for `key` as of the data's stamp: at once when the stamp is read at once and the page is kept. */
  get(key: string, render: () => Promise<CachedPage>): CachedPage | Promise<CachedPage> {
    const stamp = this.clock.current();
    return typeof stamp === 'string' ? this.lookup(stamp, key, render) : stamp.then((s) => this.lookup(s, key, render));
  }

  private lookup(stamp: string, key: string, render: () => Promise<CachedPage>): CachedPage | Promise<CachedPage> {
    if (stamp !== this.stamp) {
      this.pages.clear();
      this.stamp = stamp;
    }
    return this.pages.get(key) ?? this.render(stamp, key, render);
  }

  private async render(stamp: string, key: string, render: () => Promise<CachedPage>): Promise<CachedPage> {
    const page = await render();
    if (this.pages.size >= this.limit) this.pages.clear();
    // Only if nothing changed while rendering; otherwise the next request renders again.
    if (this.stamp === stamp) this.pages.set(key, page);
    return page;
  }
}
