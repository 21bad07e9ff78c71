/** One page for the TIFF writer: RGBA pixels, as a canvas gives them. */
export interface TiffPage {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly rgba: Uint8ClampedArray | Uint8Array;
}

const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;

interface Entry {
  tag: number;
  type: number;
  values: number[];
}

/**
 * A baseline TIFF (little-endian, 8-bit grey, uncompressed, one strip per page), every page an
 * IFD of the chain. Written by hand: the format is a few tables, and any reader (libtiff,
 * utif2, browsers' decoders) takes this simplest variant.
 */
export function encodeGrayTiff(pages: readonly TiffPage[]): Buffer {
  if (pages.length === 0) throw new RangeError('encodeGrayTiff: no pages');
  const header = 8;
  const entryCount = 14;
  const ifdSize = 2 + entryCount * 12 + 4;
  const extra = 16; // two RATIONALs: X and Y resolution
  let offset = header;
  const placed = pages.map((page) => {
    const ifd = offset;
    const rationals = ifd + ifdSize;
    const pixels = rationals + extra;
    offset = pixels + page.width * page.height;
    offset += offset % 2; // IFDs start on a word boundary
    return { page, ifd, rationals, pixels };
  });
  const out = Buffer.alloc(offset);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(header, 4);
  placed.forEach(({ page, ifd, rationals, pixels }, index) => {
    const entries: Entry[] = [
      { tag: 254, type: LONG, values: [2] }, // NewSubfileType: one page of a multi-page document
      { tag: 256, type: LONG, values: [page.width] },
      { tag: 257, type: LONG, values: [page.height] },
      { tag: 258, type: SHORT, values: [8] },
      { tag: 259, type: SHORT, values: [1] }, // no compression
      { tag: 262, type: SHORT, values: [1] }, // BlackIsZero
      { tag: 273, type: LONG, values: [pixels] },
      { tag: 277, type: SHORT, values: [1] },
      { tag: 278, type: LONG, values: [page.height] },
      { tag: 279, type: LONG, values: [page.width * page.height] },
      { tag: 282, type: RATIONAL, values: [rationals] },
      { tag: 283, type: RATIONAL, values: [rationals + 8] },
      { tag: 296, type: SHORT, values: [2] }, // inches
      { tag: 297, type: SHORT, values: [index, pages.length] },
    ];
    out.writeUInt16LE(entries.length, ifd);
    entries.forEach((entry, i) => {
      const at = ifd + 2 + i * 12;
      out.writeUInt16LE(entry.tag, at);
      out.writeUInt16LE(entry.type, at + 2);
      out.writeUInt32LE(entry.values.length, at + 4);
      if (entry.type === SHORT) entry.values.forEach((v, k) => out.writeUInt16LE(v, at + 8 + 2 * k));
      else out.writeUInt32LE(entry.values[0] ?? 0, at + 8); // LONG value, or the offset of a RATIONAL
    });
    const next = placed[index + 1];
    out.writeUInt32LE(next ? next.ifd : 0, ifd + 2 + entries.length * 12);
    out.writeUInt32LE(page.dpi, rationals);
    out.writeUInt32LE(1, rationals + 4);
    out.writeUInt32LE(page.dpi, rationals + 8);
    out.writeUInt32LE(1, rationals + 12);
    const { rgba } = page;
    for (let p = 0, q = 0; q < page.width * page.height; p += 4, q++) {
      out[pixels + q] = Math.round(0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]!);
    }
  });
  return out;
}
