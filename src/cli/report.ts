import { writeFileSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { parseIsoDate, PUBLIC_VIEWER, todayUtc } from '../domain/index.js';
import { printPdf } from '../report/pdf.js';
import { reportCsv, reportHtml } from '../report/render.js';
import { sessionReport } from '../report/session-report.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';

const FORMATS = ['html', 'pdf', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

function session(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a session number.`);
  return n;
}

function format(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`"${value}" is not one of ${FORMATS.join(', ')}.`);
  return value as Format;
}

/** `missive report --session N`: the communications report to a Council session, from the records public on the day. */
export function registerReport(program: Command): void {
  withStoreOptions(program.command('report').description('the communications report to a regular session of the Human Rights Council: cover, statistics, communications by addressee, replies to earlier ones'))
    .requiredOption('--session <n>', 'the session number (e.g. 57)', session)
    .option('--format <format>', `${FORMATS.join(', ')}`, format, 'html')
    .option('--out <file>', 'write there (default: standard output; a PDF needs --out)')
    .option('--today <date>', 'as the public sees the records on this day (default: today)')
    .action(async (options: StoreOptions & { session: number; format: Format; out?: string; today?: string }) => {
      await withContext(options, async ({ store, reference, sessions }) => {
        const today = options.today ? parseIsoDate(options.today, 'today') : todayUtc();
        const report = await sessionReport(store, { reference, sessions }, { session: options.session, today, viewer: PUBLIC_VIEWER });
        const body = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n`
          : options.format === 'csv' ? reportCsv(report)
          : options.format === 'html' ? reportHtml(report)
          : await printPdf(reportHtml(report), `Communications report, ${report.session.symbol ?? `session ${report.session.number}`}`);
        if (options.out) writeFileSync(options.out, body);
        else if (typeof body === 'string') process.stdout.write(body);
        else throw new InvalidArgumentError('a PDF goes to a file: add --out FILE');
        if (options.out) process.stderr.write(`Wrote the report to session ${report.session.number} (${options.format}) to ${options.out}\n`);
      });
    });
}
