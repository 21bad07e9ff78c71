import {
  canSeeCommunication, communicationPublicDate, formatReference, PUBLIC_VIEWER, referenceSlug, replyDueDate, replyPublicDate,
  type Communication, type IsoDate, type ReferenceData, type Reply,
} from '../domain/index.js';
import type { Store } from '../store/ports.js';

/**
 * Published records as the public sees them (the pages and the JSON API show the same): a
 * record that is not public on the day asked is absent, exactly like one that does not exist.
 */

/** A reference as written in a URL: `AL-PRK-1-2024` (type, code, number, year). */
export const REFERENCE_SLUG = /^(?:(UA|AL|OL|JUA|JAL|JOL)-)?([A-Z]{3})-([1-9][0-9]{0,3})-([0-9]{4})$/;

export interface PublicFile { readonly sha256: string; readonly filename: string; readonly mime: string; readonly size: number }
export interface CommunicationLink { readonly reference: string; readonly slug: string }

/** A reply as published: what it says of itself, without its confidential and internal fields. */
export interface PublicReplySummary extends Pick<Reply, 'id' | 'noteNumber' | 'dateOnNote' | 'dateReceived' | 'languages' | 'stance'> {
  readonly sender: { readonly code: string; readonly name: string };
  readonly publicOn: IsoDate;
  readonly files: readonly PublicFile[];
}

export interface PublicCommunication extends Pick<Communication, 'dateSent' | 'subject' | 'summary' | 'themes' | 'language'> {
  readonly reference: string;
  readonly slug: string;
  readonly type: string | null;
  readonly replyDue: IsoDate | null;
  readonly publicOn: IsoDate;
  readonly addressees: readonly { readonly code: string; readonly name: string }[];
  readonly mandates: readonly { readonly id: string; readonly name: string }[];
  readonly files: readonly PublicFile[];
  readonly replies: readonly PublicReplySummary[];
  readonly followsUp: readonly CommunicationLink[];
  /** The public communications that follow this one up. */
  readonly followedBy: readonly CommunicationLink[];
}

export interface PublicReply extends PublicReplySummary {
  readonly answers: readonly CommunicationLink[];
}

/**
 * The files the public gets of a record: all of them, except that when a public version exists
 * (names masked), the original stays private.
 */
export function publicFiles(list: Communication['files']): Communication['files'] {
  return list.some((f) => f.role === 'public-version') ? list.filter((f) => f.role !== 'original') : list;
}
const files = (list: Communication['files']): PublicFile[] => publicFiles(list).map((f) => ({ sha256: f.sha256, filename: f.filename, mime: f.mime, size: f.size }));
const holds = (list: Communication['files'], sha256: string) => publicFiles(list).some((f) => f.sha256 === sha256);
const link = (c: Communication): CommunicationLink => ({ reference: formatReference(c.reference), slug: referenceSlug(c.reference) });

/** The communication a URL's slug names (type included), or null when malformed or unknown. */
export async function findBySlug(store: Store, slug: string): Promise<Communication | null> {
  const m = REFERENCE_SLUG.exec(slug.toUpperCase());
  if (!m) return null;
  const found = await store.communications.getByKey(m[2] ?? '', Number(m[3]), Number(m[4]));
  return found && (found.reference.type ?? null) === (m[1] ?? null) ? found : null;
}

export class PublicRecords {
  constructor(private readonly store: Store, private readonly reference: ReferenceData) {}

  /** A communication by its slug (`AL-PRK-1-2024`), or null when unknown, malformed or not public on `today`. */
  async communication(slug: string, today: IsoDate): Promise<PublicCommunication | null> {
    const found = await findBySlug(this.store, slug);
    return found ? this.present(found, today) : null;
  }

  /** A communication by id, or null when unknown or not public on `today`. */
  async communicationById(id: number, today: IsoDate): Promise<PublicCommunication | null> {
    const found = await this.store.communications.get(id);
    return found ? this.present(found, today) : null;
  }

