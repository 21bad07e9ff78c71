import { formatReference, MissiveError, parseIsoDate, todayUtc, type Addressee, type IsoDate, type ReferenceData, type Reply, type Stance } from '../domain/index.js';
import { isStance } from '../domain/index.js';
import { documentLanguages, documentText } from '../ingest/document-text.js';
import { readDocument } from '../intake/index.js';
import { CandidatePool, communicationFacts, replyFactsFrom } from '../link/index.js';
import type { BlobStore } from '../store/blobs.js';
import type { LinkCandidate, Store, User } from '../store/ports.js';
import { understand } from '../understand/index.js';
import { findByReference } from './secretariat.js';

/**
 * The intake queue of replies: a file uploaded by a mission (or by the secretariat, or dropped in
 * the watched folder) is read, understood and stored as a reply awaiting review, with its ranked
 * candidate communications and their reasons; it is never public before a person of the
 * secretariat confirms what it answers, correcting what was read. Each step is audited.
 */

const LIST = 100;

export interface Submission {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The sender State when the secretariat uploads (a mission's is its own); else read from the file. */
  readonly stateCode?: string | null;
  readonly confidentialityRequested: boolean;
}

export interface Corrections {
  /** References (`AL PRK 1/2024`) of the communications it answers. */
  readonly answers: readonly string[];
  readonly stateCode: string;
  readonly noteNumber: string | null;
  readonly dateOnNote: string | null;
  readonly stance: string | null;
  readonly confidential: boolean;
}

const view = (r: Reply) => ({
  id: r.id, sender: r.sender.code, noteNumber: r.noteNumber, dateOnNote: r.dateOnNote, dateReceived: r.dateReceived, stance: r.stance, confidential: r.confidential,
  review: r.review, confidentialityRequested: r.confidentialityRequested, answers: r.links.map((l) => l.communicationId), files: r.files.map((f) => f.sha256),
});

export class IntakeQueue {
  constructor(private readonly store: Store, private readonly reference: ReferenceData, private readonly blobs: BlobStore, private readonly now: () => Date = () => new Date()) {}

  private state(code: string, field: string): Addressee {
    const country = this.reference.country(code.trim().toUpperCase(), field);
    return { kind: 'state', code: country.code, name: this.reference.countryName(country.code) };
  }

  async submit(by: Pick<User, 'username' | 'role' | 'stateCode'>, file: Submission): Promise<Reply> {
    if (by.role === 'mandate-holder') throw new MissiveError('FORBIDDEN', 'replies are submitted by missions and the secretariat', { field: 'role' });
    if (file.bytes.byteLength === 0) throw new MissiveError('INVALID_VALUE', `file: ${file.name} is empty`, { field: 'file', value: file.name });
    const document = await readDocument(file.bytes, { name: file.name, ocr: true });
    const text = documentText(document);
    const u = understand(text, { reference: this.reference, languages: documentLanguages(document) });
    const read = u.sender?.value;
    const fromFile = (): Addressee | null => {
      if (!read || read.code === null) return null;
      return read.code === 'OTH' ? { kind: 'other', code: 'OTH', name: read.name } : { kind: 'state', code: read.code, name: read.name };
    };
    const sender = by.role === 'mission' ? this.state(by.stateCode ?? '', 'state') : file.stateCode ? this.state(file.stateCode, 'state') : fromFile();
    if (!sender) throw new MissiveError('INVALID_VALUE', `state: the sender of ${file.name} could not be read; say which State sent it`, { field: 'state' });
    const today = todayUtc(this.now());
    const stored = await this.blobs.put(file.bytes, file.name, document.mime);
    const pool = new CandidatePool((await this.store.communications.linkable()).map(communicationFacts));
    const facts = replyFactsFrom(u, { senderCode: sender.code, senderName: sender.name, dateReceived: today, text });
    const candidates = pool.rank(facts, 3);
    return this.store.transaction(async (store) => {
      await store.documents.record(stored);
      await store.pages.replace(stored.sha256, document.pages.map((p) => ({ page: p.number, text: p.text, source: p.source, languages: p.languages })));
      const created = await store.replies.create({
        sender, noteNumber: u.noteNumber?.value ?? null, dateOnNote: u.date?.value && u.date.value <= today ? u.date.value : null, dateReceived: today,
        languages: u.languages.length > 0 ? [...u.languages] : [u.language ?? 'en'], stance: null, confidential: false, links: [],
        pendingReview: { submittedBy: by.username, confidentialityRequested: file.confidentialityRequested },
      });
      await store.replies.attachFile(created.id, stored, 'original');
      await store.links.setAutoStance(created.id, u.stance?.value ?? null, u.stance?.evidence.map((e) => e.text) ?? []);
      await store.links.queueForReview(created.id, candidates);
      const reply = (await store.replies.get(created.id)) ?? created;
      await store.audit.append({ actor: by.username, action: 'reply.submit', subjectKind: 'reply', subjectId: String(reply.id), before: null, after: { ...view(reply), file: file.name } });
      return reply;
    });
  }

  /** Replies awaiting review, each with its candidates (and their reasons). */
  async pending(): Promise<{ readonly reply: Reply; readonly candidates: readonly LinkCandidate[] }[]> {
    const replies = await this.store.replies.pending(LIST);
    return Promise.all(replies.map(async (reply) => ({ reply, candidates: (await this.store.links.reviewOf(reply.id)) ?? [] })));
  }

  /** Confirms a reply with a person's corrections: from then on it follows the usual publication rules. */
  async confirm(by: User, replyId: number, c: Corrections): Promise<Reply> {
    const before = await this.store.replies.get(replyId);
    if (!before) throw new MissiveError('NOT_FOUND', `reply ${replyId} does not exist`, { field: 'id', value: replyId });
    if (c.stance !== null && !isStance(c.stance)) throw new MissiveError('INVALID_VALUE', `stance: "${c.stance}" is not one of rejects, substantive, acknowledges, partial`, { field: 'stance', value: c.stance });
    const ids: number[] = [];
    for (const written of c.answers) {
      const found = await findByReference(this.store, written);
      if (!found) throw new MissiveError('NOT_FOUND', `answers: no communication ${written}`, { field: 'answers', value: written });
      ids.push(found.id);
    }
    const dateOnNote: IsoDate | null = c.dateOnNote ? parseIsoDate(c.dateOnNote, 'dateOnNote') : null;
    return this.store.transaction(async (store) => {
      const after = await store.replies.confirm(replyId, {
        by: by.username, communicationIds: ids, sender: this.state(c.stateCode, 'state'), noteNumber: c.noteNumber?.trim() || null, dateOnNote,
        stance: c.stance as Stance | null, confidential: c.confidential,
      });
      const answers = await Promise.all(ids.map(async (id) => { const x = await store.communications.get(id); return x ? formatReference(x.reference) : String(id); }));
      await store.audit.append({ actor: by.username, action: 'reply.confirm', subjectKind: 'reply', subjectId: String(replyId), before: view(before), after: { ...view(after), answers } });
      return after;
    });
  }
}
