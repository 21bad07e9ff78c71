import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Command } from 'commander';
import { parseIsoDate, todayUtc } from '../domain/index.js';
import { publicDataset } from '../public/dataset.js';
import { RANK_WINDOW } from '../search/service.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { startProgress } from './progress.js';
import { updateSearchIndex } from './search-index.js';

interface ExportOptions extends StoreOptions {
  readonly out?: string;
  readonly today?: string;
}

/**
 * `missive export`: the open dataset (every public communication and reply, as published) as
 * JSON Lines, to stdout or a file. A file is written under a temporary name and renamed when
 * complete, so an interrupted export never leaves a truncated file under the name asked for.
 */
export function registerExport(program: Command): void {
  withStoreOptions(program.command('export').description('write the open dataset: every public communication and reply, as JSON Lines'))
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--today <date>', 'the day the snapshot is taken (what is public then)')
    .action(async (options: ExportOptions) => {
      await withContext(options, async ({ store, reference }) => {
        const today = options.today ? parseIsoDate(options.today, '--today') : todayUtc();
        await updateSearchIndex(store, { quiet: options.out === undefined });
        const temporary = options.out === undefined ? null : `${options.out}.${process.pid}.partial`;
        const out = temporary === null ? process.stdout : createWriteStream(temporary, { flags: 'wx' });
        const { total } = await store.search.run({
          plan: { match: null, matchKind: null, where: null }, viewer: { role: 'public' }, today, sort: 'date', limit: 1, after: null, facets: [], count: true, window: RANK_WINDOW,
        });
        const progress = startProgress('exporting', total ?? 0);
        let written = 0;
        try {
          for await (const record of publicDataset(store, reference, today)) {
            if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
            written++;
            progress.advance();
          }
          if (temporary !== null && options.out !== undefined) {
            out.end();
            await once(out, 'finish');
            await rename(temporary, options.out);
          }
        } catch (e) {
          if (temporary !== null) await rm(temporary, { force: true });
          throw e;
        } finally {
          progress.stop();
        }
        if (options.out !== undefined) process.stderr.write(`Exported ${written} public records to ${options.out}\n`);
      });
    });
}
