import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import {
  communicationPublicDate, formatReference, MissiveError, replyDueDate, statusAt, todayUtc, type Communication, type IsoDate, type ReferenceData, type Reply,
} from '../../domain/index.js';
import type { BlobStore } from '../../store/blobs.js';
import type { Store } from '../../store/ports.js';
import { WorkspaceRecords } from '../../workspace/records.js';
import { html, type SafeHtml } from '../html.js';
import { signedIn } from './auth.js';
import { workspacePath } from './dashboard.js';
import { workspacePage } from './layout.js';

/**
 * A communication, a reply and their files as a signed-in person may see them (unpublished ones
 * included when they are theirs to see); anything else is the same 404 as what does not exist.
 */

const NOT_FOUND = (what: string) => new MissiveError('NOT_FOUND', `${what} does not exist or is not yours to see`, { field: 'id' });
const INLINE = /^(application\/pdf|text\/plain|image\/(png|jpeg|tiff|gif|webp))\b/;

const files = (list: Communication['files']): SafeHtml => html`<ul>${list.map((f) => html`<li><a href="/workspace/files/${f.sha256}">${f.filename}</a> <span class="muted">(${f.role})</span></li>`)}</ul>`;

function communicationBody(c: Communication, replies: readonly Reply[], today: IsoDate, actions: SafeHtml | string): SafeHtml {
  const publicOn = communicationPublicDate(c);
  const status = statusAt(c, replies.map((r) => r.dateReceived), today);
  return html`<p class="kind">Communication</p><h1>${formatReference(c.reference)}</h1><p>${c.subject}</p>
<dl class="record"><dt>State</dt><dd>${c.state}</dd><dt>Sent</dt><dd>${c.dateSent ?? 'not yet'}</dd>
<dt>Reply due</dt><dd>${c.dateSent ? replyDueDate(c.dateSent) : ''}</dd><dt>Status</dt><dd>${status}</dd>
<dt>Addressees</dt><dd>${c.addressees.map((a) => `${a.name} (${a.code})`).join('; ')}</dd><dt>Mandates</dt><dd>${c.mandateIds.join(', ')}</dd>
<dt>Themes</dt><dd>${c.themes.join(', ')}</dd>
<dt>Public</dt><dd>${c.publication.confidentialHold ? `held confidential: ${c.publication.confidentialHold.reason}` : publicOn === null ? 'not scheduled' : publicOn <= today ? `since ${publicOn}` : `on ${publicOn}`}</dd></dl>
${c.summary ? html`<h2>Summary</h2><p>${c.summary}</p>` : ''}<h2>Files</h2>${files(c.files)}
<h2>Replies</h2>${replies.length === 0 ? html`<p>None yet.</p>` : html`<ul>${replies.map((r) => html`<li><a href="/workspace/replies/${r.id}">${r.sender.name}${r.noteNumber ? `, note ${r.noteNumber}` : ''}</a>, received ${r.dateReceived}${r.confidential ? ' (confidential)' : ''}</li>`)}</ul>`}
${actions}`;
}

export function registerRecords(app: FastifyInstance, options: { store: Store; blobs: BlobStore; reference: ReferenceData; now: () => Date; communicationActions?: (c: Communication, csrf: string | null) => SafeHtml }): void {
  const { store, blobs, now } = options;
  const records = new WorkspaceRecords(store);

  app.get<{ Params: { slug: string } }>('/workspace/communications/:slug', async (request, reply) => {
    const signed = signedIn(request);
    const today = todayUtc(now());
    const found = await records.communication(request.params.slug, signed.viewer, today);
    if (!found) throw NOT_FOUND(`communication ${request.params.slug}`);
    const actions = options.communicationActions && (signed.user.role === 'secretariat' || signed.user.role === 'admin') ? options.communicationActions(found.communication, signed.csrfToken) : '';
    const body = communicationBody(found.communication, found.replies, today, actions);
    return reply.type('text/html; charset=utf-8').send(workspacePage(signed, request.url, formatReference(found.communication.reference), body).value);
  });

  app.get<{ Params: { slug: string } }>('/api/v1/workspace/communications/:slug', async (request) => {
    const signed = signedIn(request);
    const found = await records.communication(request.params.slug, signed.viewer, todayUtc(now()));
    if (!found) throw NOT_FOUND(`communication ${request.params.slug}`);
    return { communication: { ...found.communication, reference: formatReference(found.communication.reference), publicOn: communicationPublicDate(found.communication) }, replies: found.replies };
  });

  app.get<{ Params: { id: string } }>('/workspace/replies/:id', async (request, reply) => {
    const signed = signedIn(request);
    const found = /^[1-9][0-9]{0,15}$/.test(request.params.id) ? await records.reply(Number(request.params.id), signed.viewer, todayUtc(now())) : null;
    if (!found) throw NOT_FOUND(`reply ${request.params.id}`);
    const r = found.reply;
    const body = html`<p class="kind">Reply</p><h1>${r.sender.name}${r.noteNumber ? `, note ${r.noteNumber}` : ''}</h1>
<dl class="record"><dt>Received</dt><dd>${r.dateReceived}</dd><dt>Dated</dt><dd>${r.dateOnNote ?? ''}</dd><dt>Stance</dt><dd>${r.stance ?? ''}</dd>
<dt>Review</dt><dd>${r.review === 'pending' ? 'awaiting review by the secretariat (not public before)' : 'confirmed'}</dd>
<dt>Confidential</dt><dd>${r.confidential ? 'yes' : r.confidentialityRequested ? 'requested' : 'no'}</dd>
<dt>Answers</dt><dd>${found.answers.map((c) => html`<a href="${workspacePath(formatReference(c.reference))}">${formatReference(c.reference)}</a> `)}</dd></dl>
<h2>Files</h2>${files(r.files)}`;
    return reply.type('text/html; charset=utf-8').send(workspacePage(signed, request.url, `Reply ${r.id}`, body).value);
  });

  app.get<{ Params: { sha256: string }; Querystring: { download?: string } }>('/workspace/files/:sha256', async (request, reply) => {
    const signed = signedIn(request);
    const file = await records.file(request.params.sha256, signed.viewer, todayUtc(now()));
    if (!file || !blobs.has(file.sha256)) throw NOT_FOUND('file');
    const inline = INLINE.test(file.mime) && request.query.download === undefined;
    return reply.type(file.mime).header('content-length', file.size)
      .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff').header('content-security-policy', 'sandbox')
      .send(createReadStream(blobs.pathOf(file.sha256)));
  });
}
