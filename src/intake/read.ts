import { open } from 'node:fs/promises';
import { isMissiveError, MissiveError } from '../domain/index.js';
import { formatBytes, overLimit, reason, unreadable, type ArchiveBudget, type ReadContext, type Reader } from './context.js';
import { detectFormat, SAMPLE_BYTES, TEXT_FORMATS } from './detect.js';
import { languageCounts, mergeCounts, rankLanguages } from './language.js';
import { failedPart, sha256Hex } from './parts.js';
import { readDocx } from './readers/docx.js';
import { readEml } from './readers/eml.js';
import { readHtml } from './readers/html.js';
import { readImage } from './readers/image.js';
import { readPdf } from './readers/pdf.js';
import { readText } from './readers/text.js';
import { readZip } from './readers/zip.js';
import { DEFAULT_LIMITS, type Format, type PageText, type ReadDocument, type ReadLimits, type ReadOptions, type ReadPart } from './types.js';

const READERS: Record<Format, Reader> = {
  text: readText,
  markdown: readText,
  html: readHtml,
  pdf: readPdf,
  docx: readDocx,
  eml: readEml,
  image: readImage,
  zip: readZip,
};

export type ReadDocumentOptions = ReadOptions & {
  /** The file's name, used in messages only (the format is found from the content). */
  readonly name?: string;
};

function tooLarge(name: string, size: number, limits: ReadLimits): MissiveError {
  return overLimit(name, `is ${formatBytes(size)}; Missive reads files of up to ${formatBytes(limits.maxFileBytes)}.`);
}

function textTooLarge(name: string, size: number, limits: ReadLimits): MissiveError {
  return overLimit(
    name,
    `is a text, HTML or e-mail file of ${formatBytes(size)}; Missive reads such files up to ${formatBytes(limits.maxTextBytes)} (larger ones are logs or exports, not correspondence).`,
  );
}

async function readWithin(bytes: Uint8Array, context: ReadContext): Promise<ReadDocument> {
  const { limits, name } = context;
  if (bytes.byteLength > limits.maxFileBytes) throw tooLarge(name, bytes.byteLength, limits);
  const detection = detectFormat(bytes, name);
  if (TEXT_FORMATS.has(detection.format) && bytes.byteLength > limits.maxTextBytes) throw textTooLarge(name, bytes.byteLength, limits);
  const reading = await READERS[detection.format](bytes, context, detection);
  const counts = reading.pages.map((page) => languageCounts(page.text));
  const pages: PageText[] = reading.pages.map((page, index) => ({
    number: index + 1,
    text: page.text,
    source: page.source,
    languages: rankLanguages(counts[index] ?? new Map()),
  }));
  return {
    format: detection.format,
    mime: detection.mime,
    pages,
    languages: rankLanguages(mergeCounts(counts)),
    parts: reading.parts ?? [],
    metadata: reading.metadata ?? {},
    warnings: reading.warnings ?? [],
  };
}

/** Errors from libraries become UNREADABLE_FILE naming the file: a reading fails in words, never with a crash. */
function asMissiveError(error: unknown, name: string): MissiveError {
  return isMissiveError(error) ? error : unreadable({ name }, `could not be read (${reason(error)}).`, error);
}

function contextFor(name: string, depth: number, limits: ReadLimits, options: ReadOptions, budget: ArchiveBudget): ReadContext {
  return {
    name,
    limits,
    ocr: options.ocr ?? true,
    ocrLanguages: options.ocrLanguages ?? [],
    depth,
    budget,
    readPart: async (partName: string, bytes: Uint8Array): Promise<ReadPart> => {
      const path = `${name}/${partName}`;
      if (depth + 1 > limits.maxDepth) {
        return failedPart(partName, overLimit(path, `is nested ${depth + 1} levels deep in attachments and archives; Missive reads ${limits.maxDepth} levels at most.`), bytes);
      }
      try {
        const document = await readWithin(bytes, contextFor(path, depth + 1, limits, options, budget));
        return { name: partName, sha256: sha256Hex(bytes), size: bytes.byteLength, bytes, result: { ok: true, document } };
      } catch (error) {
        // A spent budget stops the whole reading: an archive of bombs must not go on to the next one.
        if (budget.exhausted) throw budget.exhausted;
        return failedPart(partName, asMissiveError(error, path), bytes);
      }
    },
  };
}

function limitsOf(options: ReadOptions): ReadLimits {
  return { ...DEFAULT_LIMITS, ...options.limits };
}

/**
 * Reads a file from its bytes: detects its format from the content, extracts its text page by
 * page (OCR where there is no text), its languages, and its attachments or archive entries as
 * parts. Throws MissiveError (UNREADABLE_FILE, UNSUPPORTED_FORMAT, LIMIT_EXCEEDED) when the
 * file itself cannot be read; a part that cannot be read is kept with its error.
 */
export async function readDocument(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<ReadDocument> {
  const name = options.name ?? 'the file';
  const budget: ArchiveBudget = { bytes: 0, entries: 0 };
  try {
    return await readWithin(bytes, contextFor(name, 0, limitsOf(options), options, budget));
  } catch (error) {
    if (budget.exhausted && budget.exhausted.value !== name) {
      throw overLimit(name, `holds archives within archives past a limit, so reading stopped: ${budget.exhausted.message}`);
    }
    throw asMissiveError(error, name);
  }
}

/**
 * Reads a file from disk with bounded memory: its size is checked before anything is read, and a
 * text-like file (text, Markdown, HTML, e-mail) over maxTextBytes is refused after a look at its
 * first 64 KB, so a 100 MB log costs 64 KB, not 100 MB.
 */
export async function readFile(path: string, options: ReadDocumentOptions = {}): Promise<ReadDocument> {
  const name = options.name ?? path;
  const limits = limitsOf(options);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw unreadable({ name }, `cannot be opened (${reason(error)}).`, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw unreadable({ name }, 'is not a file.');
    if (info.size > limits.maxFileBytes) throw tooLarge(name, info.size, limits);
    if (info.size > limits.maxTextBytes) {
      const head = Buffer.alloc(Math.min(SAMPLE_BYTES, info.size));
      await handle.read(head, 0, head.length, 0);
      if (TEXT_FORMATS.has(detectFormat(head, name).format)) throw textTooLarge(name, info.size, limits);
    }
    // Exactly the size seen by stat: a file growing meanwhile cannot push past the limit.
    const bytes = Buffer.alloc(info.size);
    let filled = 0;
    while (filled < info.size) {
      const { bytesRead } = await handle.read(bytes, filled, info.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return await readDocument(bytes.subarray(0, filled), { ...options, name });
  } catch (error) {
    throw asMissiveError(error, name);
  } finally {
    await handle.close();
  }
}
