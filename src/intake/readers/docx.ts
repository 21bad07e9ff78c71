import mammoth from 'mammoth';
import { reason, unreadable, type Reader } from '../context.js';
import { listZipDirectory, readSmallMember } from '../zip-directory.js';
import { normalizeNewlines } from './text.js';
import { checkArchiveLimits } from './zip.js';

/** Core properties are a few hundred bytes; anything larger is not worth reading for a title. */
const MAX_PROPERTIES_BYTES = 256 * 1024;

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

function titleOf(bytes: Uint8Array): string | undefined {
  const entry = listZipDirectory(bytes)?.find((candidate) => candidate.name === 'docProps/core.xml');
  const xml = entry ? readSmallMember(bytes, entry, MAX_PROPERTIES_BYTES) : null;
  if (!xml) return undefined;
  const raw = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(new TextDecoder().decode(xml))?.[1];
  const title = raw === undefined ? '' : decodeXmlText(raw).trim();
  return title === '' ? undefined : title;
}

/**
 * Word (DOCX): the text of its paragraphs (mammoth), title from its core properties. mammoth
 * inflates the whole package in memory, so the package is first checked against the archive
 * limits by streaming through it.
 */
export const readDocx: Reader = async (bytes, context) => {
  await checkArchiveLimits(bytes, context);
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    throw unreadable(context, `is a damaged Word document (${reason(error)}).`, error);
  }
  const text = normalizeNewlines(value).replace(/\n{3,}/g, '\n\n').trim();
  const title = titleOf(bytes);
  return { pages: [{ text, source: 'text' }], metadata: title ? { title } : {}, warnings: text === '' ? ['The document holds no text.'] : [] };
};
