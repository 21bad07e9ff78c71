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
    if (file.mime.startsWith('text/') && blobs.has(file.sha256)) return (await blobs.get(file.sha256)).toString('utf8');
  }
  return '';
}
