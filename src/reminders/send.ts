import { MissiveError, type IsoDate } from '../domain/index.js';
import type { Store } from '../store/ports.js';
import { loadPlanInput } from './load.js';
import type { MailConfig } from './mail-config.js';
import { smtpMailer } from './mailer.js';
import { planReminders, remindersOf, type ReminderMessage } from './plan.js';

/**
 * The reminder job: plans who hears about which reply, sends each e-mail, and only once the
 * SMTP server has accepted it records its reminders as sent and audits them, in one
 * transaction. A crash or stop mid-run therefore loses nothing: what was recorded is never
 * sent again, and the next run sends what was not. A refused recipient is reported and the
 * others still get theirs.
 */

export const DUE_WITHIN_DAYS = 7;

/** Counts and failures go to a log (pino's Logger fits). */
export interface ReminderLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface ReminderRunOptions {
  readonly today: IsoDate;
  /** Plans and reports, sends and records nothing. */
  readonly dryRun?: boolean;
  /** Needed unless dryRun. */
  readonly mail?: MailConfig | null;
  readonly log?: ReminderLog;
  /** Stops the run before its next e-mail (the one being sent is finished and recorded). */
  readonly signal?: AbortSignal;
}

export interface ReminderOutcome {
  readonly to: string;
  readonly subject: string;
  readonly due: readonly string[];
  readonly overdue: readonly string[];
  readonly status: 'sent' | 'failed' | 'planned' | 'not-sent';
  readonly error?: string;
}

export interface ReminderReport {
  readonly today: IsoDate;
  readonly dryRun: boolean;
  /** E-mails the plan holds (what a dry run would send). */
  readonly planned: number;
  /** E-mails the SMTP server accepted. */
  readonly sent: number;
  /** Reminders (one communication, one kind, one address) recorded by this run. */
  readonly reminders: number;
  /** Reminders left out because they were sent before. */
  readonly skipped: number;
  readonly failed: readonly { readonly to: string; readonly error: string }[];
  /** True when the run was stopped before every e-mail was tried. */
  readonly interrupted: boolean;
  readonly messages: readonly ReminderOutcome[];
}

const emails = (n: number): string => `${n} e-mail${n === 1 ? '' : 's'}`;

const SILENT: ReminderLog = { info: () => {}, warn: () => {}, error: () => {} };

function outcome(message: ReminderMessage, status: ReminderOutcome['status'], error?: string): ReminderOutcome {
  return {
    to: message.to, subject: message.subject, due: message.due.map((p) => p.reference), overdue: message.overdue.map((p) => p.reference), status,
    ...(error === undefined ? {} : { error }),
  };
}

/** Records a sent message's reminders and one audit entry per reminder, all or none. */
async function record(store: Store, message: ReminderMessage, today: IsoDate): Promise<number> {
  return store.transaction(async (tx) => {
    const added = await tx.reminders.markSent(remindersOf(message));
    for (const p of [...message.due, ...message.overdue]) {
      await tx.audit.append({
        actor: 'system', action: 'reminder.send', subjectKind: 'communication', subjectId: p.reference, before: null,
        after: { kind: p.kind, recipient: message.to, dueOn: p.dueOn, today, subject: message.subject },
      });
    }
    return added;
  });
}

export async function sendReminders(store: Store, options: ReminderRunOptions): Promise<ReminderReport> {
  const log = options.log ?? SILENT;
  const dryRun = options.dryRun === true;
  const mail = options.mail ?? null;
  if (!dryRun && mail === null) throw new MissiveError('CONFIGURATION', 'MISSIVE_SMTP_URL: sending reminders needs an SMTP server (or use a dry run)', { field: 'MISSIVE_SMTP_URL' });
  const input = await loadPlanInput(store, options.today, DUE_WITHIN_DAYS);
  const plan = planReminders(input);
  const dueCount = input.pending.filter((p) => p.kind === 'due').length;
  log.info({ today: options.today, due: dueCount, overdue: input.pending.length - dueCount, emails: plan.messages.length, alreadySent: plan.skipped, dryRun },
    `reminders: ${emails(plan.messages.length)} to send as of ${options.today}`);
  const base = { today: options.today, dryRun, planned: plan.messages.length, skipped: plan.skipped };
  if (dryRun || mail === null || plan.messages.length === 0) {
    const planned = plan.messages.map((m) => outcome(m, 'planned'));
    return { ...base, sent: 0, reminders: 0, failed: [], interrupted: false, messages: planned };
  }
  const mailer = smtpMailer(mail);
  const outcomes: ReminderOutcome[] = [];
  let reminders = 0;
  let interrupted = false;
  try {
    for (const message of plan.messages) {
      if (options.signal?.aborted) {
        interrupted = true;
        outcomes.push(outcome(message, 'not-sent'));
        continue;
      }
      try {
        await mailer.send({ to: message.to, toName: message.toName, subject: message.subject, text: message.text });
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        log.warn({ to: message.to, error }, `reminders: the e-mail to ${message.to} was not sent; the next run tries again`);
        outcomes.push(outcome(message, 'failed', error));
        continue;
      }
      reminders += await record(store, message, options.today);
      outcomes.push(outcome(message, 'sent'));
    }
  } finally {
    mailer.close();
  }
  const failed = outcomes.flatMap((o) => (o.status === 'failed' ? [{ to: o.to, error: o.error ?? '' }] : []));
  const sent = outcomes.filter((o) => o.status === 'sent').length;
  log.info({ sent, reminders, failed: failed.length, alreadySent: plan.skipped, interrupted }, `reminders: ${emails(sent)} sent, ${failed.length} failed${interrupted ? ', stopped before the rest' : ''}`);
  return { ...base, sent, reminders, failed, interrupted, messages: outcomes };
}
