import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it accepts, parsed. */

export interface ReceivedMail {
  /** The envelope recipients, lower-cased. */
  readonly to: readonly string[];
  readonly from: string;
  readonly subject: string;
  readonly text: string;
  readonly headers: ReadonlyMap<string, unknown>;
}

export interface TestSmtp {
  readonly url: string;
  readonly port: number;
  readonly received: ReceivedMail[];
  /** Addresses refused at RCPT TO (550), as a server refuses an unknown mailbox. */
  readonly refuse: Set<string>;
  /** Logins the server saw (user names). */
  readonly logins: string[];
  /** Called once per accepted message. */
  onMessage: ((mail: ReceivedMail) => void) | null;
  /** The messages to one address. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtp(credentials?: { user: string; pass: string }): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const logins: string[] = [];
  const state: { onMessage: TestSmtp['onMessage'] } = { onMessage: null };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    // Loopback in tests: no self-signed STARTTLS for the client to trip on.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (credentials && (auth.username !== credentials.user || auth.password !== credentials.pass)) return callback(new Error('invalid credentials'));
      logins.push(auth.username ?? '');
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address.toLowerCase())) return callback(Object.assign(new Error(`mailbox unavailable: ${address.address}`), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          headers: parsed.headers,
        };
        received.push(mail);
        state.onMessage?.(mail);
        callback();
      }, (e: Error) => callback(e));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const auth = credentials ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}@` : '';
  return {
    url: `smtp://${auth}127.0.0.1:${port}`,
    port,
    received,
    refuse,
    logins,
    get onMessage() { return state.onMessage; },
    set onMessage(fn) { state.onMessage = fn; },
    to: (address) => received.filter((m) => m.to.includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
