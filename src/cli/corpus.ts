import { Command, InvalidArgumentError } from 'commander';
import { buildDevCorpus } from '../demo/formats/index.js';
import { printResult } from './output.js';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new InvalidArgumentError(`"${value}" is not a whole number between 1 and 500.`);
  return n;
}

/** Writes the labeled development corpus to a folder, e.g. to try `missive ingest` on real-looking files. */
export function registerCorpus(program: Command): void {
  program.command('corpus').description('write a labeled synthetic development corpus (text, PDF, DOCX, e-mail, HTML, scans) to a folder')
    .argument('<dir>', 'folder to write into (created)')
    .option('--per-language <n>', 'replies per language (and letters in en/fr/es)', count, 4)
    .option('--scans <n>', 'scanned documents per language', (v) => Number(v), 2)
    .option('--seed <seed>', 'seed of the generator', '1')
    .option('--json', 'print the result as JSON')
    .action(async (dir: string, options: { perLanguage: number; scans: number; seed: string; json?: boolean }) => {
      const files = await buildDevCorpus({ seed: options.seed, perLanguage: options.perLanguage, scansPerLanguage: options.scans, outDir: dir });
      printResult(options.json, { dir, files: files.length }, () => `Wrote ${files.length} files and labels.json to ${dir}`);
    });
}
