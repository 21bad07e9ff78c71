import type { Command } from 'commander';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { printResult } from './output.js';

export function registerMigrate(program: Command): void {
  withStoreOptions(program.command('migrate').description('apply pending database migrations (also done on every start)'))
    .option('--json', 'print the result as JSON')
    .action(async (options: StoreOptions & { json?: boolean }) => {
      await withContext(options, async ({ store }) => {
        const before = await store.migrationStatus();
        const after = await store.migrate();
        const applied = after.applied.filter((m) => !before.applied.includes(m));
        printResult(options.json, { database: store.kind, location: store.location, applied, current: after.applied },
          () => applied.length === 0 ? `${store.location}: up to date (${after.applied.length} migrations)` : `${store.location}: applied ${applied.join(', ')}`);
      }, { migrate: false });
    });
}
