/**
 * The encodings of Internet mail, written by hand because they are short and a demo fixture
 * should show exactly what is on the wire: RFC 2045 quoted-printable and base64 bodies,
 * RFC 2047 encoded words, RFC 2231 parameters, RFC 5322 dates.
 */

const CRLF = '\r\n';

/** Base64 in lines of 76 characters. */
export function base64Lines(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF);
}

const hex = (byte: number): string => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** One line's bytes, then soft line breaks (`=`) so no output line passes 76 characters. */
function qpLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const tokens: string[] = [];
  bytes.forEach((byte, i) => {
    const last = i === bytes.length - 1;
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    tokens.push(literal ? String.fromCharCode(byte) : hex(byte));
  });
  const out: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current.length + token.length > 75) {
      out.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Quoted-printable of UTF-8 text, with CRLF line ends (the text's own lines are hard breaks). */
export function quotedPrintable(text: string): string {
  return text.replace(/\r\n/g, '\n').split('\n').map(qpLine).join(CRLF);
}

const isAscii = (text: string): boolean => /^[\x20-\x7E]*$/.test(text);

/** RFC 2047 `B` words of at most 39 bytes of UTF-8 each (whole characters), so each folded line stays short. */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  const flush = (): void => {
    if (chunk !== '') words.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
    chunk = '';
  };
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 39) flush();
    chunk += ch;
  }
  flush();
  return words;
}

/** An unstructured header (Subject): ASCII folded at spaces, anything else as encoded words. */
export function unstructuredHeader(name: string, value: string): string {
  if (!isAscii(value)) return `${name}: ${encodedWords(value).join(`${CRLF} `)}`;
  const lines: string[] = [];
  let current = `${name}:`;
  for (const word of value.split(' ')) {
    if (current.length + 1 + word.length > 78 && current.length > name.length + 1) {
      lines.push(current);
      current = '';
    }
    current += ` ${word}`;
  }
  lines.push(current);
  return lines.join(CRLF);
}

export interface Mailbox {
  readonly name?: string;
  readonly address: string;
}

/** `"Name" <address>`, the name quoted when it has specials and encoded when it is not ASCII. */
export function formatMailbox(mailbox: Mailbox | string): string {
  if (typeof mailbox === 'string') return mailbox;
  const { name, address } = mailbox;
  if (name === undefined || name === '') return `<${address}>`;
  if (!isAscii(name)) return `${encodedWords(name).join(`${CRLF} `)}${CRLF} <${address}>`;
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(name)) return `${name} <${address}>`;
  return `"${name.replace(/["\\]/g, (c) => `\\${c}`)}" <${address}>`;
}

/** A header holding several mailboxes, one per folded line. */
export function addressHeader(name: string, mailboxes: readonly (Mailbox | string)[]): string {
  return `${name}: ${mailboxes.map(formatMailbox).join(`,${CRLF} `)}`;
}

/**
 * A `filename`/`name` parameter: plain when ASCII; otherwise RFC 2231 (`filename*=UTF-8''…`)
 * for `filename` and an encoded word for `name`, as common mailers write both.
 */
export function fileParameter(param: 'filename' | 'name', value: string): string {
  if (isAscii(value) && !/["\\]/.test(value)) return `${param}="${value}"`;
  if (param === 'name') return `name="${encodedWords(value).join(' ')}"`;
  const encoded = [...Buffer.from(value, 'utf8')].map((b) => (/[A-Za-z0-9.\-_~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  return `filename*=UTF-8''${encoded}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Last Sunday of a month, as a UTC day number in that month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Geneva's offset from UTC in minutes: CEST from the last Sunday of March to that of October, 01:00 UTC. */
export function genevaOffsetMinutes(instant: Date): number {
  const year = instant.getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 2), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 9), 1);
  const t = instant.getTime();
  return t >= start && t < end ? 120 : 60;
}

/** RFC 5322 date-time in the given offset, e.g. `Thu, 16 May 2024 10:23:00 +0200`. */
export function rfc5322Date(instant: Date, offsetMinutes: number): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${DAYS[local.getUTCDay()]}, ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} `
    + `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
