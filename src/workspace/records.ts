import { canSeeCommunication, canSeeReply, type Communication, type IsoDate, type Reply, type Viewer } from '../domain/index.js';
import type { StoredDocument } from '../domain/index.js';
import { findBySlug } from '../public/records.js';
import type { Store } from '../store/ports.js';

/**
 * Records as one person of the workspace may see them, by reference slug, id or file hash: what
 * they may not see is answered exactly as what does not exist (null), so no one learns of
 * another State's unpublished letter by guessing its address.
 */

export interface VisibleCommunication {
  readonly communication: Communication;
  /** The replies to it this person may see, oldest first. */
  readonly replies: readonly Reply[];
}

export class WorkspaceRecords {
  constructor(private readonly store: Store) {}

  async communication(slug: string, viewer: Viewer, today: IsoDate): Promise<VisibleCommunication | null> {
    const found = await findBySlug(this.store, slug);
    if (!found || !canSeeCommunication(viewer, found, today)) return null;
    const replies: Reply[] = [];
    for (const r of await this.store.replies.forCommunication(found.id)) if (await this.canSee(r, viewer, today, found)) replies.push(r);
    return { communication: found, replies: replies.sort((a, b) => (a.dateReceived < b.dateReceived ? -1 : a.dateReceived > b.dateReceived ? 1 : a.id - b.id)) };
  }

  async reply(id: number, viewer: Viewer, today: IsoDate): Promise<{ reply: Reply; answers: Communication[] } | null> {
    const found = Number.isSafeInteger(id) && id > 0 ? await this.store.replies.get(id) : null;
    if (!found) return null;
    const answered = await this.answered(found);
    if (!canSeeReply(viewer, found, answered, today)) return null;
    return { reply: found, answers: answered.filter((c) => canSeeCommunication(viewer, c, today)) };
  }

  /** A stored file when a record it belongs to is visible to this person. */
  async file(sha256: string, viewer: Viewer, today: IsoDate): Promise<StoredDocument | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const owners = await this.store.documents.owners(sha256);
    let visible = false;
    for (const id of owners.communicationIds) {
      const c = visible ? null : await this.store.communications.get(id);
      if (c && canSeeCommunication(viewer, c, today)) visible = true;
    }
    for (const id of owners.replyIds) {
      const r = visible ? null : await this.store.replies.get(id);
      if (r && (await this.canSee(r, viewer, today))) visible = true;
    }
    return visible ? this.store.documents.get(sha256) : null;
  }

  private async answered(r: Reply, known?: Communication): Promise<Communication[]> {
    const get = (id: number) => (known?.id === id ? Promise.resolve(known) : this.store.communications.get(id));
    return (await Promise.all(r.links.map((l) => get(l.communicationId)))).filter((c): c is Communication => c !== null);
  }

  private async canSee(r: Reply, viewer: Viewer, today: IsoDate, known?: Communication): Promise<boolean> {
    return canSeeReply(viewer, r, await this.answered(r, known), today);
  }
}
