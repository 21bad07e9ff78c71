/**
 * Text for XML and HTML content and attribute values. Characters XML 1.0 forbids (C0 controls
 * other than tab and line breaks, lone surrogates, U+FFFE/FFFF) are dropped, not escaped:
 * no escape makes them legal.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
