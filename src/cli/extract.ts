import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { isMissiveError } from '../domain/index.js';
import { readDocument, terminateOcr } from '../intake/index.js';
import { DEFAULT_LIMITS } from '../intake/types.js';
import { documentLanguages, documentText } from '../ingest/document-text.js';
import { toExtractionJson } from '../ingest/extraction-json.js';
import { loadReferenceData } from '../reference/load.js';
import { understand } from '../understand/index.js';
import type { Understanding } from '../understand/types.js';
import { resolveConfig } from '../config.js';
import { todayUtc } from '../domain/index.js';
import { CandidatePool, communicationFacts, replyFactsFrom } from '../link/index.js';
import { openStore } from '../store/open.js';
import { withStoreOptions, type StoreOptions } from './context.js';

interface CandidateJson {
  readonly communicationId: number;
  readonly reference: string;
  readonly score: number;
  readonly reasons: readonly string[];
}

/** With a database, each reply also gets its top 3 candidate communications, with scores and reasons. */
async function candidatesFrom(options: StoreOptions): Promise<((u: Understanding) => CandidateJson[]) | null> {
  if (options.database === undefined && options.dataDir === undefined) return null;
  const config = resolveConfig(options);
  const store = await openStore(config.database, loadReferenceData().reference, { migrate: false });
  try {
    const linkable = await store.communications.linkable();
    const pool = new CandidatePool(linkable.map(communicationFacts));
    const byId = new Map(linkable.map((c) => [c.id, c]));
    return (u) => {
      if (u.kind !== 'reply') return [];
      const facts = replyFactsFrom(u, { dateReceived: u.date?.value ?? todayUtc(), text: '' });
      return pool.rank(facts, 3).map((c) => {
        const comm = byId.get(c.communicationId);
        return { communicationId: c.communicationId, reference: comm ? (comm.legacyReference ?? `${comm.type} ${comm.code} ${comm.number}/${comm.year}`) : '', score: Math.round(c.score * 1000) / 1000, reasons: c.reasons };
      });
    };
  } finally {
    await store.close();
  }
}

/** Reads and understands one file; never throws: problems go to `errors`. */
async function extractOne(file: string, ocr: boolean, rank: ((u: Understanding) => CandidateJson[]) | null): Promise<ReturnType<typeof toExtractionJson> & { candidates?: CandidateJson[] }> {
  try {
    const info = await stat(file);
    if (info.size > DEFAULT_LIMITS.maxFileBytes) return toExtractionJson(file, null, [`${file}: ${info.size} bytes is more than the ${DEFAULT_LIMITS.maxFileBytes} bytes a file may have`]);
    const document = await readDocument(await readFile(file), { name: file, ocr });
    const u = understand(documentText(document), { reference: loadReferenceData().reference, languages: documentLanguages(document) });
    const partErrors = document.parts.flatMap((p) => (p.result.ok ? [] : [p.result.error.message]));
    const line = toExtractionJson(file, u, [...partErrors]);
    return rank ? { ...line, candidates: rank(u) } : line;
  } catch (e) {
    return toExtractionJson(file, null, [isMissiveError(e) ? e.message : `${file}: ${(e as Error).message}`]);
  }
}

export function registerExtract(program: Command): void {
  withStoreOptions(program.command('extract').description('read files and print what is understood of each, one JSON object per line; writes nothing'))
    .argument('<files...>', 'files to read')
    .option('--no-ocr', 'do not OCR images and pages without text')
    .addHelpText('after', '\nWith --database or --data-dir, each reply also gets `candidates`: its top 3 communications in that database (read only).')
    .action(async (files: string[], options: StoreOptions & { ocr: boolean }) => {
      let failures = 0;
      const rank = await candidatesFrom(options);
      try {
        for (const file of files) {
          const line = await extractOne(file, options.ocr, rank);
          if (line.errors.length > 0 && line.kind === null) failures++;
          process.stdout.write(`${JSON.stringify(line)}\n`);
        }
      } finally {
        await terminateOcr();
      }
      if (failures > 0) process.exitCode = 2;
    });
}
