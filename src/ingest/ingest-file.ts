import { createHash } from 'node:crypto';
import { isMissiveError, MissiveError, parseReference, todayUtc, type IsoDate, type ReferenceData, type StoredDocument } from '../domain/index.js';
import { readDocument } from '../intake/index.js';
import type { ReadDocument, ReadResult } from '../intake/types.js';
import type { BlobStore } from '../store/blobs.js';
import type { Store } from '../store/ports.js';
import { understand } from '../understand/index.js';
import type { Understanding } from '../understand/types.js';
import { documentLanguages, documentText } from './document-text.js';
import { toExtractionJson } from './extraction-json.js';
import { communicationFrom, replyFrom } from './to-record.js';

export interface Taken {
  readonly name: string;
  readonly status: 'ingested' | 'updated';
  readonly kind: string;
  readonly record: { readonly kind: 'communication' | 'reply'; readonly id: number } | null;
}

export type IngestOutcome =
  | Taken
  | { readonly name: string; readonly status: 'unchanged' }
  | { readonly name: string; readonly status: 'failed'; readonly code: string; readonly reason: string };

export interface IngestContext {
  readonly store: Store;
  readonly blobs: BlobStore;
  readonly reference: ReferenceData;
  readonly receivedOn?: IsoDate;
  readonly ocr?: boolean;
  /** Called for every item, including the entries of archives. */
  readonly onOutcome?: (outcome: IngestOutcome) => void;
}

/**
 * Takes in one file: stores its bytes, reads and understands it, then creates or updates its
 * record in the same transaction that marks it ingested. Known bytes are skipped; a failure is
 * recorded with its reason; a crash leaves the file pending, and the next run finishes it.
 */
export async function ingestBytes(ctx: IngestContext, name: string, bytes: Uint8Array, preRead?: ReadResult): Promise<IngestOutcome[]> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const known = await ctx.store.intake.get(sha256);
  if (known?.status === 'ingested') return report(ctx, [{ name, status: 'unchanged' }]);
  await ctx.store.intake.begin({ sha256, name, size: bytes.byteLength });

  let document: ReadDocument;
  try {
    await ctx.blobs.put(bytes, name, 'application/octet-stream');
    document = preRead ? unwrap(preRead) : await readDocument(bytes, { name, ocr: ctx.ocr ?? true });
  } catch (e) {
    return report(ctx, [await failed(ctx, sha256, name, null, e)]);
  }

  if (document.format === 'zip') {
    await ctx.store.documents.record({ sha256, mime: document.mime, size: bytes.byteLength, filename: name });
    await ctx.store.intake.complete(sha256, { format: 'zip', kind: 'archive', recordKind: null, recordId: null, extraction: '{}' });
    const outcomes: IngestOutcome[] = [{ name, status: 'ingested', kind: 'archive', record: null }];
    report(ctx, outcomes);
    for (const part of document.parts) outcomes.push(...(await ingestBytes(ctx, `${name}/${part.name}`, part.bytes, part.result)));
    return outcomes;
  }

  try {
    return report(ctx, [await record(ctx, sha256, name, bytes, document)]);
  } catch (e) {
    return report(ctx, [await failed(ctx, sha256, name, document.format, e)]);
  }
}

function unwrap(result: ReadResult): ReadDocument {
  if (result.ok) return result.document;
  throw result.error;
}

