import type { FastifyInstance } from 'fastify';
import type { Accounts } from '../../accounts/service.js';
import { MissiveError } from '../../domain/index.js';
import type { Store } from '../../store/ports.js';
import { html } from '../html.js';
import { signedIn, type Signed } from './auth.js';
import { csrfField, workspacePage } from './layout.js';

/** Personal API tokens: listed, created (the token shown once) and revoked by their owner. */

async function tokensPage(store: Store, signed: Signed, created: string | null) {
  const tokens = await store.accounts.tokens(signed.user.id);
  return workspacePage(signed, '/workspace/tokens', 'API tokens', html`<h1>API tokens</h1>
<p>A token lets a script act as you: send it as <code>Authorization: Bearer TOKEN</code>. Only a hash is kept; revoke a token you no longer use.</p>
${created ? html`<p role="status">Your new token (copy it now, it will not be shown again): <code id="new-token">${created}</code></p>` : ''}
<table><thead><tr><th scope="col">Name</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">State</th></tr></thead><tbody>
${tokens.map((t) => html`<tr><td>${t.name}</td><td>${t.createdAt}</td><td>${t.lastUsedAt ?? 'never'}</td><td>${t.revokedAt ? `revoked ${t.revokedAt}` : html`<form method="post" action="/workspace/tokens/${t.id}/revoke">${csrfField(signed.csrfToken)}<button type="submit">Revoke</button></form>`}</td></tr>`)}
</tbody></table>
<h2>New token</h2><form method="post" action="/workspace/tokens">${csrfField(signed.csrfToken)}<p><label for="name">Name</label> <input id="name" name="name" required maxlength="100"> <button type="submit">Create</button></p></form>`);
}

export function registerTokens(app: FastifyInstance, accounts: Accounts, store: Store): void {
  app.get('/workspace/tokens', async (request, reply) => {
    const signed = signedIn(request);
    return reply.type('text/html; charset=utf-8').send((await tokensPage(store, signed, null)).value);
  });

  app.post<{ Body: { name?: unknown } }>('/workspace/tokens', async (request, reply) => {
    const signed = signedIn(request);
    const { token } = await accounts.createToken(signed.user, typeof request.body?.name === 'string' ? request.body.name : '');
    return reply.type('text/html; charset=utf-8').send((await tokensPage(store, signed, token)).value);
  });

  app.post<{ Params: { id: string } }>('/workspace/tokens/:id/revoke', async (request, reply) => {
    const signed = signedIn(request);
    const id = Number(request.params.id);
    if (!Number.isSafeInteger(id)) throw new MissiveError('NOT_FOUND', `token: ${request.params.id} is not a live token of yours`, { field: 'token' });
    await accounts.revokeToken(signed.user, id);
    return reply.redirect('/workspace/tokens', 303);
  });
}
