import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { todayUtc, type ReferenceData } from '../domain/index.js';
import { PublicRecords } from '../public/records.js';
import type { BlobStore } from '../store/blobs.js';
import type { Store } from '../store/ports.js';

/**
 * /files/{sha256}: the original of a published record's document. PDFs, images and plain text
 * open in the browser (sandboxed); anything else, and `?download=1`, is an attachment. A file of
 * no public record is the same 404 as an unknown one.
 */
const INLINE = /^(application\/pdf|text\/plain|image\/(png|jpeg|tiff|gif|webp))\b/;

export function registerFiles(app: FastifyInstance, options: { store: Store; blobs: BlobStore; reference: ReferenceData; now: () => Date }): void {
  const records = new PublicRecords(options.store, options.reference);
  app.get<{ Params: { sha256: string }; Querystring: { download?: string } }>('/files/:sha256', async (request, reply) => {
    const file = await records.file(request.params.sha256, todayUtc(options.now()));
    if (!file || !options.blobs.has(file.sha256)) return reply.code(404).type('text/plain; charset=utf-8').send('No published document has this address.');
    const inline = INLINE.test(file.mime) && request.query.download === undefined;
    const name = encodeURIComponent(file.filename);
    return reply
      .type(file.mime)
      .header('content-length', file.size)
      .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', 'sandbox')
      .header('etag', `"${file.sha256}"`)
      .header('cache-control', 'public, max-age=3600')
      .send(createReadStream(options.blobs.pathOf(file.sha256)));
  });
}
