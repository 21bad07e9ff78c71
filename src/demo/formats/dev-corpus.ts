import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadReferenceData } from '../../reference/load.js';
import { writtenReference, type DemoCommunication, type DemoCorpus, type DemoReply } from '../corpus.js';
import { letterDocument, replyDocument } from '../documents.js';
import { generateCorpus } from '../generate.js';
import { createRandom } from '../random.js';
import type { DemoLanguage, RenderedDocument } from '../render/index.js';
import { coveringMessage } from './covering.js';
import { MIME, renderAs, type DemoFormat, type FormatMeta } from './render-as.js';
import type { Mailbox } from './mime.js';
import { keyOf, letterLabel, replyLabel, type DocumentLabel } from './labels.js';
import { layoutScan } from './scan.js';

/** Every format the dev corpus writes; page images and scanned PDFs only for a few documents. */
export const DEV_FORMATS: readonly DemoFormat[] = ['text', 'pdf', 'docx', 'eml', 'html', 'scan-pdf', 'scan-png', 'scan-jpeg', 'scan-tiff'];
const ALL_LANGUAGES: readonly DemoLanguage[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko'];
const LETTER_LANGUAGES: ReadonlySet<DemoLanguage> = new Set(['en', 'fr', 'es']);

export interface DevCorpusOptions {
  readonly seed: string;
  /** Replies per language, and as many letters in each letter language (en, fr, es). */
  readonly perLanguage: number;
  /** Documents per language that are also scanned (OCR costs ~2 s a page): replies first, then one letter's first page. */
  readonly scansPerLanguage?: number;
  readonly languages?: readonly DemoLanguage[];
  /** Languages whose documents are also scanned (default: all); e.g. leave out Russian where its OCR data is missing. */
  readonly scanLanguages?: readonly DemoLanguage[];
  /** When given, the files are written there (in one folder per language) with labels.json. */
  readonly outDir?: string;
}

export interface DevFileLabel extends DocumentLabel {
  readonly format: DemoFormat;
  /** Pages of a scan; null for other formats. */
  readonly pages: number | null;
  /** The file shows only the first page(s) of a longer document; the fields are those of what it shows. */
  readonly partial: boolean;
  /** The document text the file shows (an e-mail: its attachment's; a scan: its pages', as laid out). */
  readonly text: string;
  /** A page image's page number (1-based). */
  readonly page?: number;
  readonly email?: {
    readonly from: string;
    readonly to: string;
    readonly subject: string;
    /** The day the message was sent (a reply: the day OHCHR received it, not the note's date). */
    readonly date: string;
    readonly attachments: readonly { readonly filename: string; readonly mime: string }[];
  };
}

export interface DevFile {
  /** A relative path: `<language>/<reply|letter>-<index>[.p<page>].<ext>`. */
  readonly name: string;
  readonly bytes: Buffer;
  readonly mime: string;
  readonly label: DevFileLabel;
}

interface Item {
  readonly record: { kind: 'letter'; c: DemoCommunication } | { kind: 'reply'; r: DemoReply };
  readonly doc: RenderedDocument;
  readonly stem: string;
  /** Rank among the language's replies or letters. */
  readonly ordinal: number;
  readonly scanned: boolean;
}

/** Grows the synthetic corpus until every language has enough replies (Korean ones are rare). */
function corpusFor(seed: string, perLanguage: number): DemoCorpus {
  const { reference } = loadReferenceData();
  for (let size = 600; ; size *= 2) {
    const corpus = generateCorpus({ size, seed, reference });
    // Every language counts, even when only some are built, so a language's files do not depend on the others asked for.
    const short = ALL_LANGUAGES.some((l) => corpus.replies.filter((r) => r.language === l && !r.isSeed).length < perLanguage);
    if (!short || size >= 40_000) return corpus;
  }
}

/** A seeded shuffle, so the picks span the years (legacy and current references) rather than the corpus' first months. */
function spread<T>(list: readonly T[], seed: string): T[] {
  return createRandom(seed).sample(list, list.length);
}

/** Replies of varied citation styles and stances; Arabic notes to be scanned use ASCII digits, which OCR reads. */
function pickReplies(corpus: DemoCorpus, language: DemoLanguage, count: number, scans: number): { r: DemoReply; doc: RenderedDocument }[] {
  const pool = spread(corpus.replies.filter((r) => r.language === language && !r.isSeed), `${corpus.seed}:replies:${language}`);
  const docs = new Map<DemoReply, RenderedDocument>();
  const docOf = (r: DemoReply): RenderedDocument => {
    let doc = docs.get(r);
    if (!doc) docs.set(r, (doc = replyDocument(r, corpus.seed)));
    return doc;
  };
  const chosen: DemoReply[] = [];
  const seen = new Set<string>();
  const kindOf = (r: DemoReply): string => `${r.citation.style}/${r.stance}`;
  const take = (ok: (r: DemoReply) => boolean): boolean => {
    const found = pool.find((r) => !chosen.includes(r) && ok(r));
    if (found) {
      chosen.push(found);
      seen.add(kindOf(found));
    }
    return found !== undefined;
  };
  const ocrable = (r: DemoReply): boolean => r.sender.code !== 'OTH' && !/[\u0660-\u0669]/.test(docOf(r).text);
  for (let i = 0; i < Math.min(scans, count); i++) {
    if (!take((r) => !seen.has(kindOf(r)) && ocrable(r))) take(ocrable);
  }
  while (chosen.length < count && chosen.length < pool.length) {
    if (!take((r) => !seen.has(kindOf(r)))) take(() => true);
  }
  return chosen.map((r) => ({ r, doc: docOf(r) }));
}

function items(corpus: DemoCorpus, language: DemoLanguage, perLanguage: number, scans: number): Item[] {
  const byIndex = (i: number): DemoCommunication => {
    const c = corpus.communications[i];
    if (!c) throw new Error(`demo communication ${i} does not exist`);
    return c;
  };
  const letterLanguage = LETTER_LANGUAGES.has(language);
  const replyScans = letterLanguage ? Math.max(0, scans - 1) : scans;
  const replies = pickReplies(corpus, language, perLanguage, replyScans).map(({ r, doc }, i): Item => ({
    record: { kind: 'reply', r }, doc, stem: `${language}/reply-${r.index}`, ordinal: i, scanned: i < replyScans,
  }));
  const letters = letterLanguage
    ? spread(corpus.communications.filter((c) => c.language === language), `${corpus.seed}:letters:${language}`).slice(0, perLanguage).map((c, i): Item => ({
      record: { kind: 'letter', c }, doc: letterDocument(c, byIndex, corpus.seed), stem: `${language}/letter-${c.index}`, ordinal: i, scanned: i < scans - replyScans,
    }))
    : [];
  return [...replies, ...letters];
}

function labelOf(item: Item, corpus: DemoCorpus, visible: string, partial: boolean): DocumentLabel {
  const { record, doc } = item;
  if (record.kind === 'letter') return letterLabel(record.c, doc, visible, corpus.seed);
  const answers = record.r.answers.map((i) => corpus.communications[i]).filter((c): c is DemoCommunication => c !== undefined).map(keyOf);
  return replyLabel(record.r, doc, visible, partial, answers, corpus.seed);
}

/** Scan formats by the scanned document's rank in its language: a PDF, then PNG pages; English also gets JPEG and TIFF. */
function scanFormats(language: DemoLanguage, rank: number): DemoFormat[] {
  const main: DemoFormat = rank % 2 === 0 ? 'scan-pdf' : 'scan-png';
  if (language !== 'en') return [main];
  return [main, rank % 2 === 0 ? 'scan-jpeg' : 'scan-tiff'];
}

function mailboxes(item: Item): { mission: Mailbox; ohchr: Mailbox } {
  const { record, doc } = item;
  const ohchr = { name: 'OHCHR Special Procedures Branch', address: 'registry@ohchr.example' };
  if (record.kind === 'reply') {
    const code = record.r.sender.code.toLowerCase();
    return { mission: { name: doc.author ?? record.r.sender.name, address: `mission.${code}@geneva.mission.example` }, ohchr };
  }
  const { addressee } = record.c;
  return addressee.kind === 'state'
    ? { mission: { name: `Permanent Mission of ${addressee.name}`, address: `mission.${addressee.code.toLowerCase()}@geneva.mission.example` }, ohchr }
    : { mission: { name: addressee.name, address: 'contact@actor.example' }, ohchr };
}

const plain = (m: Mailbox): string => `${m.name ?? ''} <${m.address}>`.trim();

async function filesOf(item: Item, corpus: DemoCorpus, scanRank: number): Promise<DevFile[]> {
  const { record, doc, stem } = item;
  const reply = record.kind === 'reply';
  const { mission, ohchr } = mailboxes(item);
  // Missions mostly send PDFs; every other one sends the Word file it printed.
  const attach = reply && item.ordinal % 2 === 1 ? 'docx' : 'pdf';
  const meta: FormatMeta = record.kind === 'reply'
    ? { stem, date: record.r.dateReceived, from: mission, to: ohchr, noteNumber: record.r.noteNumber, attach }
    : { stem, date: record.c.dateSent, from: ohchr, to: mission, reference: writtenReference(record.c), attach };
  const facts = record.kind === 'reply' ? { noteNumber: record.r.noteNumber } : { reference: writtenReference(record.c) };
  const email = {
    from: plain(reply ? mission : ohchr), to: plain(reply ? ohchr : mission),
    subject: coveringMessage(doc, facts).subject, date: meta.date ?? '',
    attachments: [{ filename: `${path.basename(stem)}.${attach}`, mime: MIME[attach] }],
  };
  const whole = labelOf(item, corpus, doc.text, false);
  const files: DevFile[] = [];
  for (const format of ['text', 'pdf', 'docx', 'eml', 'html'] as const) {
    for (const file of await renderAs(format, doc, meta)) {
      files.push({ name: file.filename, bytes: file.bytes, mime: file.mime, label: { ...whole, format, pages: null, partial: false, text: doc.text, ...(format === 'eml' ? { email } : {}) } });
    }
  }
  if (scanRank < 0) return files;
  // Letters run to several pages: only the first is scanned, and the label keeps what it shows.
  const scan = { seed: `${corpus.seed}:${stem}`, ...(reply ? {} : { maxPages: 1 }) };
  const layout = layoutScan(doc, scan);
  const cut = layout.totalPages > layout.pages.length;
  for (const format of scanFormats(doc.language, scanRank)) {
    const rendered = await renderAs(format, doc, { stem, scan });
    const perPage = format === 'scan-png' || format === 'scan-jpeg';
    rendered.forEach((file, i) => {
      const text = perPage ? layout.pageTexts[i] ?? '' : layout.pageTexts.join('\n\n');
      const partial = cut || (perPage && layout.pages.length > 1);
      files.push({
        name: file.filename, bytes: file.bytes, mime: file.mime,
        label: { ...labelOf(item, corpus, text, partial), format, pages: perPage ? 1 : layout.pages.length, partial, text, ...(perPage ? { page: i + 1 } : {}) },
      });
    });
  }
  return files;
}

/**
 * Files in every format, in seven languages, each with its ground truth, for testing intake
 * and understanding: a few replies per language (and letters in en/fr/es) as text, PDF, DOCX,
 * e-mail with the note attached and web page; a few of them also scanned (PDF of page images,
 * PNG pages; in English also JPEG and multi-page TIFF). Deterministic for a seed.
 */
export async function buildDevCorpus(options: DevCorpusOptions): Promise<DevFile[]> {
  const languages = options.languages ?? ALL_LANGUAGES;
  const corpus = corpusFor(options.seed, options.perLanguage);
  const scans = options.scansPerLanguage ?? 2;
  const files: DevFile[] = [];
  for (const language of languages) {
    let rank = 0;
    const scansHere = (options.scanLanguages ?? languages).includes(language) ? scans : 0;
    for (const item of items(corpus, language, options.perLanguage, scansHere)) {
      files.push(...(await filesOf(item, corpus, item.scanned ? rank++ : -1)));
    }
  }
  if (options.outDir !== undefined) await writeDevCorpus(options.outDir, files);
  return files;
}

async function writeDevCorpus(outDir: string, files: readonly DevFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(outDir, file.name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
  const labels = files.map(({ name, mime, label }) => ({ name, mime, label }));
  await writeFile(path.join(outDir, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
}
