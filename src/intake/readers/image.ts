import { createCanvas, ImageData } from '@napi-rs/canvas';
import { overLimit, reason, unreadable, type PageDraft, type ReadContext, type Reader } from '../context.js';
import { OcrImageError, type OcrImage } from '../ocr-pool.js';
import { createOcrSession, recognizePage, type OcrResult, type OcrSession } from '../ocr.js';
import { decodeTiff } from './tiff.js';
import type { TiffReply } from './tiff-worker.js';

/**
 * PNG, JPEG and TIFF images, read by OCR. Their size is taken from the header before anything is
 * decoded, so a small file that claims a gigapixel image is refused rather than inflated.
 * TIFF (often multi-page, from fax and scanners) is decoded with utif2, in a worker thread under
 * limits, and handed to tesseract as PNG.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

interface Size {
  readonly width: number;
  readonly height: number;
}

function pngSize(bytes: Uint8Array): Size | null {
  if (bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50) return null;
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: data.getUint32(16), height: data.getUint32(20) };
}

/** The first start-of-frame marker's dimensions (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(bytes: Uint8Array): Size | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = data.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { width: data.getUint16(at + 7), height: data.getUint16(at + 5) };
    }
    at += 2 + length;
  }
  return null;
}

function checkSize(size: Size, context: ReadContext, page?: number): void {
  const where = page === undefined ? context.name : `${context.name} (page ${page})`;
  if (size.width * size.height > MAX_IMAGE_PIXELS) {
    throw overLimit(where, `is an image of ${size.width} × ${size.height} pixels; Missive reads images of up to ${MAX_IMAGE_PIXELS / 1e6} megapixels.`);
  }
}

export function ocrWarning(label: string, result: OcrResult): string {
  return `${label} was read by OCR (${result.packs.join('+')}, confidence ${Math.round(result.confidence)}, ${result.ms} ms).`;
}

/** The image is only made (decoded, converted) when OCR is on. */
async function ocrOrSkip(image: () => Promise<OcrImage>, label: string, context: ReadContext, session: OcrSession, warnings: string[]): Promise<PageDraft> {
  if (!context.ocr) {
    warnings.push(`${label} was not read: OCR is turned off.`);
    return { text: '', source: 'ocr' };
  }
  const result = await recognizePage(await image(), session);
  warnings.push(ocrWarning(label, result));
  return { text: result.text.trim(), source: 'ocr' };
}

async function readPngOrJpeg(bytes: Uint8Array, context: ReadContext, mime: string): Promise<{ pages: PageDraft[]; warnings: string[] }> {
  const size = mime === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size) throw unreadable(context, `is not a readable ${mime === 'image/png' ? 'PNG' : 'JPEG'} image: its header is damaged.`);
  checkSize(size, context);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const warnings: string[] = [];
  const session = createOcrSession(context.ocrLanguages);
  // The image is decoded inside tesseract's WebAssembly, where a damaged file is an error, not a
  // crash (@napi-rs/canvas's loadImage segfaults on a truncated PNG, so it never sees these bytes).
  try {
    const page = await ocrOrSkip(async () => ({ data, ...size }), 'The image', context, session, warnings);
    return { pages: [page], warnings: [...warnings, ...session.warnings] };
  } catch (error) {
    if (error instanceof OcrImageError) throw unreadable(context, 'is a damaged image: it could not be decoded.', error);
    throw error;
  }
}

async function tiffPagePng(page: { width: number; height: number; rgba: Uint8Array }): Promise<OcrImage> {
  const canvas = createCanvas(page.width, page.height);
  const pixels = new Uint8ClampedArray(page.rgba.buffer, page.rgba.byteOffset, page.rgba.byteLength);
  canvas.getContext('2d').putImageData(new ImageData(pixels, page.width, page.height), 0, 0);
  return { data: await canvas.encode('png'), width: page.width, height: page.height };
}

async function readTiff(bytes: Uint8Array, context: ReadContext): Promise<{ pages: PageDraft[]; warnings: string[] }> {
  // Without OCR there is nothing to gain from decoding (in a child process) pages nobody reads.
  if (!context.ocr) return { pages: [{ text: '', source: 'ocr' }], warnings: ['The image was not read: OCR is turned off.'] };
  let decoded: TiffReply;
  try {
    decoded = await decodeTiff({ bytes, maxPages: context.limits.maxPages, maxPixels: MAX_IMAGE_PIXELS });
  } catch (error) {
    throw unreadable(context, `is a damaged TIFF image (${reason(error)}).`, error);
  }
  if (decoded.pages.length === 0) throw unreadable(context, 'is a TIFF file without any image.');
  const warnings: string[] = [];
  if (decoded.total > decoded.pages.length) warnings.push(`Only the first ${decoded.pages.length} of ${decoded.total} pages were read.`);
  const session = createOcrSession(context.ocrLanguages);
  const drafts: PageDraft[] = [];
  for (const [index, page] of decoded.pages.entries()) {
    checkSize(page, context, decoded.total > 1 ? index + 1 : undefined);
    if (!('rgba' in page)) continue;
    const label = decoded.total === 1 ? 'The image' : `Page ${index + 1}`;
    drafts.push(await ocrOrSkip(() => tiffPagePng(page), label, context, session, warnings));
  }
  return { pages: drafts, warnings: [...warnings, ...session.warnings] };
}

export const readImage: Reader = async (bytes, context, detection) =>
  detection.mime === 'image/tiff' ? readTiff(bytes, context) : readPngOrJpeg(bytes, context, detection.mime);

/**
 * OCR of one PNG or JPEG image with the same language strategy as the readers, without the rest
 * of the reading (detection, languages): for benchmarks and tools.
 */
export async function ocrImage(bytes: Uint8Array, languages: readonly string[] = []): Promise<OcrResult> {
  const size = pngSize(bytes) ?? jpegSize(bytes);
  if (!size) throw unreadable({ name: 'the image' }, 'is not a PNG or JPEG image.');
  return recognizePage({ data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ...size }, createOcrSession(languages));
}
