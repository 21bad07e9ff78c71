import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { isMissiveError } from '../domain/index.js';
import { readDocument, terminateOcr } from '../intake/index.js';
import { DEFAULT_LIMITS } from '../intake/types.js';
import { documentLanguages, documentText } from '../ingest/document-text.js';
import { toExtractionJson } from '../ingest/extraction-json.js';
import { loadReferenceData } from '../reference/load.js';
import { understand } from '../understand/index.js';

/** Reads and understands one file; never throws: problems go to `errors`. */
async function extractOne(file: string, ocr: boolean): Promise<ReturnType<typeof toExtractionJson>> {
  try {
    const info = await stat(file);
    if (info.size > DEFAULT_LIMITS.maxFileBytes) return toExtractionJson(file, null, [`${file}: ${info.size} bytes is more than the ${DEFAULT_LIMITS.maxFileBytes} bytes a file may have`]);
    const document = await readDocument(await readFile(file), { name: file, ocr });
    const u = understand(documentText(document), { reference: loadReferenceData().reference, languages: documentLanguages(document) });
    const partErrors = document.parts.flatMap((p) => (p.result.ok ? [] : [p.result.error.message]));
    return toExtractionJson(file, u, [...partErrors]);
  } catch (e) {
    return toExtractionJson(file, null, [isMissiveError(e) ? e.message : `${file}: ${(e as Error).message}`]);
  }
}

export function registerExtract(program: Command): void {
  program.command('extract').description('read files and print what is understood of each, one JSON object per line; writes nothing')
    .argument('<files...>', 'files to read')
    .option('--no-ocr', 'do not OCR images and pages without text')
    .action(async (files: string[], options: { ocr: boolean }) => {
      let failures = 0;
      try {
        for (const file of files) {
          const line = await extractOne(file, options.ocr);
          if (line.errors.length > 0 && line.kind === null) failures++;
          process.stdout.write(`${JSON.stringify(line)}\n`);
        }
      } finally {
        await terminateOcr();
      }
      if (failures > 0) process.exitCode = 2;
    });
}
