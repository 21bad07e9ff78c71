import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FILE_ROLES, formatReference, MissiveError, REFERENCE_TYPES, todayUtc, type Communication, type FileRole, type ReferenceData } from '../../domain/index.js';
import type { BlobStore } from '../../store/blobs.js';
import type { Store } from '../../store/ports.js';
import { findByReference, Secretariat } from '../../workspace/secretariat.js';
import { html, type SafeHtml } from '../html.js';
import { formValue, requireRole } from './auth.js';
import { workspacePath } from './dashboard.js';
import { csrfField, workspacePage } from './layout.js';

/**
 * The secretariat's screens: register a communication (its reference allocated), and on a
 * communication's page send it, publish it early, hold it confidential or lift the hold (each
 * with a reason), and attach files. Admins may do the same.
 */

const list = (text: string | undefined) => (text ?? '').split(/[,\s]+/).map((v) => v.trim()).filter((v) => v.length > 0);

function registerForm(csrf: string | null, today: string): SafeHtml {
  return html`<h1>Register a communication</h1><form method="post" action="/workspace/communications">${csrfField(csrf)}
<p><label for="type">Type</label> <select id="type" name="type">${REFERENCE_TYPES.map((t) => html`<option${t === 'AL' ? html` selected` : ''}>${t}</option>`)}</select></p>
<p><label for="addressees">Addressees (State codes, the first one in the reference)</label> <input id="addressees" name="addressees" required placeholder="PRK"></p>
<p><label for="mandates">Mandates (ids, separated by commas)</label> <input id="mandates" name="mandates" required placeholder="sr-dprk, sr-torture"></p>
<p><label for="subject">Subject</label> <input id="subject" name="subject" required size="60"></p>
<p><label for="summary">Summary</label><br><textarea id="summary" name="summary" rows="4" cols="60"></textarea></p>
<p><label for="themes">Themes (separated by commas)</label> <input id="themes" name="themes" size="60" placeholder="detention, human rights defenders"></p>
<p><label for="language">Language</label> <input id="language" name="language" value="en" size="3"></p>
<p><label for="followsUp">Follows up (references, separated by commas)</label> <input id="followsUp" name="followsUp" placeholder="AL PRK 1/2024"></p>
<p><label for="dateSent">Sent on (leave empty for a draft)</label> <input id="dateSent" name="dateSent" type="date" max="${today}"></p>
<p><button type="submit">Register</button></p></form>`;
}

/** The decisions shown on a communication's page to the secretariat. */
export function communicationActions(c: Communication, csrf: string | null): SafeHtml {
  const to = (verb: string) => `${workspacePath(formatReference(c.reference))}/${verb}`;
  const token = csrfField(csrf);
  return html`<h2>Decisions</h2>
${c.state === 'draft' ? html`<form method="post" action="${to('send')}">${token}<p><label for="on">Sent on</label> <input id="on" name="on" type="date" required> <button type="submit">Mark sent</button></p></form>` : ''}
<form method="post" action="${to('publish-early')}">${token}<p><label for="publishOn">Publish early from</label> <input id="publishOn" name="on" type="date" required>
<label for="earlyReason">because</label> <input id="earlyReason" name="reason" required> <button type="submit">Publish early</button></p></form>
${c.publication.confidentialHold
    ? html`<form method="post" action="${to('lift-hold')}">${token}<p><label for="liftReason">Lift the hold because</label> <input id="liftReason" name="reason" required> <button type="submit">Lift hold</button></p></form>`
    : html`<form method="post" action="${to('hold')}">${token}<p><label for="holdReason">Hold confidential because</label> <input id="holdReason" name="reason" required> <button type="submit">Hold</button></p></form>`}
<form method="post" action="${to('files')}" enctype="multipart/form-data">${token}<p><label for="file">Attach a file</label> <input id="file" name="file" type="file" required>
<label for="role">as</label> <select id="role" name="role">${FILE_ROLES.filter((r) => r !== 'text').map((r) => html`<option value="${r}">${r === 'public-version' ? 'public version (names masked)' : r}</option>`)}</select> <button type="submit">Attach</button></p></form>`;
}

export function registerSecretariat(app: FastifyInstance, options: { store: Store; blobs: BlobStore; reference: ReferenceData; now: () => Date }): void {
  const { store, blobs, reference, now } = options;
  const secretariat = new Secretariat(store, reference, blobs);
  const staff = (request: FastifyRequest) => requireRole(request, 'secretariat', 'admin');
  const target = async (slug: string) => {
    const c = await findByReference(store, slug).catch(() => null);
    if (!c) throw new MissiveError('NOT_FOUND', `communication ${slug} does not exist or is not yours to see`, { field: 'id' });
    return c;
  };

  app.get('/workspace/communications/new', async (request, reply) => {
    const signed = staff(request);
    return reply.type('text/html; charset=utf-8').send(workspacePage(signed, '/workspace/communications/new', 'Register a communication', registerForm(signed.csrfToken, todayUtc(now()))).value);
  });

  app.post<{ Body: Record<string, string | undefined> }>('/workspace/communications', async (request, reply) => {
    const signed = staff(request);
    const b = request.body ?? {};
    const created = await secretariat.register(signed.user.username, {
      type: b.type ?? '', addressees: list(b.addressees), mandateIds: list(b.mandates), subject: b.subject ?? '', summary: b.summary ?? '', themes: (b.themes ?? '').split(',').map((t) => t.trim()).filter((t) => t.length > 0),
      language: (b.language ?? 'en').trim() || 'en', dateSent: b.dateSent?.trim() || null, followsUp: (b.followsUp ?? '').split(',').map((r) => r.trim()).filter((r) => r.length > 0),
    });
    return reply.redirect(workspacePath(formatReference(created.reference)), 303);
  });

  const decisions: Record<string, (actor: string, c: Communication, body: unknown) => Promise<Communication>> = {
    send: (actor, c, body) => secretariat.send(actor, c.id, formValue(body, 'on') ?? ''),
    'publish-early': (actor, c, body) => secretariat.publishEarly(actor, c.id, formValue(body, 'on') ?? '', formValue(body, 'reason') ?? ''),
    hold: (actor, c, body) => secretariat.hold(actor, c.id, formValue(body, 'reason') ?? ''),
    'lift-hold': (actor, c, body) => secretariat.lift(actor, c.id, formValue(body, 'reason') ?? ''),
    files: async (actor, c, body) => {
      const file = (body as Record<string, unknown> | null)?.file as MultipartFile | undefined;
      if (!file || typeof file.toBuffer !== 'function') throw new MissiveError('INVALID_VALUE', 'file: choose a file to attach', { field: 'file' });
      const role = formValue(body, 'role') ?? 'original';
      if (!(FILE_ROLES as readonly string[]).includes(role)) throw new MissiveError('INVALID_VALUE', `role: "${role}" is not one of ${FILE_ROLES.join(', ')}`, { field: 'role' });
      return secretariat.attach(actor, c.id, { name: file.filename, bytes: await file.toBuffer() }, role as FileRole);
    },
  };
  for (const [verb, act] of Object.entries(decisions)) {
    app.post<{ Params: { slug: string } }>(`/workspace/communications/:slug/${verb}`, async (request, reply) => {
      const signed = staff(request);
      const changed = await act(signed.user.username, await target(request.params.slug), request.body);
      return reply.redirect(workspacePath(formatReference(changed.reference)), 303);
    });
  }
}
