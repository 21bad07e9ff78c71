import type { MissiveError } from '../domain/index.js';

/** The formats Missive reads, recognised by content (magic bytes, structure), never by file name. */
export type Format = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'eml' | 'image' | 'zip';

/** One page (PDF, image) or the whole text (other formats) of a document. */
export interface PageText {
  /** 1-based. */
  readonly number: number;
  readonly text: string;
  /** Where the text came from: the file's own text, or OCR of its image. */
  readonly source: 'text' | 'ocr';
  /** Languages detected on this page, main first (ISO 639-1). */
  readonly languages: readonly string[];
}

/** A file inside another one: an e-mail attachment or a ZIP entry, read recursively. */
export interface ReadPart {
  /** The name it carries inside its container (attachment file name, archive path). */
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
  readonly bytes: Uint8Array;
  /** Its reading, or the error that stopped it; one bad part never spoils the others. */
  readonly result: ReadResult;
}

export type ReadResult = { readonly ok: true; readonly document: ReadDocument } | { readonly ok: false; readonly error: MissiveError };

export interface ReadDocument {
  readonly format: Format;
  /** The detected media type, e.g. `application/pdf`. */
  readonly mime: string;
  readonly pages: readonly PageText[];
  /** Languages of the whole document, main first (ISO 639-1). */
  readonly languages: readonly string[];
  readonly parts: readonly ReadPart[];
  /** What the container says of itself: e-mail headers, PDF/DOCX/HTML title. */
  readonly metadata: Readonly<{ title?: string; from?: string; to?: string; subject?: string; date?: string }>;
  /** Things worth telling a person that did not stop the reading (e.g. "page 3 read by OCR", "Russian OCR data missing"). */
  readonly warnings: readonly string[];
}

/** Limits that keep hostile or broken files from exhausting memory or time. */
export interface ReadLimits {
  /** Largest file read at all (bytes). */
  readonly maxFileBytes: number;
  /**
   * Largest plain-text, Markdown, HTML or e-mail file read (bytes). Lower than maxFileBytes because
   * such text is decoded into a JavaScript string (up to twice its size) and analysed whole; a
   * larger one is refused with LIMIT_EXCEEDED before it is decoded.
   */
  readonly maxTextBytes: number;
  /** Largest total of decompressed bytes from one archive, and its largest expansion ratio. */
  readonly maxArchiveBytes: number;
  readonly maxArchiveRatio: number;
  readonly maxArchiveEntries: number;
  /** How deep attachments and archives may nest. */
  readonly maxDepth: number;
  /** Most pages of one PDF read (text or OCR). */
  readonly maxPages: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 200 * 2 ** 20,
  maxTextBytes: 20 * 2 ** 20,
  maxArchiveBytes: 500 * 2 ** 20,
  maxArchiveRatio: 200,
  maxArchiveEntries: 10_000,
  maxDepth: 4,
  maxPages: 500,
};

export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  /** false turns OCR off (pages without text then come back empty, with a warning). */
  readonly ocr?: boolean;
  /** Languages to try first when OCR must guess (ISO 639-1), e.g. from the sender's State. */
  readonly ocrLanguages?: readonly string[];
}
