import type { Command } from 'commander';
import { parseIsoDate, todayUtc } from '../domain/index.js';
import { requireMailConfig } from '../reminders/mail-config.js';
import { DUE_WITHIN_DAYS, sendReminders, type ReminderLog, type ReminderReport } from '../reminders/send.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { printResult } from './output.js';

interface RemindOptions extends StoreOptions {
  readonly today?: string;
  readonly dryRun: boolean;
  readonly json?: boolean;
}

/** Counts on stderr, one line each, so stdout stays for the report. */
const stderrLog: ReminderLog = {
  info: (_fields, message) => process.stderr.write(`${message}\n`),
  warn: (_fields, message) => process.stderr.write(`${message}\n`),
  error: (_fields, message) => process.stderr.write(`${message}\n`),
};

function words(report: ReminderReport): string {
  if (report.dryRun) {
    const lines = report.messages.map((m) => `  ${m.to}: ${m.subject}`);
    return [`Would send ${report.planned} reminder e-mails as of ${report.today} (${report.skipped} reminders were sent before):`, ...lines].join('\n');
  }
  const failed = report.failed.map((f) => `\n  not sent to ${f.to}: ${f.error}`).join('');
  return `Sent ${report.sent} of ${report.planned} reminder e-mails as of ${report.today} (${report.reminders} reminders recorded, ${report.skipped} sent before)${report.interrupted ? '; stopped before the rest' : ''}.${failed}`;
}

/**
 * `missive remind`: e-mails missions (about their State's letters) and the secretariat (about
 * all) the replies due within 7 days and the overdue ones, each reminder once. Through the
 * SMTP server of MISSIVE_SMTP_URL, from MISSIVE_MAIL_FROM; `serve` runs it daily by itself.
 */
export function registerRemind(program: Command): void {
  withStoreOptions(program.command('remind').description(`e-mail missions and the secretariat about replies due within ${DUE_WITHIN_DAYS} days and overdue ones (SMTP: env MISSIVE_SMTP_URL, MISSIVE_MAIL_FROM)`))
    .option('--today <date>', 'the day the reminders are for (default: today, UTC)')
    .option('--dry-run', 'show who would get which reminder; send and record nothing', false)
    .option('--json', 'print the report as JSON')
    .action(async (options: RemindOptions) => {
      const today = options.today ? parseIsoDate(options.today, '--today') : todayUtc();
      const mail = options.dryRun ? null : requireMailConfig();
      await withContext(options, async ({ store }) => {
        const report = await sendReminders(store, { today, dryRun: options.dryRun, mail, log: stderrLog });
        printResult(options.json, report, () => words(report));
        if (report.failed.length > 0) process.exitCode = 2;
      });
    });
}
