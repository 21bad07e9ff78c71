import type { Command } from 'commander';
import { parseIsoDate, todayUtc } from '../domain/index.js';
import { statistics } from '../stats/service.js';
import { statisticsCsv } from '../stats/csv.js';
import { oneOf, statisticsFilter } from '../stats/filter.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { parseViewer } from './search.js';

type Options = StoreOptions & { state?: string; mandate?: string; type?: string; from?: string; to?: string; addressee?: string; groupBy: string; format: string; today?: string; as: string };

/**
 * `missive stats`: every figure of docs/statistics.md over any filter, by year, by Council session
 * or for the whole set, as a viewer may see the records on a day (the public by default), as JSON
 * or CSV. The same checks and the same CSV as `/api/v1/statistics`.
 */
export function registerStats(program: Command): void {
  withStoreOptions(program.command('stats').description('statistics over any filter (docs/statistics.md), by year, session or for the whole set, as JSON or CSV'))
    .option('--state <ISO3>', 'addressed to this State (or OTH: non-State actors)')
    .option('--mandate <id>', 'signed by this mandate, alone or jointly')
    .option('--type <type>', 'UA, AL or OL (joint types of the older practice count as their base type)')
    .option('--from <date>', 'sent on or after this day')
    .option('--to <date>', 'sent on or before this day')
    .option('--addressee <kind>', 'state or non-state: at least one addressee of that kind')
    .option('--group-by <grouping>', 'year, session or none', 'year')
    .option('--format <format>', 'json or csv', 'json')
    .option('--today <date>', 'as the records are on this day (default: today)')
    .option('--as <viewer>', 'whose visibility applies: public, secretariat, admin, mission:ISO3, mandate-holder:id[,id]', 'public')
    .action(async (options: Options) => {
      await withContext(options, async ({ store, reference, sessions }) => {
        const { filter, groupBy } = statisticsFilter(options, reference);
        const format = oneOf('--format', options.format, ['json', 'csv'] as const);
        const today = options.today ? parseIsoDate(options.today, '--today') : todayUtc();
        const result = await statistics(store, sessions, { filter, viewer: parseViewer(options.as, reference), today, groupBy });
        process.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : statisticsCsv(result));
      });
    });
}
