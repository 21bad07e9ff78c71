import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createWorker, OEM, type Bbox, type Page, type Worker } from 'tesseract.js';

/**
 * The tesseract.js workers, created lazily and reused (one by default), and the language data
 * they read. Nothing is downloaded: data comes from the @tesseract.js-data npm packages (eng,
 * fra, spa, ara, chi_sim, kor) and, for Russian, from Debian's tesseract-ocr-rus when installed.
 * tesseract.js takes a single langPath, so a folder of links to those files is made per process
 * under the system's temporary folder and removed by terminateOcr (or at exit).
 */
export type Pack = 'eng' | 'fra' | 'spa' | 'ara' | 'chi_sim' | 'kor' | 'rus';

const NPM_PACKS: readonly Pack[] = ['eng', 'fra', 'spa', 'ara', 'chi_sim', 'kor'];
const DEBIAN_TESSDATA = '/usr/share/tesseract-ocr';

const requireHere = createRequire(import.meta.url);

function npmPackFile(pack: Pack): string {
  return path.join(path.dirname(requireHere.resolve(`@tesseract.js-data/${pack}/package.json`)), '4.0.0', `${pack}.traineddata.gz`);
}

/** Debian's Russian data (/usr/share/tesseract-ocr/<version>/tessdata/rus.traineddata), if installed. */
function debianRussian(): string | null {
  if (!existsSync(DEBIAN_TESSDATA)) return null;
  for (const version of readdirSync(DEBIAN_TESSDATA).sort().reverse()) {
    const file = path.join(DEBIAN_TESSDATA, version, 'tessdata', 'rus.traineddata');
    if (existsSync(file)) return file;
  }
  return null;
}

let russianFile: string | null | undefined;
export function russianAvailable(): boolean {
  if (russianFile === undefined) russianFile = debianRussian();
  return russianFile !== null;
}

export function availablePacks(): Pack[] {
  return russianAvailable() ? [...NPM_PACKS, 'rus'] : [...NPM_PACKS];
}

let dataDir: string | null = null;

/**
 * A folder of links named `<pack>.traineddata.gz`. Debian's Russian file is not gzipped; tesseract.js
 * checks the gzip magic bytes before inflating, so a plain file behind a .gz name is read as is.
 */
function languageFolder(): string {
  if (dataDir !== null) return dataDir;
  const dir = mkdtempSync(path.join(tmpdir(), 'missive-tessdata-'));
  for (const pack of NPM_PACKS) symlinkSync(npmPackFile(pack), path.join(dir, `${pack}.traineddata.gz`));
  if (russianAvailable() && russianFile) symlinkSync(russianFile, path.join(dir, 'rus.traineddata.gz'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  dataDir = dir;
  return dir;
}

interface Slot {
  worker: Worker;
  packs: string;
  busy: boolean;
}

const slots: Slot[] = [];
const waiting: (() => void)[] = [];
let poolSize = 1;
let creating = 0;

/** How many tesseract workers may run at once (each holds its language data: ~100–400 MB). Default 1. */
export function configureOcr(options: { workers: number }): void {
  poolSize = Math.max(1, Math.floor(options.workers));
}

async function startWorker(packs: string): Promise<Worker> {
  const worker = await createWorker(packs.split('+'), OEM.LSTM_ONLY, {
    langPath: languageFolder(),
    gzip: true,
    cacheMethod: 'none',
    // Without a handler tesseract.js throws job failures from its message listener, killing the process.
    errorHandler: () => undefined,
  });
  await worker.setParameters({ preserve_interword_spaces: '1' });
  return worker;
}

async function acquire(packs: string): Promise<Slot> {
  for (;;) {
    const same = slots.find((slot) => !slot.busy && slot.packs === packs);
    if (same) {
      same.busy = true;
      return same;
    }
    const idle = slots.find((slot) => !slot.busy);
    if (idle) {
      idle.busy = true;
      try {
        await idle.worker.reinitialize(packs, OEM.LSTM_ONLY);
        await idle.worker.setParameters({ preserve_interword_spaces: '1' });
        idle.packs = packs;
        return idle;
      } catch (error) {
        await discard(idle);
        throw error;
      }
    }
    if (slots.length + creating < poolSize) {
      creating += 1;
      try {
        const slot: Slot = { worker: await startWorker(packs), packs, busy: true };
        slots.push(slot);
        return slot;
      } catch (error) {
        waiting.shift()?.(); // whoever waited for this worker tries again
        throw error;
      } finally {
        creating -= 1;
      }
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

function release(slot: Slot): void {
  slot.busy = false;
  waiting.shift()?.();
}

async function discard(slot: Slot): Promise<void> {
  const index = slots.indexOf(slot);
  if (index >= 0) slots.splice(index, 1);
  waiting.shift()?.();
  await slot.worker.terminate().catch(() => undefined);
}

/** Stops every OCR worker and removes the language folder; CLIs and tests call it before exiting. */
export async function terminateOcr(): Promise<void> {
  const all = slots.splice(0, slots.length);
  await Promise.all(all.map((slot) => slot.worker.terminate().catch(() => undefined)));
  for (const resolve of waiting.splice(0, waiting.length)) resolve();
  if (dataDir !== null) rmSync(dataDir, { recursive: true, force: true });
  dataDir = null;
}

export interface OcrImage {
  /** PNG or JPEG bytes. */
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
}

export interface OcrLine {
  readonly text: string;
  readonly confidence: number;
  readonly bbox: Bbox;
}

export interface Pass {
  readonly packs: readonly Pack[];
  readonly text: string;
  readonly confidence: number;
  readonly lines: readonly OcrLine[];
}

/** Tesseract could not decode the image (damaged or not an image at all). */
export class OcrImageError extends Error {
  override readonly name = 'OcrImageError';
}

/**
 * tesseract.js 7 fails to load the language that follows Korean in a set ("Error opening data
 * file ./<garbage>.traineddata", that language then silently missing), so Korean always comes
 * last; it reads as well there.
 */
export function orderPacks(packs: readonly Pack[]): Pack[] {
  return [...packs.filter((pack) => pack !== 'kor'), ...packs.filter((pack) => pack === 'kor')];
}

/**
 * Reads the whole image, or only the given regions: a probe of a few unread lines costs tens of
 * milliseconds where the page costs seconds.
 */
export async function recognizeWith(image: OcrImage, wanted: readonly Pack[], regions?: readonly Bbox[]): Promise<Pass> {
  const packs = orderPacks(wanted);
  const slot = await acquire(packs.join('+'));
  try {
    const pages: Page[] = [];
    for (const region of regions ?? [undefined]) {
      const options = region ? { rectangle: { left: region.x0, top: region.y0, width: region.x1 - region.x0, height: region.y1 - region.y0 } } : {};
      pages.push((await slot.worker.recognize(image.data, options, { text: true, blocks: true })).data);
    }
    release(slot);
    const confidence = pages.reduce((sum, page) => sum + page.confidence, 0) / Math.max(1, pages.length);
    return { packs, text: pages.map((page) => page.text).join('\n'), confidence, lines: pages.flatMap(linesOf) };
  } catch (error) {
    // A worker whose job failed may be left in a bad state; start afresh next time.
    await discard(slot);
    const message = typeof error === 'string' ? error : error instanceof Error ? error.message : 'unknown error';
    if (/attempting to read image/i.test(message)) throw new OcrImageError(message);
    throw new Error(`OCR failed: ${message}`);
  }
}

function linesOf(page: Page): OcrLine[] {
  return (page.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines))
    .map((line) => ({ text: line.text, confidence: line.confidence, bbox: line.bbox }));
}
