/**
 * Bytes to text for the text-like formats (plain text, Markdown, HTML, e-mail). UTF-8 and UTF-16
 * with a byte-order mark are read as such; bytes that are not valid UTF-8 but look like text are
 * read as Windows-1252 (the usual encoding of older Western European files, and a superset of
 * Latin-1) with a warning, because refusing them would lose letters that are readable but for a
 * few accented characters. Anything with NUL bytes or many control characters is not text.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Set when the bytes were not what they should be (e.g. not valid UTF-8). */
  readonly warning?: string;
}

/** Share of control characters above which decoded bytes are taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || (code >= 0x7f && code < 0xa0);
    if (isControl) controls += 1;
  }
  return controls / text.length;
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The longest prefix of `bytes`, at most `max` long, that does not end inside a UTF-8 sequence,
 * so a sample cut from a large file still decodes when the file is valid UTF-8.
 */
export function utf8Prefix(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  // Step back over continuation bytes (10xxxxxx) and the lead byte they belong to.
  for (let back = 0; back < 4 && end > 0; back += 1) {
    const byte = bytes[end - 1] ?? 0;
    if (byte < 0x80) break;
    end -= 1;
    if (byte >= 0xc0) break;
  }
  return bytes.subarray(0, end);
}

/** 0x80–0x9F in Windows-1252 (undefined bytes keep their C1 code, which counts as a control character). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes it as ISO-8859-1, turning
 * curly quotes and dashes (0x91–0x97) into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/** The text of `bytes`, or null when they are not text (binary data, or UTF-16 without a BOM). */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
    const text = decodeStrict(even, encoding);
    if (text === null || controlShare(text) > MAX_CONTROL_SHARE) return null;
    return { text, encoding };
  }
  if (bytes.includes(0)) return null;
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return controlShare(utf8) > MAX_CONTROL_SHARE ? null : { text: utf8, encoding: 'utf-8' };
  const legacy = decodeWindows1252(bytes);
  if (controlShare(legacy) > MAX_CONTROL_SHARE) return null;
  return {
    text: legacy,
    encoding: 'windows-1252',
    warning: 'The text is not valid UTF-8; it was read as Windows-1252 (Western European), so some characters may be wrong.',
  };
}