async function record(ctx: IngestContext, sha256: string, name: string, bytes: Uint8Array, document: ReadDocument): Promise<IngestOutcome> {
  const text = documentText(document);
  const u = understand(text, { reference: ctx.reference, languages: documentLanguages(document) });
  const file: StoredDocument = { sha256, mime: document.mime, size: bytes.byteLength, filename: name };
  const pages = document.pages.map((p) => ({ page: p.number, text: p.text, source: p.source, languages: p.languages }));
  const annexes = await Promise.all(document.parts.map((p) => ctx.blobs.put(p.bytes, p.name, p.result.ok ? p.result.document.mime : 'application/octet-stream')));

  return ctx.store.transaction(async (trx) => {
    await trx.documents.record(file);
    for (const a of annexes) await trx.documents.record(a);
    await trx.pages.replace(sha256, pages);
    let outcome: Taken = { name, status: 'ingested', kind: u.kind, record: null };
    if (u.kind === 'communication') {
      const input = communicationFrom(u, name, ctx.reference);
      const existing = await trx.communications.getByKey(input.key.code, input.key.number, input.key.year);
      const c = existing ?? (await trx.communications.create({ ...input, followsUp: await earlierCited(trx, u, input) }));
      await trx.communications.attachFile(c.id, file, existing && existing.files.some((f) => f.role === 'original') ? 'annex' : 'original');
      for (const a of annexes) await trx.communications.attachFile(c.id, a, 'annex');
      outcome = { name, status: existing ? 'updated' : 'ingested', kind: u.kind, record: { kind: 'communication', id: c.id } };
    } else if (u.kind === 'reply') {
      const input = replyFrom(u, name, ctx.receivedOn ?? todayUtc());
      const existing = input.noteNumber && input.dateOnNote ? await trx.replies.findByNote(input.sender.code, input.noteNumber, input.dateOnNote) : null;
      const r = existing ?? (await trx.replies.create(input));
      if (!existing) await trx.links.setAutoStance(r.id, u.stance?.value ?? null, u.stance?.evidence.map((e) => e.text) ?? []);
      await trx.replies.attachFile(r.id, file, existing ? 'annex' : 'original');
      for (const a of annexes) await trx.replies.attachFile(r.id, a, 'annex');
      outcome = { name, status: existing ? 'updated' : 'ingested', kind: u.kind, record: { kind: 'reply', id: r.id } };
    }
    await trx.intake.complete(sha256, {
      format: document.format, kind: u.kind, recordKind: outcome.record?.kind ?? null, recordId: outcome.record?.id ?? null,
      extraction: JSON.stringify(toExtractionJson(name, u, [])),
    });
    return outcome;
  });
}

/**
 * A letter that cites the reference (or, failing that, the date) of an earlier letter to the
 * same addressee follows it up: the case then reads letter → reply → follow-up → reply.
 */
async function earlierCited(store: Store, u: Understanding, letter: { key: { code: string }; dateSent: IsoDate | null }): Promise<number[]> {
  const ids: number[] = [];
  for (const written of u.cites.references) {
    let cited;
    try {
      cited = parseReference(written.value);
    } catch {
      continue;
    }
    if (cited.code !== letter.key.code) continue;
    const earlier = await store.communications.getByKey(cited.code, cited.number, cited.year);
    if (earlier && earlier.dateSent !== null && (letter.dateSent === null || earlier.dateSent <= letter.dateSent) && !ids.includes(earlier.id)) ids.push(earlier.id);
  }
  // A cited date names an earlier letter only when that addressee received exactly one letter that day.
  for (const date of u.cites.dates.map((d) => d.value)) {
    if (ids.length > 0 || (letter.dateSent !== null && date >= letter.dateSent)) continue;
    const sent = await store.communications.sentOn(letter.key.code, date);
    if (sent.length === 1 && sent[0] !== undefined) ids.push(sent[0]);
  }
  return ids;
}

async function failed(ctx: IngestContext, sha256: string, name: string, format: string | null, e: unknown): Promise<IngestOutcome> {
  const code = isMissiveError(e) ? e.code : 'UNEXPECTED';
  const reason = e instanceof MissiveError ? e.message : `${name}: ${(e as Error).message}`;
  await ctx.store.intake.fail(sha256, { format, code, message: reason });
  return { name, status: 'failed', code, reason };
}

function report(ctx: IngestContext, outcomes: IngestOutcome[]): IngestOutcome[] {
  for (const o of outcomes) ctx.onOutcome?.(o);
  return outcomes;
}
