import { convert, type HtmlToTextOptions } from 'html-to-text';
import type { ReadContext, Reader } from '../context.js';
import { decodeWindows1252 } from '../text-decode.js';
import { decodeOrFail, normalizeNewlines } from './text.js';

const SKIPPED = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'img', 'head'];

function options(maxInputLength: number): HtmlToTextOptions {
  return {
    wordwrap: false,
    // Past this nesting the content is dropped: deeper pages are hostile, and html-to-text recurses.
    limits: { maxInputLength, maxDepth: 500 },
    selectors: [
      ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      // Headings keep their case: a reference such as "AL PRK 1/2024" must stay as written.
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    ],
  };
}

/** Labels that mean Windows-1252 for HTML (WHATWG Encoding), which Node's TextDecoder gets wrong. */
const WESTERN = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii']);

/** Windows-1252 and friends still appear in HTML mail and older pages; the meta tag says which. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decodeHtml(bytes: Uint8Array, context: ReadContext): { html: string; warning?: string } {
  const charset = declaredCharset(bytes);
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (charset && !hasBom && WESTERN.has(charset)) return { html: decodeWindows1252(bytes) };
  if (charset && !hasBom && !['utf-8', 'utf8'].includes(charset)) {
    try {
      return { html: new TextDecoder(charset).decode(bytes) };
    } catch {
      // An unknown label: fall through to UTF-8 with its Windows-1252 fallback.
    }
  }
  const decoded = decodeOrFail(bytes, context);
  return decoded.warning ? { html: decoded.text, warning: decoded.warning } : { html: decoded.text };
}

/** The title element's text, entities decoded. */
function titleOf(html: string): string | undefined {
  const raw = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html.slice(0, 100_000))?.[1];
  if (raw === undefined) return undefined;
  const title = convert(raw, { wordwrap: false }).replace(/\s+/g, ' ').trim();
  return title === '' ? undefined : title;
}

/** The visible text of an HTML document: no scripts, styles or embedded objects. */
export function htmlToText(html: string, maxInputLength: number): string {
  return normalizeNewlines(convert(html, options(maxInputLength))).trim();
}

/** HTML: visible text only, title from <title>. */
export const readHtml: Reader = async (bytes, context) => {
  const { html, warning } = decodeHtml(bytes, context);
  const text = htmlToText(html, context.limits.maxTextBytes);
  const title = titleOf(html);
  const warnings = warning ? [warning] : [];
  if (text === '') warnings.push('The page holds no visible text.');
  return { pages: [{ text, source: 'text' }], metadata: title ? { title } : {}, warnings };
};
