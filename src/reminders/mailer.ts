import nodemailer from 'nodemailer';
import type { MailConfig } from './mail-config.js';

/** Sends plain-text e-mails over SMTP: one transport, one connection reused, closed when done. */

export interface OutgoingMail {
  readonly to: string;
  readonly toName: string;
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  /** Resolves once the server has accepted the message for its recipient; rejects otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 1,
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.auth ? { auth: { user: config.auth.user, pass: config.auth.pass } } : {}),
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: config.from,
        to: { name: mail.toName, address: mail.to },
        subject: mail.subject,
        text: mail.text,
        // RFC 3834: an automatic message, so out-of-office replies are not sent back to it.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      if (info.rejected.length > 0) throw new Error(`the SMTP server refused ${mail.to}`);
    },
    close() {
      transport.close();
    },
  };
}
