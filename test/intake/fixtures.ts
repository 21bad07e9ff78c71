/**
 * Fixtures for the intake tests, built in code: PDFs (born-digital through the demo renderer,
 * scanned ones as a PNG inside a PDF), DOCX, e-mail and ZIP files, and images of text drawn with
 * the Noto fonts from npm. Nothing binary is committed.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { strToU8, Zip, ZipDeflate, Zlib, zipSync, type Zippable } from 'fflate';
import PDFDocument from 'pdfkit';
import { renderPdf, renderReply, type DemoLanguage } from '../../src/demo/render/index.js';
import { seeded } from '../demo/seeded.js';

const requireHere = createRequire(import.meta.url);

/** The project's shared material beside the checkout (../shared), from dist/test/intake/. */
export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));

/** The same Noto files the demo renderer embeds (src/demo/render/pdf/fonts.ts), registered for @napi-rs/canvas. */
const FONT_FILES = {
  latin: ['@embedpdf/fonts-latin', 'NotoSans-Regular.ttf'],
  arabic: ['@embedpdf/fonts-arabic', 'NotoNaskhArabic-Regular.ttf'],
  sc: ['@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf'],
  kr: ['@embedpdf/fonts-kr', 'NotoSansKR-Regular.otf'],
} as const;
export type FontName = keyof typeof FONT_FILES;

let registered = false;
function registerFonts(): void {
  if (registered) return;
  for (const [family, [pkg, file]] of Object.entries(FONT_FILES)) {
    GlobalFonts.registerFromPath(path.join(path.dirname(requireHere.resolve(pkg)), '..', 'fonts', file), `missive-${family}`);
  }
  registered = true;
}

function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

/** A demo reply (note verbale) in any of the seven languages, as a born-digital PDF. */
export async function replyPdf(language: DemoLanguage, code = 'SAU'): Promise<{ pdf: Buffer; text: string }> {
  const doc = renderReply({
    language, sender: { code, kind: 'state', name: '' }, noteNumber: '0024', dateOnNote: '2024-05-16',
    citation: { style: 'reference', references: [`AL ${code} 3/2024`], dates: ['2024-03-22'], mandateIds: ['wg-arbitrary-detention'], joint: false },
    stance: 'substantive', themeId: 'detention-journalist',
  }, seeded(21));
  return { pdf: await renderPdf(doc), text: doc.text };
}

export interface ScanPage {
  readonly lines: readonly string[];
  readonly font: FontName;
  readonly rtl?: boolean;
}

/** A page of text drawn like a 200-dpi scan of an A4 sheet (1654 × 2339 pixels), as PNG. */
export function scanPng(page: ScanPage, size = { width: 1654, height: 2339 }): Buffer {
  registerFonts();
  const canvas = createCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.fillStyle = '#000000';
  context.font = `34px missive-${page.font}`;
  if (page.rtl) {
    context.textAlign = 'right';
    context.direction = 'rtl';
  }
  page.lines.forEach((line, i) => context.fillText(line, page.rtl ? size.width - 150 : 150, 200 + i * 58));
  return canvas.toBuffer('image/png');
}

/** An image-only PDF: each page is a PNG scan filling an A4 page, no text layer. */
export async function scannedPdf(pages: readonly ScanPage[]): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: 'Scanned letter' } });
  const done = collect(pdf);
  for (const page of pages) {
    pdf.addPage({ size: 'A4', margin: 0 });
    pdf.image(scanPng(page), 0, 0, { width: 595.28, height: 841.89 });
  }
  pdf.end();
  return done;
}

/** A small text PDF with pdfkit's built-in Helvetica; `userPassword` encrypts it. */
export async function simplePdf(lines: readonly string[], options: { userPassword?: string } = {}): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', ...options });
  const done = collect(pdf);
  for (const line of lines) pdf.text(line);
  pdf.end();
  return done;
}

/** A minimal Word document: content types, package relationships, the body, core properties. */
export function docx(paragraphs: readonly string[], title: string): Uint8Array {
  return zipSync(docxParts(paragraphs, title));
}

