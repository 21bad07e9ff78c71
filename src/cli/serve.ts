import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import pino from 'pino';
import { openContext, withStoreOptions, type StoreOptions } from './context.js';
import { DEFAULT_SEED_NOTE, loadDemo } from './demo.js';
import { keepSearchIndexCurrent, updateSearchIndex } from './search-index.js';
import { buildServer } from '../web/server.js';
import { startReminderSchedule } from '../reminders/schedule.js';
import { IntakeQueue } from '../workspace/intake.js';
import { watchIntakeFolder } from '../workspace/intake-folder.js';
import { todayUtc } from '../domain/index.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a TCP port (0–65535).`);
  return n;
}

export function registerServe(program: Command): void {
  withStoreOptions(program.command('serve').description('serve Missive over HTTP'))
    .option('--port <port>', 'TCP port', port, Number(process.env.PORT ?? 8080))
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--demo-if-empty', 'load the demo corpus first when the database holds no communication', false)
    .option('--demo-size <n>', 'size of that demo corpus', (v) => Number(v), 2000)
    .option('--intake-dir <dir>', 'a watched folder (or mail-drop directory): files put there become replies awaiting review (env MISSIVE_INTAKE_DIR)', process.env.MISSIVE_INTAKE_DIR)
    .action(async (options: StoreOptions & { port: number; host: string; demoIfEmpty: boolean; demoSize: number; intakeDir?: string }) => {
      const log = pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(2));
      const ctx = await openContext(options);
      if (options.demoIfEmpty && (await ctx.store.communications.count({ viewer: { role: 'admin' }, today: todayUtc() })) === 0) {
        log.info({ size: options.demoSize }, 'empty database: loading the demo corpus');
        const report = await loadDemo(ctx, { size: options.demoSize, seed: '1', pdf: false, seedNote: DEFAULT_SEED_NOTE, link: true });
        log.info(report, 'demo corpus loaded');
      }
      await updateSearchIndex(ctx.store);
      const indexing = keepSearchIndexCurrent(ctx.store, (error: unknown) => log.error({ err: error }, 'search indexing failed; will retry'));
      // Reminders by e-mail, when MISSIVE_SMTP_URL is set (a bad setting stops the start here, naming it).
      const stopReminders = startReminderSchedule(ctx, log);
      const stopFolder = options.intakeDir ? watchIntakeFolder(ctx.store, new IntakeQueue(ctx.store, ctx.reference, ctx.blobs), options.intakeDir, log) : async () => {};
      const app = buildServer({ store: ctx.store, blobs: ctx.blobs, reference: ctx.reference });
      const close = async () => {
        await stopReminders();
        await stopFolder();
        await indexing.stop();
        await app.close();
        await ctx.store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      const address = await app.listen({ port: options.port, host: options.host });
      log.info({ address, database: ctx.store.location }, `Missive is serving on ${address}`);
    });
}
