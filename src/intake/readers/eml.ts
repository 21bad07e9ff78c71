import { simpleParser, type AddressObject } from 'mailparser';
import { reason, unreadable, type Reader } from '../context.js';
import type { ReadPart } from '../types.js';
import { htmlToText } from './html.js';
import { normalizeNewlines } from './text.js';

function addresses(value: AddressObject | AddressObject[] | undefined): string | undefined {
  if (!value) return undefined;
  const text = (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ').trim();
  return text === '' ? undefined : text;
}

/**
 * E-mail (RFC 5322, MIME): headers to metadata, the plain-text body (or the HTML body's visible
 * text) as the document's text, and every attachment read in turn as a part.
 */
export const readEml: Reader = async (bytes, context) => {
  let mail;
  try {
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true,
    });
  } catch (error) {
    throw unreadable(context, `is a damaged e-mail (${reason(error)}).`, error);
  }
  const body = mail.text?.trim() ? normalizeNewlines(mail.text).trim() : typeof mail.html === 'string' ? htmlToText(mail.html, context.limits.maxTextBytes) : '';
  const date = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : undefined;
  const metadata = { from: addresses(mail.from), to: addresses(mail.to), subject: mail.subject?.trim() || undefined, date };
  const parts: ReadPart[] = [];
  for (const [index, attachment] of mail.attachments.entries()) {
    const name = attachment.filename?.trim() || `attachment-${index + 1}`;
    parts.push(await context.readPart(name, new Uint8Array(attachment.content.buffer, attachment.content.byteOffset, attachment.content.byteLength)));
  }
  const warnings = body === '' ? ['The e-mail has no text body.'] : [];
  return {
    pages: [{ text: body, source: 'text' }],
    parts,
    metadata: Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)),
    warnings,
  };
};
