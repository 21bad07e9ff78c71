import { MissiveError } from '../domain/index.js';
import { redactUrl } from '../config.js';

/**
 * Where reminders are sent from, read from the environment and checked at the edge:
 * MISSIVE_SMTP_URL (`smtp://user:password@host:587`, STARTTLS when the server offers it, or
 * `smtps://…:465`, TLS from the start) and MISSIVE_MAIL_FROM (`missive@example.org` or
 * `Missive <missive@example.org>`). No message ever shows the password.
 */

export interface MailConfig {
  readonly host: string;
  readonly port: number;
  /** TLS from the start (smtps); otherwise STARTTLS is used when the server offers it. */
  readonly secure: boolean;
  readonly auth: { readonly user: string; readonly pass: string } | null;
  /** The sender as written in MISSIVE_MAIL_FROM. */
  readonly from: string;
  /** The SMTP URL without its password, for logs. */
  readonly display: string;
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const NAMED_ADDRESS = /^[^<>]*<([^<>]+)>$/;
const EXAMPLE_URL = 'smtp://user:password@mail.example.org:587';

/** The value with everything before the last `@` (user and password) masked: safe to show whatever it is. */
function masked(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/*)?.*@/i, '$1***@');
}

function smtpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MissiveError('CONFIGURATION', `MISSIVE_SMTP_URL: "${masked(value)}" is not a URL such as ${EXAMPLE_URL}`, { field: 'MISSIVE_SMTP_URL', value: masked(value) });
  }
  const shown = masked(value);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new MissiveError('CONFIGURATION', `MISSIVE_SMTP_URL: "${shown}" must start with smtp:// (STARTTLS when offered) or smtps:// (TLS), e.g. ${EXAMPLE_URL}`, { field: 'MISSIVE_SMTP_URL', value: shown });
  }
  if (url.hostname === '') throw new MissiveError('CONFIGURATION', `MISSIVE_SMTP_URL: "${shown}" names no host, e.g. ${EXAMPLE_URL}`, { field: 'MISSIVE_SMTP_URL', value: shown });
  if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '') {
    throw new MissiveError('CONFIGURATION', `MISSIVE_SMTP_URL: "${shown}" has a path or query; only smtp[s]://[user:password@]host[:port] is understood`, { field: 'MISSIVE_SMTP_URL', value: shown });
  }
  return url;
}

function mailFrom(value: string | undefined): string {
  const from = value?.trim() ?? '';
  if (from === '') throw new MissiveError('CONFIGURATION', 'MISSIVE_MAIL_FROM: set the address reminders are sent from, e.g. "Missive <missive@example.org>"', { field: 'MISSIVE_MAIL_FROM' });
  const address = NAMED_ADDRESS.exec(from)?.[1]?.trim() ?? from;
  if (!ADDRESS.test(address)) throw new MissiveError('CONFIGURATION', `MISSIVE_MAIL_FROM: "${from}" is not an e-mail address (missive@example.org or Name <missive@example.org>)`, { field: 'MISSIVE_MAIL_FROM', value: from });
  return from;
}

/** The mail configuration, or null when MISSIVE_SMTP_URL is not set (reminders are then off). */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const value = env.MISSIVE_SMTP_URL?.trim() ?? '';
  if (value === '') return null;
  const url = smtpUrl(value);
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    auth: user === '' ? null : { user, pass: decodeURIComponent(url.password) },
    from: mailFrom(env.MISSIVE_MAIL_FROM),
    display: redactUrl(value),
  };
}

/** The mail configuration, which must be there: sending reminders needs it. */
export function requireMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const config = mailConfigFromEnv(env);
  if (config === null) throw new MissiveError('CONFIGURATION', `MISSIVE_SMTP_URL: set the SMTP server reminders go through, e.g. ${EXAMPLE_URL} (and MISSIVE_MAIL_FROM)`, { field: 'MISSIVE_SMTP_URL' });
  return config;
}
