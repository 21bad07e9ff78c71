import { createHash } from 'node:crypto';
import type { RenderedDocument } from '../render/index.js';
import { coveringMessage } from './covering.js';
import {
  addressHeader, base64Lines, fileParameter, formatMailbox, genevaOffsetMinutes, quotedPrintable, rfc5322Date,
  unstructuredHeader, type Mailbox,
} from './mime.js';

export type { Mailbox } from './mime.js';

export interface EmlAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface EmlMeta {
  readonly from: Mailbox | string;
  readonly to: Mailbox | string | readonly (Mailbox | string)[];
  readonly cc?: readonly (Mailbox | string)[];
  /** By default the covering message's subject, in the document's language. */
  readonly subject?: string;
  /** When it was sent: a Date, an ISO date-time, or YYYY-MM-DD (then 10:00 in Geneva). */
  readonly date: Date | string;
  readonly attachments: readonly EmlAttachment[];
  /** The message text; by default a short covering note in the document's language. */
  readonly body?: string;
  /** Mentioned by the default covering text. */
  readonly noteNumber?: string;
  readonly reference?: string;
  /** Offset of the Date header from UTC in minutes; by default Geneva's (CET/CEST). */
  readonly utcOffsetMinutes?: number;
}

const CRLF = '\r\n';

function instantOf(date: Date | string): Date {
  if (date instanceof Date) return date;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const noonish = new Date(`${date}T10:00:00Z`);
    return new Date(noonish.getTime() - genevaOffsetMinutes(noonish) * 60_000);
  }
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`renderEml: "${date}" is not a date`);
  return parsed;
}

function domainOf(mailbox: Mailbox | string): string {
  const address = typeof mailbox === 'string' ? mailbox : mailbox.address;
  return /@([^>\s]+)/.exec(address)?.[1] ?? 'missive.invalid';
}

/**
 * An RFC 5322 message as a mission's mail client sends a note: multipart/mixed with a short
 * text/plain body (UTF-8, quoted-printable) and the note attached (base64). Deterministic:
 * the boundary and Message-ID are derived from the content.
 */
export function renderEml(doc: RenderedDocument, meta: EmlMeta): Buffer {
  const covering = coveringMessage(doc, {
    ...(meta.noteNumber === undefined ? {} : { noteNumber: meta.noteNumber }),
    ...(meta.reference === undefined ? {} : { reference: meta.reference }),
  });
  const subject = meta.subject ?? covering.subject;
  const body = meta.body ?? covering.body;
  const instant = instantOf(meta.date);
  const to = Array.isArray(meta.to) ? (meta.to as readonly (Mailbox | string)[]) : [meta.to as Mailbox | string];
  const hash = createHash('sha256').update(`${formatMailbox(meta.from)}\u0000${subject}\u0000${instant.toISOString()}\u0000${body}`);
  for (const a of meta.attachments) hash.update(a.filename).update(a.bytes);
  const digest = hash.digest('hex');
  const boundary = `----=_Part_${digest.slice(0, 24)}`;

  const headers = [
    addressHeader('From', [meta.from]),
    addressHeader('To', to),
    ...(meta.cc && meta.cc.length > 0 ? [addressHeader('Cc', meta.cc)] : []),
    unstructuredHeader('Subject', subject),
    `Date: ${rfc5322Date(instant, meta.utcOffsetMinutes ?? genevaOffsetMinutes(instant))}`,
    `Message-ID: <${digest.slice(24, 48)}@${domainOf(meta.from)}>`,
    'MIME-Version: 1.0',
    'X-Mailer: Missive demo',
    `Content-Type: multipart/mixed;${CRLF} boundary="${boundary}"`,
  ];
  const parts = [
    ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(body)].join(CRLF),
    ...meta.attachments.map((a) => [
      `Content-Type: ${a.contentType};${CRLF} ${fileParameter('name', a.filename)}`,
      `Content-Disposition: attachment;${CRLF} ${fileParameter('filename', a.filename)}`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(a.bytes),
    ].join(CRLF)),
  ];
  const message = [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.map((part) => `--${boundary}${CRLF}${part}`),
    `--${boundary}--`,
    '',
  ].join(CRLF);
  return Buffer.from(message, 'utf8');
}
