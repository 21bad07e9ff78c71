import { html, type SafeHtml } from '../html.js';
import { page } from '../pages/layout.js';
import type { Signed } from './auth.js';

/** Workspace pages: English, never cached by anyone but the browser, with who is signed in and a way out. */

export const csrfField = (token: string | null): SafeHtml => html`<input type="hidden" name="_csrf" value="${token ?? ''}">`;

const ROLE_NAMES: Record<Signed['user']['role'], string> = { admin: 'Administrator', secretariat: 'Secretariat', 'mandate-holder': 'Mandate-holder', mission: 'Permanent Mission' };

export function workspacePage(signed: Signed | null, path: string, title: string, body: SafeHtml): SafeHtml {
  const nav = signed === null ? '' : html`<nav class="workspace" aria-label="Workspace"><p><a href="/workspace">Work</a> · <a href="/workspace/search">Search</a>
${signed.user.role === 'admin' || signed.user.role === 'secretariat' ? html` · <a href="/workspace/communications/new">Register a communication</a> · <a href="/workspace/intake">Intake</a>` : ''}
${signed.user.role === 'mission' ? html` · <a href="/workspace/replies/new">Submit a reply</a>` : ''}
${signed.user.role === 'admin' ? html` · <a href="/workspace/admin/users">Accounts</a> · <a href="/workspace/admin/audit">Audit log</a>` : ''}
 · <a href="/workspace/tokens">API tokens</a></p>
<form method="post" action="/logout">${csrfField(signed.csrfToken)}<p>${signed.user.displayName} (${ROLE_NAMES[signed.user.role]}${signed.user.stateCode ? `, ${signed.user.stateCode}` : ''}) <button type="submit">Sign out</button></p></form></nav>`;
  return page({ locale: 'en', path, query: '', localized: false }, title, html`${nav}${body}`);
}
