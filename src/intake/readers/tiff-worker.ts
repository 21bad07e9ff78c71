/**
 * Decodes a TIFF's pages to RGBA in a child process. utif2 trusts the file: a tag that claims
 * four billion values makes it allocate until V8 aborts, and a next-page offset that points back
 * loops forever. A worker thread's heap limit does not contain that (V8 may abort the whole
 * process before the worker is stopped); a child process does. See tiff.ts.
 */
import UTIF from 'utif2';

export interface TiffRequest {
  readonly bytes: Uint8Array;
  readonly maxPages: number;
  readonly maxPixels: number;
}

export type TiffPage =
  | { readonly width: number; readonly height: number; readonly rgba: Uint8Array }
  | { readonly width: number; readonly height: number; readonly tooLarge: true };

export interface TiffReply {
  readonly pages: readonly TiffPage[];
  /** Pages in the file (only the first maxPages are decoded). */
  readonly total: number;
}

function tagNumber(tag: UTIF.IFD[string] | undefined): number {
  const value = Array.isArray(tag) || tag instanceof Uint8Array ? tag[0] : tag;
  return typeof value === 'number' ? value : Number(value ?? 0);
}

function decode({ bytes, maxPages, maxPixels }: TiffRequest): TiffReply {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ifds = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined);
  const pages = ifds.slice(0, maxPages).map((ifd): TiffPage => {
    const width = tagNumber(ifd['t256']);
    const height = tagNumber(ifd['t257']);
    if (width * height > maxPixels) return { width, height, tooLarge: true };
    UTIF.decodeImage(buffer, ifd);
    return { width: ifd.width, height: ifd.height, rgba: UTIF.toRGBA8(ifd) };
  });
  return { pages, total: ifds.length };
}

process.once('message', (request: TiffRequest) => {
  process.send?.(decode(request), () => process.exit(0));
});
