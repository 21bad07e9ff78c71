import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isMissiveError, type ErrorCode } from '../domain/index.js';
import { registerCorpus } from './corpus.js';
import { registerDemo } from './demo.js';
import { registerDoctor } from './doctor.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerLink } from './link.js';
import { registerMigrate } from './migrate.js';
import { registerRemind } from './remind.js';
import { registerReport } from './report.js';
import { registerSearch } from './search.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';
import { registerStatus } from './status.js';
import { registerUser } from './user.js';

/** Exit 2 for what the user can fix (input, configuration, database); 1 for anything unexpected. */
const USER_ERRORS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INVALID_REFERENCE', 'INVALID_DATE', 'UNKNOWN_COUNTRY', 'UNKNOWN_MANDATE', 'UNKNOWN_SESSION', 'INVALID_VALUE', 'NOT_FOUND', 'CONFLICT', 'UNAUTHORIZED', 'FORBIDDEN', 'RATE_LIMITED',
  'DATABASE_UNREADABLE', 'DATABASE_UNREACHABLE', 'CONFIGURATION', 'UNREADABLE_FILE', 'UNSUPPORTED_FORMAT', 'LIMIT_EXCEEDED',
]);

const { version } = JSON.parse(readFileSync(new URL(import.meta.url.includes('/dist/') ? '../../../package.json' : '../../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('missive')
    .description('Communications of the UN Special Procedures and the replies to them: linked, searchable, public records.')
    .version(version)
    .exitOverride()
    .showHelpAfterError();
  registerServe(program);
  registerMigrate(program);
  registerDemo(program);
  registerCorpus(program);
  registerDoctor(program);
  registerExtract(program);
  registerIngest(program);
  registerLink(program);
  registerStatus(program);
  registerSearch(program);
  registerExport(program);
  registerUser(program);
  registerRemind(program);
  registerReport(program);
  registerStats(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isMissiveError(e) && USER_ERRORS.has(e.code)) {
      process.stderr.write(`missive: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`missive: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
