import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { formatReference, MissiveError, STANCES, type ReferenceData } from '../../domain/index.js';
import type { BlobStore } from '../../store/blobs.js';
import type { LinkCandidate, Store } from '../../store/ports.js';
import { IntakeQueue } from '../../workspace/intake.js';
import { html, type SafeHtml } from '../html.js';
import { formValue, requireRole } from './auth.js';
import { csrfField, workspacePage } from './layout.js';

/**
 * Replies coming in: a mission (or the secretariat) uploads one, with an optional request for
 * confidentiality; it lands in the intake queue, where the secretariat sees what was read and the
 * ranked candidate communications with their reasons, corrects, and confirms.
 */

function uploadForm(csrf: string | null, staff: boolean): SafeHtml {
  return html`<h1>Submit a reply</h1><form method="post" action="/workspace/replies" enctype="multipart/form-data">${csrfField(csrf)}
<p><label for="file">The note verbale (PDF, scan, Word, e-mail…)</label> <input id="file" name="file" type="file" required></p>
${staff ? html`<p><label for="state">Sent by (State code; read from the file when empty)</label> <input id="state" name="state" size="3" maxlength="3"></p>` : ''}
<p><input id="confidential" name="confidential" type="checkbox" value="yes"> <label for="confidential">We ask that this reply be kept confidential</label></p>
<p><button type="submit">Submit</button></p></form>
<p class="muted">The secretariat reviews every reply before anything is published.</p>`;
}

async function queuePage(store: Store, queue: IntakeQueue, csrf: string | null): Promise<SafeHtml> {
  const items = await queue.pending();
  const reference = async (c: LinkCandidate) => {
    const found = await store.communications.get(c.communicationId);
    return found ? formatReference(found.reference) : `#${c.communicationId}`;
  };
  const rows = await Promise.all(items.map(async ({ reply: r, candidates }) => {
    const refs = await Promise.all(candidates.map(reference));
    return html`<section aria-labelledby="reply-${r.id}"><h2 id="reply-${r.id}"><a href="/workspace/replies/${r.id}">Reply ${r.id}</a> from ${r.sender.name}, received ${r.dateReceived}</h2>
<p>Submitted by ${r.submittedBy ?? 'the intake folder'}${r.confidentialityRequested ? html` · <strong>confidentiality requested</strong>` : ''} · read: note ${r.noteNumber ?? '?'} of ${r.dateOnNote ?? '?'}, stance ${r.stanceAuto ?? '?'}</p>
<ol>${candidates.map((c, i) => html`<li>${refs[i] ?? ''} — score ${c.score.toFixed(2)}: ${c.reasons.join('; ')}</li>`)}</ol>
<form method="post" action="/workspace/intake/${r.id}/confirm">${csrfField(csrf)}
<p><label for="answers-${r.id}">Answers (references)</label> <input id="answers-${r.id}" name="answers" value="${refs[0] ?? ''}" required size="30">
<label for="state-${r.id}">State</label> <input id="state-${r.id}" name="state" value="${r.sender.code}" size="3">
<label for="note-${r.id}">Note</label> <input id="note-${r.id}" name="noteNumber" value="${r.noteNumber ?? ''}" size="10">
<label for="date-${r.id}">Dated</label> <input id="date-${r.id}" name="dateOnNote" type="date" value="${r.dateOnNote ?? ''}">
<label for="stance-${r.id}">Stance</label> <select id="stance-${r.id}" name="stance"><option value="">—</option>${STANCES.map((s) => html`<option${s === r.stanceAuto ? html` selected` : ''}>${s}</option>`)}</select>
<input id="conf-${r.id}" name="confidential" type="checkbox" value="yes"${r.confidentialityRequested ? html` checked` : ''}> <label for="conf-${r.id}">Keep confidential</label>
<button type="submit">Confirm</button></p></form></section>`;
  }));
  return html`<h1>Intake: replies awaiting review <span class="muted">(${items.length})</span></h1>${rows.length === 0 ? html`<p>Nothing waits.</p>` : rows}
<p><a href="/workspace/replies/new">Upload a reply</a></p>`;
}

export function registerIntake(app: FastifyInstance, options: { store: Store; blobs: BlobStore; reference: ReferenceData; now: () => Date }): void {
  const { store, blobs, reference, now } = options;
  const queue = new IntakeQueue(store, reference, blobs, now);

  app.get('/workspace/replies/new', async (request, reply) => {
    const signed = requireRole(request, 'mission', 'secretariat', 'admin');
    return reply.type('text/html; charset=utf-8').send(workspacePage(signed, '/workspace/replies/new', 'Submit a reply', uploadForm(signed.csrfToken, signed.user.role !== 'mission')).value);
  });

  app.post('/workspace/replies', async (request, reply) => {
    const signed = requireRole(request, 'mission', 'secretariat', 'admin');
    const file = (request.body as Record<string, unknown> | null)?.file as MultipartFile | undefined;
    if (!file || typeof file.toBuffer !== 'function') throw new MissiveError('INVALID_VALUE', 'file: choose the reply to upload', { field: 'file' });
    const submitted = await queue.submit(signed.user, {
      name: file.filename, bytes: await file.toBuffer(), stateCode: formValue(request.body, 'state') || null, confidentialityRequested: formValue(request.body, 'confidential') === 'yes',
    });
    return reply.redirect(`/workspace/replies/${submitted.id}`, 303);
  });

  app.get('/workspace/intake', async (request, reply) => {
    const signed = requireRole(request, 'secretariat', 'admin');
    return reply.type('text/html; charset=utf-8').send(workspacePage(signed, '/workspace/intake', 'Intake', await queuePage(store, queue, signed.csrfToken)).value);
  });

  app.post<{ Params: { id: string } }>('/workspace/intake/:id/confirm', async (request, reply) => {
    const signed = requireRole(request, 'secretariat', 'admin');
    const body = request.body;
    const id = Number(request.params.id);
    if (!Number.isSafeInteger(id)) throw new MissiveError('NOT_FOUND', `reply ${request.params.id} does not exist`, { field: 'id' });
    await queue.confirm(signed.user, id, {
      answers: (formValue(body, 'answers') ?? '').split(',').map((r) => r.trim()).filter((r) => r.length > 0),
      stateCode: formValue(body, 'state') ?? '', noteNumber: formValue(body, 'noteNumber') ?? null, dateOnNote: formValue(body, 'dateOnNote') || null,
      stance: formValue(body, 'stance') || null, confidential: formValue(body, 'confidential') === 'yes',
    });
    return reply.redirect('/workspace/intake', 303);
  });
}
