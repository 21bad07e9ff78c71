import { readFile } from 'node:fs/promises';
import type { StoredDocument } from '../domain/index.js';
import type { BlobStore } from '../store/blobs.js';
import { writtenReference, type DemoCommunication, type DemoReply } from './corpus.js';
import { createRandom } from './random.js';
import { renderLetter, renderPdf, renderReply, type RenderedDocument } from './render/index.js';

export interface DocumentKinds {
  readonly text: boolean;
  readonly pdf: boolean;
}

function fileStem(c: DemoCommunication): string {
  return `${c.type}-${c.addressee.code}-${c.number}-${c.year}`;
}

export function letterDocument(c: DemoCommunication, byIndex: (i: number) => DemoCommunication, seed: string): RenderedDocument {
  const random = createRandom(`${seed}:letter:${c.index}`);
  return renderLetter({
    language: c.language, reference: writtenReference(c), dateSent: c.dateSent, type: c.type.length === 3 ? (c.type.slice(1) as 'UA' | 'AL' | 'OL') : (c.type as 'UA' | 'AL' | 'OL'),
    mandateIds: [...c.mandateIds], addressee: c.addressee, themeId: c.themeId, victims: [...c.victims],
    followsUp: c.followsUp.map((i) => { const earlier = byIndex(i); return { reference: writtenReference(earlier), dateSent: earlier.dateSent }; }),
  }, random.next);
}

export function replyDocument(r: DemoReply, seed: string): RenderedDocument {
  const random = createRandom(`${seed}:reply:${r.index}`);
  return renderReply({
    language: r.language, sender: r.sender, noteNumber: r.noteNumber, dateOnNote: r.dateOnNote,
    citation: { style: r.citation.style, references: [...r.citation.references], dates: [...r.citation.dates], mandateIds: [...r.citation.mandateIds], joint: r.citation.joint },
    stance: r.stance, themeId: r.themeId,
  }, random.next);
}

/** A record's stored files, and the text they hold (one page), which the search index reads. */
export interface StoredRendering {
  readonly files: StoredDocument[];
  /** The file whose text is `text`; null when none (no text file, or the seed note is missing). */
  readonly textFile: StoredDocument | null;
  readonly text: string;
}

/** Renders a record's documents and stores them (content-addressed, so a re-run rewrites nothing). */
export async function storeRendered(blobs: BlobStore, doc: RenderedDocument, stem: string, kinds: DocumentKinds): Promise<StoredRendering> {
  const files: StoredDocument[] = [];
  const textFile = kinds.text ? await blobs.put(Buffer.from(doc.text, 'utf8'), `${stem}.txt`, 'text/plain; charset=utf-8') : null;
  if (textFile) files.push(textFile);
  if (kinds.pdf) files.push(await blobs.put(await renderPdf(doc), `${stem}.pdf`, 'application/pdf'));
  return { files, textFile, text: doc.text };
}

export async function storeLetter(blobs: BlobStore, c: DemoCommunication, byIndex: (i: number) => DemoCommunication, seed: string, kinds: DocumentKinds): Promise<StoredRendering> {
  return storeRendered(blobs, letterDocument(c, byIndex, seed), fileStem(c), kinds);
}

/** The seed reply's file is the real note itself, stored as it is. */
export async function storeSeedNote(blobs: BlobStore, path: string): Promise<StoredRendering> {
  const bytes = await readFile(path);
  const file = await blobs.put(bytes, 'seed-note-verbale.txt', 'text/plain; charset=utf-8');
  return { files: [file], textFile: file, text: bytes.toString('utf8') };
}
