import { renderPdf, type RenderedDocument } from '../render/index.js';
import { renderDocx } from './docx.js';
import { renderEml, type EmlMeta, type Mailbox } from './eml.js';
import { renderHtml } from './html.js';
import { renderScanJpeg, renderScannedPdf, renderScanPng, renderScanTiff, type ScanOptions } from './scan.js';

export type DemoFormat = 'text' | 'pdf' | 'scan-pdf' | 'scan-png' | 'scan-jpeg' | 'scan-tiff' | 'docx' | 'eml' | 'html';

export interface RenderedFile {
  readonly bytes: Buffer;
  readonly filename: string;
  readonly mime: string;
}

export interface FormatMeta {
  /** File name without extension; `document` by default. */
  readonly stem?: string;
  /** YYYY-MM-DD: the e-mail's sending day and the DOCX's creation date. */
  readonly date?: string;
  /** E-mail sender and recipient; by default the mission (replies) or the Special Procedures Branch (letters). */
  readonly from?: Mailbox | string;
  readonly to?: Mailbox | string;
  /** Mentioned in the e-mail's covering text and subject. */
  readonly noteNumber?: string;
  readonly reference?: string;
  /** What the e-mail carries: the born-digital PDF (default), a scanned PDF or a DOCX. */
  readonly attach?: 'pdf' | 'scan-pdf' | 'docx';
  readonly scan?: ScanOptions;
}

export const MIME: Record<DemoFormat, string> = {
  text: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  'scan-pdf': 'application/pdf',
  'scan-png': 'image/png',
  'scan-jpeg': 'image/jpeg',
  'scan-tiff': 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
  html: 'text/html; charset=utf-8',
};

const OHCHR: Mailbox = { name: 'OHCHR Special Procedures Branch', address: 'sp-communications@ohchr.example' };

function missionMailbox(doc: RenderedDocument): Mailbox {
  return { name: doc.author ?? 'Permanent Mission', address: 'mission.geneva@mission.example' };
}

async function attachment(doc: RenderedDocument, stem: string, meta: FormatMeta): Promise<EmlMeta['attachments'][number]> {
  const base = stem.slice(stem.lastIndexOf('/') + 1);
  switch (meta.attach ?? 'pdf') {
    case 'docx': return { filename: `${base}.docx`, contentType: MIME.docx, bytes: renderDocx(doc, meta.date ? { date: meta.date } : {}) };
    case 'scan-pdf': return { filename: `${base}.pdf`, contentType: MIME.pdf, bytes: await renderScannedPdf(doc, meta.scan) };
    case 'pdf': return { filename: `${base}.pdf`, contentType: MIME.pdf, bytes: await renderPdf(doc) };
  }
}

/** A document in one format: one file, or one per page for page images. */
export async function renderAs(format: DemoFormat, doc: RenderedDocument, meta: FormatMeta = {}): Promise<RenderedFile[]> {
  const stem = meta.stem ?? 'document';
  const one = (bytes: Buffer, ext: string): RenderedFile[] => [{ bytes, filename: `${stem}.${ext}`, mime: MIME[format] }];
  const pages = (list: Buffer[], ext: string): RenderedFile[] => list.map((bytes, i) => ({ bytes, filename: `${stem}.p${i + 1}.${ext}`, mime: MIME[format] }));
  switch (format) {
    case 'text': return one(Buffer.from(doc.text, 'utf8'), 'txt');
    case 'pdf': return one(await renderPdf(doc), 'pdf');
    case 'scan-pdf': return one(await renderScannedPdf(doc, meta.scan), 'scan.pdf');
    case 'scan-png': return pages(renderScanPng(doc, meta.scan), 'png');
    case 'scan-jpeg': return pages(renderScanJpeg(doc, meta.scan), 'jpg');
    case 'scan-tiff': return one(renderScanTiff(doc, meta.scan), 'tif');
    case 'docx': return one(renderDocx(doc, meta.date ? { date: meta.date } : {}), 'docx');
    case 'html': return one(Buffer.from(renderHtml(doc), 'utf8'), 'html');
    case 'eml': {
      const reply = doc.author !== undefined;
      const eml = renderEml(doc, {
        from: meta.from ?? (reply ? missionMailbox(doc) : OHCHR),
        to: meta.to ?? (reply ? OHCHR : missionMailbox(doc)),
        date: meta.date ?? '2000-01-03',
        attachments: [await attachment(doc, stem, meta)],
        ...(meta.noteNumber === undefined ? {} : { noteNumber: meta.noteNumber }),
        ...(meta.reference === undefined ? {} : { reference: meta.reference }),
      });
      return one(eml, 'eml');
    }
  }
}