  private async present(found: Communication, today: IsoDate): Promise<PublicCommunication | null> {
    const publicOn = this.publicOn(found, today);
    if (publicOn === null) return null;
    const replies: PublicReplySummary[] = [];
    for (const r of await this.store.replies.forCommunication(found.id)) {
      // The letter itself is among those each reply answers: not read again.
      const visible = await this.visibleReply(r, today, found);
      if (visible) replies.push(visible.summary);
    }
    const publicLinks = async (ids: readonly number[]) => {
      const links: CommunicationLink[] = [];
      for (const id of ids) {
        const other = await this.store.communications.get(id);
        if (other && this.publicOn(other, today) !== null) links.push(link(other));
      }
      return links;
    };
    const followsUp = await publicLinks(found.followsUp);
    const followedBy = await publicLinks(await this.store.communications.followedBy(found.id));
    return {
      reference: formatReference(found.reference), slug: referenceSlug(found.reference), type: found.reference.type,
      dateSent: found.dateSent, replyDue: found.dateSent === null ? null : replyDueDate(found.dateSent), publicOn,
      addressees: found.addressees.map((a) => ({ code: a.code, name: a.name })),
      mandates: found.mandateIds.map((id) => ({ id, name: this.mandateName(id) })),
      subject: found.subject, summary: found.summary, themes: found.themes, language: found.language, files: files(found.files),
      replies: replies.sort((a, b) => (a.dateReceived < b.dateReceived ? -1 : a.dateReceived > b.dateReceived ? 1 : a.id - b.id)),
      followsUp, followedBy,
    };
  }

  /** A reply by id (as written in a URL), or null when malformed, unknown or not public on `today`; it lists only the public letters it answers. */
  async reply(id: string | number, today: IsoDate): Promise<PublicReply | null> {
    const n = typeof id === 'number' ? id : /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : -1;
    const found = Number.isSafeInteger(n) && n > 0 ? await this.store.replies.get(n) : null;
    const visible = found ? await this.visibleReply(found, today) : null;
    return visible ? { ...visible.summary, answers: visible.answers } : null;
  }

  /** A stored file's metadata when a record it belongs to is public on `today`; null otherwise (unknown alike). */
  async file(sha256: string, today: IsoDate): Promise<PublicFile | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const owners = await this.store.documents.owners(sha256);
    let visible = false;
    for (const id of owners.communicationIds) {
      const c = visible ? null : await this.store.communications.get(id);
      if (c && this.publicOn(c, today) !== null && holds(c.files, sha256)) visible = true;
    }
    for (const id of owners.replyIds) {
      const r = visible ? null : await this.store.replies.get(id);
      if (r && holds(r.files, sha256) && (await this.visibleReply(r, today)) !== null) visible = true;
    }
    if (!visible) return null;
    const document = await this.store.documents.get(sha256);
    return document ? { sha256: document.sha256, filename: document.filename, mime: document.mime, size: document.size } : null;
  }

  private publicOn(c: Communication, today: IsoDate): IsoDate | null {
    return canSeeCommunication(PUBLIC_VIEWER, c, today) ? communicationPublicDate(c) : null;
  }

  private async visibleReply(r: Reply, today: IsoDate, known?: Communication): Promise<{ summary: PublicReplySummary; answers: CommunicationLink[] } | null> {
    const get = (id: number) => (known?.id === id ? Promise.resolve(known) : this.store.communications.get(id));
    const answered = (await Promise.all(r.links.map((l) => get(l.communicationId)))).filter((c): c is Communication => c !== null);
    const publicOn = replyPublicDate(r, answered);
    if (publicOn === null || publicOn > today) return null;
    return {
      summary: {
        id: r.id, sender: { code: r.sender.code, name: r.sender.name }, noteNumber: r.noteNumber, dateOnNote: r.dateOnNote,
        dateReceived: r.dateReceived, languages: r.languages, stance: r.stance, publicOn, files: files(r.files),
      },
      answers: answered.filter((c) => this.publicOn(c, today) !== null).map(link),
    };
  }

  private mandateName(id: string): string {
    try {
      return this.reference.mandate(id).name;
    } catch {
      return id;
    }
  }
}
