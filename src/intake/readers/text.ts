import { unreadable, type ReadContext, type Reader } from '../context.js';
import { decodeText, type DecodedText } from '../text-decode.js';

/** CRLF and lone CR (old Mac files) become LF; the BOM is gone already (the decoder drops it). */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function decodeOrFail(bytes: Uint8Array, context: ReadContext): DecodedText {
  const decoded = decodeText(bytes);
  if (decoded === null) throw unreadable(context, 'looks like text at its start but holds binary data further on.');
  return decoded;
}

/** Plain text and Markdown: the text as written (Markdown marks such as `**0024**` are kept). */
export const readText: Reader = async (bytes, context) => {
  const decoded = decodeOrFail(bytes, context);
  const text = normalizeNewlines(decoded.text);
  const warnings = decoded.warning ? [decoded.warning] : [];
  if (text.trim() === '') warnings.push('The file holds no text.');
  return { pages: [{ text, source: 'text' }], warnings };
};
