import { MissiveError } from '../domain/index.js';
import { decodeText, utf8Prefix } from './text-decode.js';
import type { Format } from './types.js';
import { listZipDirectory } from './zip-directory.js';

/**
 * Format detection by content only: magic bytes for binary formats, the central directory for
 * ZIP-based ones, and the shape of the first lines for text (e-mail headers, HTML tags,
 * Markdown syntax). A file's name is never consulted: "scan.pdf" full of random bytes is not a PDF.
 */
export interface Detection {
  readonly format: Format;
  readonly mime: string;
}

export const MIME: Record<Exclude<Format, 'image'>, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
  zip: 'application/zip',
};

/** Formats whose bytes are text and are decoded whole into a string. */
export const TEXT_FORMATS: ReadonlySet<Format> = new Set(['text', 'markdown', 'html', 'eml']);

/** How much of the start of a file is examined for text formats. */
export const SAMPLE_BYTES = 64 * 1024;
/** PDF readers accept a few junk bytes before the header; so do we, within the first kilobyte. */
const PDF_HEADER_WINDOW = 1024;

function hasPrefix(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

function findAscii(bytes: Uint8Array, needle: string, within: number): number {
  const codes = [...needle].map((c) => c.charCodeAt(0));
  const last = Math.min(bytes.length - codes.length, within);
  for (let i = 0; i <= last; i += 1) if (hasPrefix(bytes, codes, i)) return i;
  return -1;
}

function binaryFormat(bytes: Uint8Array): Detection | null {
  if (findAscii(bytes, '%PDF-', PDF_HEADER_WINDOW) >= 0) return { format: 'pdf', mime: MIME.pdf };
  if (hasPrefix(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { format: 'image', mime: 'image/png' };
  if (hasPrefix(bytes, [0xff, 0xd8, 0xff])) return { format: 'image', mime: 'image/jpeg' };
  if (hasPrefix(bytes, [0x49, 0x49, 0x2a, 0x00]) || hasPrefix(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { format: 'image', mime: 'image/tiff' };
  // A local file header, or the end record alone (an empty archive).
  if (hasPrefix(bytes, [0x50, 0x4b, 0x03, 0x04]) || hasPrefix(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = new Set((listZipDirectory(bytes) ?? []).map((entry) => entry.name));
    const isDocx = names.has('[Content_Types].xml') && names.has('word/document.xml');
    return isDocx ? { format: 'docx', mime: MIME.docx } : { format: 'zip', mime: MIME.zip };
  }
  return null;
}

const HEADER_LINE = /^[!-9;-~]+:/;
const CONTINUATION = /^[ \t]/;
const KNOWN_HEADERS = new Set([
  'from', 'to', 'cc', 'bcc', 'subject', 'date', 'mime-version', 'received', 'message-id', 'return-path',
  'content-type', 'content-transfer-encoding', 'reply-to', 'delivered-to', 'sender', 'in-reply-to', 'references',
  'dkim-signature', 'x-mailer', 'user-agent', 'thread-topic', 'importance',
]);
/** Headers only a mail system writes: with one of them a header block is not a typed memo. */
const TRANSPORT_HEADERS = new Set(['mime-version', 'received', 'message-id', 'return-path', 'content-type', 'delivered-to', 'dkim-signature']);

/**
 * RFC 5322: the file opens with a block of `Name: value` lines (continuations indented) ended by
 * a blank line. A memo typed as "From: … To: … Subject: …" has the same look, so we also ask for
 * a header that only mail systems write, or an address in From.
 */
export function looksLikeEmail(text: string): boolean {
  const lines = text.split(/\r?\n/, 200);
  let i = lines[0]?.startsWith('From ') ? 1 : 0; // mbox separator line
  const names: string[] = [];
  let fromHasAddress = false;
  for (; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line === '') break;
    if (CONTINUATION.test(line) && names.length > 0) continue;
    if (!HEADER_LINE.test(line)) return false;
    const name = line.slice(0, line.indexOf(':')).toLowerCase();
    names.push(name);
    if (name === 'from' && /@/.test(line)) fromHasAddress = true;
  }
  const known = names.filter((name) => KNOWN_HEADERS.has(name));
  const transport = names.some((name) => TRANSPORT_HEADERS.has(name));
  return known.length >= 2 && (transport || fromHasAddress);
}

/**
 * HTML when it says so (doctype, <html>, <head> or <body>), or when it opens with a tag and
 * block-level tags abound. A Markdown file that happens to start with a <meta> line stays Markdown.
 */
export function looksLikeHtml(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4096);
  const prologue = /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/i.exec(start)?.[0].length ?? 0;
  const head = start.slice(prologue);
  if (/^<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  if (!head.startsWith('<')) return false;
  if (/<(head|body)[\s>]/i.test(start)) return true;
  const blocks = start.match(/<(p|div|table|tr|td|br|li|ul|ol|h[1-6]|span|section|article)[\s>/]/gi) ?? [];
  return blocks.length >= 3;
}

const STRONG_MARKDOWN = [
  /^#{1,6}(\s|[^\s#])/, // headings (some converters omit the space)
  /^\s{0,3}>\s?\S/, // block quotes
  /^\s{0,3}(```|~~~)/, // code fences
  /\*\*[^*\n]+\*\*|__[^_\n]+__/, // bold
  /(^|\s)\*[^*\s][^*\n]*\*(\s|[.,;:]|$)/, // italics
  /\[[^\]\n]+\]\([^)\s]+\)/, // links
  /^\|.*\|\s*$/, // table rows
  /^\s{0,3}([-*_])(\s*\1){2,}\s*$/, // rules (and front matter)
];
const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,3}[.)])\s+\S/;

/**
 * Markdown when its syntax is a real part of the text. Numbered and bulleted paragraphs are
 * common in plain notes verbales, so list items count for half; one bold number in a plain
 * letter (the seed note's `**0024**`) does not make it Markdown.
 */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return false;
  let strong = 0;
  let lists = 0;
  let headings = 0;
  for (const line of lines) {
    if (STRONG_MARKDOWN.some((pattern) => pattern.test(line))) strong += 1;
    else if (LIST_ITEM.test(line)) lists += 1;
    if (/^#{1,6}(\s|[^\s#])/.test(line)) headings += 1;
  }
  return headings >= 2 || (strong >= 2 && (strong + lists / 2) / lines.length >= 0.05);
}

function textFormat(sample: string): Detection {
  if (looksLikeEmail(sample)) return { format: 'eml', mime: MIME.eml };
  if (looksLikeHtml(sample)) return { format: 'html', mime: MIME.html };
  if (looksLikeMarkdown(sample)) return { format: 'markdown', mime: MIME.markdown };
  return { format: 'text', mime: MIME.text };
}

/**
 * The format of a file from its bytes. Only the start is examined for text formats (SAMPLE_BYTES),
 * so this is cheap on large files and can run on the head of a file before it is read whole.
 */
export function detectFormat(bytes: Uint8Array, name = 'the file'): Detection {
  if (bytes.length === 0) {
    throw new MissiveError('UNREADABLE_FILE', `${name} is empty (0 bytes).`, { value: name });
  }
  const binary = binaryFormat(bytes);
  if (binary) return binary;
  const decoded = decodeText(utf8Prefix(bytes, SAMPLE_BYTES));
  if (decoded === null) {
    throw new MissiveError(
      'UNSUPPORTED_FORMAT',
      `${name} is not in a format Missive reads: it is neither text nor a PDF, Word (DOCX), e-mail, image (PNG, JPEG, TIFF) or ZIP file.`,
      { value: name },
    );
  }
  return textFormat(decoded.text);
}
