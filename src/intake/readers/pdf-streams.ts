import { createInflate } from 'node:zlib';
import { formatBytes, overLimit, type ReadContext } from '../context.js';

/**
 * A PDF is an archive of compressed streams, and pdf.js inflates a stream whole, in memory:
 * a 1 MB file whose content stream inflates to 1 GB of spaces costs it 2 GB and 20 s. Before
 * pdf.js opens a file, its Flate streams are inflated here as a stream, counting and dropping
 * the bytes, and the file is refused once they pass maxArchiveBytes in all. Other filters
 * (DCT, JPX, CCITT images) expand only to their stated pixel size, which pdf.js bounds itself.
 */
const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');
/** How far back from `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;

function isFlate(dictionary: Buffer): boolean {
  const text = dictionary.toString('latin1');
  return /\/FlateDecode\b|\/Fl\b/.test(text);
}

/** Bytes that `data` inflates to, counting up to `cap` and stopping there (a damaged stream counts what it gave). */
function inflatedSize(data: Buffer, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let total = 0;
    const finish = (): void => {
      inflate.removeAllListeners('data');
      resolve(total);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > cap) {
        inflate.destroy();
        finish();
      }
    });
    inflate.on('error', finish);
    inflate.on('end', finish);
    inflate.end(data);
  });
}

/** Throws LIMIT_EXCEEDED when the file's Flate streams inflate past the limit in all. */
export async function checkPdfStreams(bytes: Uint8Array, context: ReadContext): Promise<void> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const limit = context.limits.maxArchiveBytes;
  let total = 0;
  let at = data.indexOf(STREAM);
  while (at >= 0) {
    const previous = data[at - 1];
    const isKeyword = at > 0 && previous !== 0x64; // not the "stream" of "endstream"
    let next = at + STREAM.length;
    if (isKeyword) {
      const window = data.subarray(Math.max(0, at - DICTIONARY_WINDOW), at);
      const dictionary = window.subarray(Math.max(0, window.lastIndexOf(OBJ)));
      let start = next;
      if (data[start] === 0x0d) start += 1;
      if (data[start] === 0x0a) start += 1;
      const end = data.indexOf(END_STREAM, start);
      const stop = end < 0 ? data.length : end;
      if (isFlate(dictionary)) {
        total += await inflatedSize(data.subarray(start, stop), limit - total);
        if (total > limit) {
          throw overLimit(context.name, `holds compressed content that expands to more than ${formatBytes(limit)}; it looks like a decompression bomb and was not opened.`);
        }
      }
      next = stop;
    }
    at = data.indexOf(STREAM, next);
  }
}
