import {
  communicationPublicDate, formatReference, MissiveError, parseIsoDate, parseReference, REFERENCE_TYPES, replyDueDate,
  type Communication, type FileRole, type ReferenceData, type ReferenceType,
} from '../domain/index.js';
import type { BlobStore } from '../store/blobs.js';
import type { Store } from '../store/ports.js';
import { readDocument } from '../intake/index.js';
import { findBySlug, REFERENCE_SLUG } from '../public/records.js';

/**
 * What the secretariat does to a communication, each change audited (who, when, before, after)
 * in the same transaction: register it (the reference is allocated), send it (the 60-day clock
 * starts), publish it early or hold it confidential by a decision with a reason, attach its
 * letter (read for search) or a public version of a file that masks names.
 */

export interface Registration {
  readonly type: string;
  readonly mandateIds: readonly string[];
  /** State codes (ISO 3166-1 alpha-3), the first one's code goes into the reference. */
  readonly addressees: readonly string[];
  readonly subject: string;
  readonly summary: string;
  readonly themes: readonly string[];
  readonly language: string;
  /** When given, the letter is registered as sent on this day. */
  readonly dateSent: string | null;
  /** References of the earlier letters this one follows up. */
  readonly followsUp: readonly string[];
}

/** The facts of a communication the audit log keeps, before and after a change. */
export function auditView(c: Communication) {
  return {
    reference: formatReference(c.reference), state: c.state, dateSent: c.dateSent, dueOn: c.dateSent === null ? null : replyDueDate(c.dateSent),
    publicOn: communicationPublicDate(c), publishedEarlyOn: c.publication.publishedEarlyOn, hold: c.publication.confidentialHold?.reason ?? null,
    mandateIds: c.mandateIds, addressees: c.addressees.map((a) => a.code), subject: c.subject, themes: c.themes, files: c.files.map((f) => ({ sha256: f.sha256, role: f.role })),
  };
}

const reason = (text: string, field = 'reason'): string => {
  const trimmed = text.trim();
  if (trimmed.length < 3) throw new MissiveError('INVALID_VALUE', `${field}: a decision needs its reason, in a few words`, { field });
  return trimmed;
};

export class Secretariat {
  constructor(private readonly store: Store, private readonly reference: ReferenceData, private readonly blobs: BlobStore) {}

  private async existing(id: number): Promise<Communication> {
    const c = await this.store.communications.get(id);
    if (!c) throw new MissiveError('NOT_FOUND', `communication ${id} does not exist`, { field: 'id', value: id });
    return c;
  }

  async register(actor: string, r: Registration): Promise<Communication> {
    if (!(REFERENCE_TYPES as readonly string[]).includes(r.type)) throw new MissiveError('INVALID_VALUE', `type: "${r.type}" is not one of ${REFERENCE_TYPES.join(', ')}`, { field: 'type', value: r.type });
    const addressees = r.addressees.map((code, i) => {
      const country = this.reference.country(code.trim().toUpperCase(), `addressees[${i}]`);
      return { kind: 'state' as const, code: country.code, name: this.reference.countryName(country.code) };
    });
    const dateSent = r.dateSent ? parseIsoDate(r.dateSent, 'dateSent') : null;
    return this.store.transaction(async (store) => {
      const followsUp: number[] = [];
      for (const written of r.followsUp) {
        const earlier = await findByReference(store, written);
        if (!earlier) throw new MissiveError('NOT_FOUND', `followsUp: no communication ${written}`, { field: 'followsUp', value: written });
        followsUp.push(earlier.id);
      }
      const created = await store.communications.create({
        type: r.type as ReferenceType, state: dateSent ? 'sent' : 'draft', dateSent, mandateIds: r.mandateIds, addressees,
        subject: r.subject, summary: r.summary, themes: r.themes, language: r.language, followsUp,
      });
      await store.audit.append({ actor, action: 'communication.register', subjectKind: 'communication', subjectId: formatReference(created.reference), before: null, after: auditView(created) });
      return created;
    });
  }

  async send(actor: string, id: number, on: string): Promise<Communication> {
    return this.change(actor, id, 'communication.send', () => ({ sent: { on: parseIsoDate(on, 'dateSent') } }));
  }

  /** Publishes before the usual date, from `on`, by a decision with a reason. */
  async publishEarly(actor: string, id: number, on: string, why: string): Promise<Communication> {
    const day = parseIsoDate(on, 'publishOn');
    return this.change(actor, id, 'communication.publish-early', (c) => ({ publication: { ...c.publication, publishedEarlyOn: day } }), reason(why));
  }

  /** Holds a communication (and the replies to it) confidential: nothing public while the hold stands. */
  async hold(actor: string, id: number, why: string): Promise<Communication> {
    const text = reason(why);
    return this.change(actor, id, 'communication.hold', (c) => ({ publication: { ...c.publication, confidentialHold: { reason: text } } }), text);
  }

  async lift(actor: string, id: number, why: string): Promise<Communication> {
    return this.change(actor, id, 'communication.lift-hold', (c) => ({ publication: { ...c.publication, confidentialHold: null } }), reason(why));
  }

  private async change(actor: string, id: number, action: string, what: (c: Communication) => Parameters<Store['communications']['update']>[1], why: string | null = null): Promise<Communication> {
    return this.store.transaction(async (store) => {
      const before = await store.communications.get(id);
      if (!before) throw new MissiveError('NOT_FOUND', `communication ${id} does not exist`, { field: 'id', value: id });
      const after = await store.communications.update(id, what(before));
      await store.audit.append({ actor, action, subjectKind: 'communication', subjectId: formatReference(after.reference), before: auditView(before), after: { ...auditView(after), ...(why ? { reason: why } : {}) } });
      return after;
    });
  }

  /**
   * Attaches a file: the letter (`original`, read so that search finds its text page by page), an
   * annex, or a public version masking names (the portal then shows it instead of the original).
   */
  async attach(actor: string, id: number, file: { readonly name: string; readonly bytes: Uint8Array }, role: FileRole): Promise<Communication> {
    const before = await this.existing(id);
    const read = await readDocument(file.bytes, { name: file.name, ocr: true });
    const stored = await this.blobs.put(file.bytes, file.name, read.mime);
    return this.store.transaction(async (store) => {
      await store.documents.record(stored);
      await store.pages.replace(stored.sha256, read.pages.map((p) => ({ page: p.number, text: p.text, source: p.source, languages: p.languages })));
      await store.communications.attachFile(id, stored, role);
      const after = await store.communications.get(id) ?? before;
      await store.audit.append({ actor, action: 'communication.attach', subjectKind: 'communication', subjectId: formatReference(before.reference), before: auditView(before), after: { ...auditView(after), attached: { sha256: stored.sha256, name: file.name, role } } });
      return after;
    });
  }
}

/** A communication by its reference as written (`AL PRK 1/2024`) or as in a URL (`AL-PRK-1-2024`). */
export async function findByReference(store: Store, written: string): Promise<Communication | null> {
  if (REFERENCE_SLUG.test(written.trim().toUpperCase())) return findBySlug(store, written.trim());
  const key = parseReference(written);
  return store.communications.getByKey(key.code, key.number, key.year);
}
