import { Cron } from 'croner';
import { MissiveError, todayUtc } from '../domain/index.js';
import type { Store } from '../store/ports.js';
import { mailConfigFromEnv } from './mail-config.js';
import { sendReminders, type ReminderLog } from './send.js';

/**
 * Reminders inside `missive serve`: a daily run at MISSIVE_REMINDER_CRON (UTC, `0 6 * * *` by
 * default), off when MISSIVE_SMTP_URL is unset. A run never overlaps the previous one; one that
 * fails is logged and the next one catches up.
 */

export const DEFAULT_REMINDER_CRON = '0 6 * * *';

/** Starts the schedule; the returned function stops it and waits for a run in progress to finish its current e-mail. */
export function startReminderSchedule(ctx: { readonly store: Store }, log: ReminderLog, env: NodeJS.ProcessEnv = process.env): () => Promise<void> {
  const mail = mailConfigFromEnv(env);
  if (mail === null) {
    log.info({}, 'reminders are off: MISSIVE_SMTP_URL is not set');
    return async () => {};
  }
  const pattern = env.MISSIVE_REMINDER_CRON?.trim() || DEFAULT_REMINDER_CRON;
  const stopping = new AbortController();
  let running: Promise<void> = Promise.resolve();
  const run = async (): Promise<void> => {
    try {
      await sendReminders(ctx.store, { today: todayUtc(), mail, log, signal: stopping.signal });
    } catch (e) {
      log.error({ err: e }, 'reminders: the run failed; the next run will try again');
    }
  };
  let job: Cron;
  try {
    job = new Cron(pattern, { timezone: 'Etc/UTC', protect: true }, () => {
      running = run();
      return running;
    });
  } catch (e) {
    throw new MissiveError('CONFIGURATION', `MISSIVE_REMINDER_CRON: "${pattern}" is not a cron pattern such as "${DEFAULT_REMINDER_CRON}" (${e instanceof Error ? e.message : String(e)})`, { field: 'MISSIVE_REMINDER_CRON', value: pattern, cause: e });
  }
  log.info({ cron: pattern, next: job.nextRun()?.toISOString() ?? null, smtp: mail.display }, `reminders scheduled at "${pattern}" (UTC) through ${mail.display}`);
  return async () => {
    job.stop();
    stopping.abort();
    await running;
  };
}
