import { MissiveError } from '../domain/index.js';
import { DEFAULT_LIMITS } from '../intake/types.js';
import { ingestBytes, type IngestContext, type IngestOutcome } from './ingest-file.js';
import { collectSources, hashFile, readSource, type SourceFile } from './sources.js';

export interface IngestSummary {
  readonly ingested: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: readonly { readonly name: string; readonly code: string; readonly reason: string }[];
  /** Items seen, archive entries included. */
  readonly total: number;
}

/** Ingests files and folders one file at a time (OCR already uses the cores), and sums up. */
export async function ingestPaths(ctx: IngestContext, paths: readonly string[], onFile?: (file: SourceFile) => void): Promise<IngestSummary> {
  const sources = await collectSources(paths);
  const outcomes: IngestOutcome[] = [];
  const inner = { ...ctx, onOutcome: (o: IngestOutcome) => { outcomes.push(o); ctx.onOutcome?.(o); } };
  for (const source of sources) {
    if (source.size > DEFAULT_LIMITS.maxFileBytes) await refuseLarge(inner, source);
    else await ingestBytes(inner, source.name, await readSource(source));
    onFile?.(source);
  }
  return summarize(outcomes);
}

/** Too large to read: recorded as failed under its streamed hash, without holding it in memory. */
async function refuseLarge(ctx: IngestContext & { onOutcome: (o: IngestOutcome) => void }, source: SourceFile): Promise<void> {
  const sha256 = await hashFile(source.path);
  const error = new MissiveError('LIMIT_EXCEEDED', `${source.name}: ${source.size} bytes is more than the ${DEFAULT_LIMITS.maxFileBytes} bytes a file may have`, { value: source.name });
  const known = await ctx.store.intake.get(sha256);
  if (known?.status === 'failed') { ctx.onOutcome({ name: source.name, status: 'failed', code: error.code, reason: error.message }); return; }
  await ctx.store.intake.begin({ sha256, name: source.name, size: source.size });
  await ctx.store.intake.fail(sha256, { format: null, code: error.code, message: error.message });
  ctx.onOutcome({ name: source.name, status: 'failed', code: error.code, reason: error.message });
}

export function summarize(outcomes: readonly IngestOutcome[]): IngestSummary {
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    ingested: count('ingested'), updated: count('updated'), unchanged: count('unchanged'), total: outcomes.length,
    failed: outcomes.flatMap((o) => (o.status === 'failed' ? [{ name: o.name, code: o.code, reason: o.reason }] : [])),
  };
}
