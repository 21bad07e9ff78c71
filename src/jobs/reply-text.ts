import { readFileSync } from 'node:fs';
import type { Reply } from '../domain/index.js';
import type { BlobStore } from '../store/blobs.js';
import type { Store } from '../store/ports.js';

/**
 * The text of a reply as stored: the pages read at intake, or else the original file itself
 * when it is plain text (demo replies). Empty when neither is available.
 */
export async function replyText(store: Store, blobs: BlobStore, reply: Reply): Promise<string> {
  for (const file of [...reply.files].sort((a, b) => (a.role === 'original' ? -1 : b.role === 'original' ? 1 : 0))) {
    const pages = await store.pages.forDocument(file.sha256);
    if (pages.length > 0) return pages.map((p) => p.text).join('\n\n');
    // A batch job reading thousands of small files: a synchronous read costs a tenth of an async one.
    if (file.mime.startsWith('text/') && blobs.has(file.sha256)) return readFileSync(blobs.pathOf(file.sha256), 'utf8');
  }
  return '';
}
