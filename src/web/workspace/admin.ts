import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Accounts } from '../../accounts/service.js';
import { newSecret } from '../../accounts/secrets.js';
import type { AuditEntry, Store } from '../../store/ports.js';
import { html, type SafeHtml } from '../html.js';
import { requireRole, type Signed } from './auth.js';
import { csrfField, workspacePage } from './layout.js';

/**
 * For admins: accounts (add with a generated password shown once, disable, enable, reset) and
 * the audit log, read page by page or exported whole as JSON Lines.
 */

const PAGE = 100;

async function usersPage(accounts: Accounts, signed: Signed, notice: SafeHtml | string = '') {
  const users = await accounts.list();
  const csrf = csrfField(signed.csrfToken);
  return workspacePage(signed, '/workspace/admin/users', 'Accounts', html`<h1>Accounts</h1>${notice}
<table><thead><tr><th scope="col">Username</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Scope</th><th scope="col">E-mail</th><th scope="col">Actions</th></tr></thead><tbody>
${users.map((u) => html`<tr><td>${u.username}</td><td>${u.displayName}</td><td>${u.role}</td><td>${u.stateCode ?? u.mandateIds.join(', ')}</td><td>${u.email ?? ''}</td><td>
<form method="post" action="/workspace/admin/users/${u.username}/${u.disabled ? 'enable' : 'disable'}">${csrf}<button type="submit">${u.disabled ? 'Enable' : 'Disable'}</button></form>
<form method="post" action="/workspace/admin/users/${u.username}/reset">${csrf}<button type="submit">New password</button></form></td></tr>`)}
</tbody></table>
<h2>Add an account</h2><form method="post" action="/workspace/admin/users">${csrf}
<p><label for="username">Username</label> <input id="username" name="username" required></p>
<p><label for="displayName">Name</label> <input id="displayName" name="displayName"></p>
<p><label for="email">E-mail</label> <input id="email" name="email" type="email"></p>
<p><label for="role">Role</label> <select id="role" name="role"><option>secretariat</option><option>mission</option><option>mandate-holder</option><option>admin</option></select></p>
<p><label for="state">State (missions)</label> <input id="state" name="state" size="3" maxlength="3"></p>
<p><label for="mandates">Mandates (mandate-holders, separated by commas)</label> <input id="mandates" name="mandates"></p>
<p><button type="submit">Add</button></p></form>`);
}

const passwordNotice = (username: string, password: string) => html`<p role="status">Password for ${username} (shown once; give it to them safely): <code id="new-password">${password}</code></p>`;

function auditRows(entries: readonly AuditEntry[]): SafeHtml {
  return html`<table><thead><tr><th scope="col">#</th><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Subject</th><th scope="col">Before</th><th scope="col">After</th></tr></thead><tbody>
${entries.map((e) => html`<tr><td>${e.id}</td><td>${e.at}</td><td>${e.actor}</td><td>${e.action}</td><td>${e.subjectKind} ${e.subjectId}</td><td><code>${e.before === null ? '' : JSON.stringify(e.before)}</code></td><td><code>${e.after === null ? '' : JSON.stringify(e.after)}</code></td></tr>`)}
</tbody></table>`;
}

export function registerAdmin(app: FastifyInstance, options: { store: Store; accounts: Accounts }): void {
  const { store, accounts } = options;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');

  app.get('/workspace/admin/users', async (request, reply) => {
    const signed = requireRole(request, 'admin');
    return reply.type('text/html; charset=utf-8').send((await usersPage(accounts, signed)).value);
  });

  app.post<{ Body: Record<string, unknown> }>('/workspace/admin/users', async (request, reply) => {
    const signed = requireRole(request, 'admin');
    const b = request.body ?? {};
    const password = newSecret(18);
    const user = await accounts.add(signed.user.username, {
      username: text(b.username), displayName: text(b.displayName), email: text(b.email) || null, role: text(b.role),
      stateCode: text(b.state) || null, mandateIds: text(b.mandates).split(',').map((m) => m.trim()).filter((m) => m.length > 0),
    }, password);
    return reply.type('text/html; charset=utf-8').send((await usersPage(accounts, signed, passwordNotice(user.username, password))).value);
  });

  for (const [verb, disabled] of [['disable', true], ['enable', false]] as const) {
    app.post<{ Params: { username: string } }>(`/workspace/admin/users/:username/${verb}`, async (request, reply) => {
      const signed = requireRole(request, 'admin');
      await accounts.setDisabled(signed.user.username, request.params.username, disabled);
      return reply.redirect('/workspace/admin/users', 303);
    });
  }

  app.post<{ Params: { username: string } }>('/workspace/admin/users/:username/reset', async (request, reply) => {
    const signed = requireRole(request, 'admin');
    const password = newSecret(18);
    await accounts.resetPassword(signed.user.username, request.params.username, password);
    return reply.type('text/html; charset=utf-8').send((await usersPage(accounts, signed, passwordNotice(request.params.username, password))).value);
  });

  app.get<{ Querystring: { after?: string; subject?: string } }>('/workspace/admin/audit', async (request, reply) => {
    const signed = requireRole(request, 'admin');
    const after = Math.max(0, Number(request.query.after ?? 0) || 0);
    const [kind, id] = (request.query.subject ?? '').split(':', 2);
    const entries = await store.audit.list({ after, limit: PAGE, ...(kind && id ? { subjectKind: kind, subjectId: id } : {}) });
    const last = entries[entries.length - 1];
    const body = html`<h1>Audit log</h1><p><a href="/api/v1/workspace/audit.jsonl">Export everything (JSON Lines)</a></p>${auditRows(entries)}
${entries.length === PAGE && last ? html`<p><a href="/workspace/admin/audit?after=${last.id}">Next ${PAGE}</a></p>` : ''}`;
    return reply.type('text/html; charset=utf-8').send(workspacePage(signed, '/workspace/admin/audit', 'Audit log', body).value);
  });

  app.get('/api/v1/workspace/audit.jsonl', async (request, reply) => {
    requireRole(request, 'admin');
    async function* lines() {
      for (let after = 0; ;) {
        const entries = await store.audit.list({ after, limit: 1000 });
        for (const e of entries) yield `${JSON.stringify(e)}\n`;
        const last = entries[entries.length - 1];
        if (!last || entries.length < 1000) return;
        after = last.id;
      }
    }
    return reply.type('application/jsonl; charset=utf-8').header('content-disposition', 'attachment; filename="missive-audit.jsonl"').send(Readable.from(lines()));
  });
}
