import { MissiveError } from '../domain/index.js';
import type { Detection } from './detect.js';
import type { ReadDocument, ReadLimits, ReadPart } from './types.js';

/**
 * What a reader knows besides the bytes: the file's name for messages, the limits, the OCR
 * settings, how deep it sits in containers, the budget shared by every archive of one reading,
 * and a way to read the files it contains (given by the dispatcher, so readers do not import it).
 */
export interface ReadContext {
  /** The file's path for messages: "mail.eml/scans.zip/page-1.png". */
  readonly name: string;
  readonly limits: ReadLimits;
  readonly ocr: boolean;
  readonly ocrLanguages: readonly string[];
  /** 0 for the file given to readDocument, 1 for its attachments or entries, and so on. */
  readonly depth: number;
  readonly budget: ArchiveBudget;
  readPart(name: string, bytes: Uint8Array): Promise<ReadPart>;
}

/**
 * Decompressed bytes and archive entries spent so far by one reading, across nested archives,
 * so that an archive of archives cannot multiply the limits.
 */
export interface ArchiveBudget {
  bytes: number;
  entries: number;
  /** Set once the budget is spent: the whole reading stops, not just the archive at hand. */
  exhausted?: MissiveError;
}

/** A page as a reader finds it; the dispatcher adds its number and languages. */
export interface PageDraft {
  readonly text: string;
  readonly source: 'text' | 'ocr';
}

/** What a reader returns; format, mime and languages are the dispatcher's. */
export interface Reading {
  readonly pages: readonly PageDraft[];
  readonly parts?: readonly ReadPart[];
  readonly metadata?: ReadDocument['metadata'];
  readonly warnings?: readonly string[];
}

export type Reader = (bytes: Uint8Array, context: ReadContext, detection: Detection) => Promise<Reading>;

/** `what` completes "<name> …", e.g. "is encrypted: Missive cannot read it without its password." */
export function unreadable(context: Pick<ReadContext, 'name'>, what: string, cause?: unknown): MissiveError {
  return new MissiveError('UNREADABLE_FILE', `${context.name} ${what}`, { value: context.name, cause });
}

export function overLimit(name: string, what: string): MissiveError {
  return new MissiveError('LIMIT_EXCEEDED', `${name} ${what}`, { value: name });
}

/** A cause's message in words, for errors that wrap a library's. */
export function reason(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(bytes >= 10 * 2 ** 20 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