/** The parts of a minimal Word package, by name. */
export function docxParts(paragraphs: readonly string[], title: string): Record<string, Uint8Array> {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('');
  return {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
    'docProps/core.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        `<dc:title>${escape(title)}</dc:title></cp:coreProperties>`,
    ),
  };
}

/** A ZIP of text and binary entries (names used as given, even hostile ones). */
export function zip(entries: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(entries)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

/**
 * A ZIP bomb: one entry of `megabytes` MB of zeros, deflated as it is produced (about 1 KB per MB),
 * so building it never holds the zeros in memory; `others` are ordinary entries beside it.
 */
export function zipBomb(megabytes: number, name = 'zeros.bin', others: Record<string, Uint8Array> = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const archive = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [otherName, content] of Object.entries(others)) {
    const other = new ZipDeflate(otherName);
    archive.add(other);
    other.push(content, true);
  }
  const entry = new ZipDeflate(name, { level: 9 });
  archive.add(entry);
  const megabyte = new Uint8Array(2 ** 20);
  for (let i = 0; i < megabytes; i += 1) entry.push(megabyte);
  entry.push(new Uint8Array(0), true);
  archive.end();
  return Buffer.concat(chunks);
}

/**
 * A decompression bomb as a PDF: one page whose content stream is `megabytes` MB of spaces,
 * Flate-compressed as it is produced (about 1 KB per MB).
 */
export function pdfBomb(megabytes: number): Buffer {
  const compressed: Uint8Array[] = [];
  const zlib = new Zlib({ level: 9 });
  zlib.ondata = (chunk) => compressed.push(chunk);
  const megabyte = new Uint8Array(2 ** 20).fill(0x20);
  for (let i = 0; i < megabytes; i += 1) zlib.push(megabyte);
  zlib.push(new Uint8Array(0), true);
  const content = Buffer.concat(compressed);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let position = chunks[0]?.length ?? 0;
  const add = (chunk: Buffer): void => {
    chunks.push(chunk);
    position += chunk.length;
  };
  objects.forEach((object, i) => {
    offsets.push(position);
    add(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`));
  });
  offsets.push(position);
  add(Buffer.from(`4 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`));
  add(content);
  add(Buffer.from('\nendstream\nendobj\n'));
  const xref = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  add(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${xref}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${position}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

/** Quoted-printable (RFC 2045) of UTF-8 text, soft line breaks before 76 characters. */
export function quotedPrintable(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    let out = '';
    let width = 0;
    for (const byte of Buffer.from(line, 'utf8')) {
      const token = (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      if (width + token.length > 75) {
        out += '=\r\n';
        width = 0;
      }
      out += token;
      width += token.length;
    }
    lines.push(out);
  }
  return lines.join('\r\n');
}

function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

export interface MailAttachment {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

/** A MIME e-mail: RFC 2047 subject, quoted-printable body, base64 attachments. */
export function eml(options: { from: string; to: string; subject: string; date: string; body: string; attachments: readonly MailAttachment[] }): Buffer {
  const boundary = 'missive-boundary-42';
  const subject = `=?UTF-8?B?${Buffer.from(options.subject, 'utf8').toString('base64')}?=`;
  const parts = [
    ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(options.body)].join('\r\n'),
    ...options.attachments.map((attachment) => [
      `Content-Type: ${attachment.type}; name="${attachment.name}"`,
      `Content-Disposition: attachment; filename="${attachment.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(attachment.bytes),
    ].join('\r\n')),
  ];
  const message = [
    `From: ${options.from}`,
    `To: ${options.to}`,
    `Subject: ${subject}`,
    `Date: ${options.date}`,
    'Message-ID: <note-0024@mission.example>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.map((part) => `--${boundary}\r\n${part}`),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return Buffer.from(message, 'utf8');
}

/** Peak resident memory of this process, in MB (getrusage; covers everything that ran so far). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
