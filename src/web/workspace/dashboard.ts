import type { FastifyInstance } from 'fastify';
import { parseIsoDate, parseReference, referenceSlug, replyDueDate, todayUtc, type IsoDate, type ReferenceData } from '../../domain/index.js';
import type { CommunicationListQuery, CommunicationSummary, Store, Worklist } from '../../store/ports.js';
import { html, type SafeHtml } from '../html.js';
import { missionCalendar } from '../../reminders/calendar.js';
import { search } from '../../search/service.js';
import { CALENDAR_ROUTE, requireRole, signedIn, type Signed } from './auth.js';
import { workspacePage } from './layout.js';

/**
 * The work lists each person sees first: for the secretariat, letters due within 14 days,
 * overdue ones, replies awaiting review and what was published lately; for a mission, its
 * State's letters (before publication too) with their deadlines; for a mandate-holder, their
 * mandates' letters and overdue cases. Also as JSON for scripts (`/api/v1/workspace/lists`).
 */

export const DUE_DAYS = 14;
const LIST_SIZE = 50;

export interface WorkList {
  readonly name: 'due' | 'overdue' | 'published' | 'all';
  readonly title: string;
  readonly total: number;
  readonly items: readonly CommunicationSummary[];
}

/** What narrows every list to the person's own scope (a mission's State, a mandate-holder's mandates). */
function scope(signed: Signed): Pick<CommunicationListQuery, 'addressee' | 'mandateIds'> {
  if (signed.viewer.role === 'mission') return { addressee: signed.viewer.stateCode };
  if (signed.viewer.role === 'mandate-holder') return { mandateIds: signed.viewer.mandateIds };
  return {};
}

export async function workLists(store: Store, signed: Signed, today: IsoDate): Promise<WorkList[]> {
  const base = { viewer: signed.viewer, today, ...scope(signed) };
  const one = async (name: WorkList['name'], title: string, worklist?: Worklist): Promise<WorkList> => {
    const [items, total] = await Promise.all([store.communications.list({ ...base, worklist, limit: LIST_SIZE }), store.communications.count({ ...base, worklist })]);
    return { name, title, total, items };
  };
  const lists = [one('due', `Replies due within ${DUE_DAYS} days`, { kind: 'due', days: DUE_DAYS }), one('overdue', 'Overdue', { kind: 'overdue' })];
  if (signed.viewer.role === 'secretariat' || signed.viewer.role === 'admin') lists.push(one('published', `Published in the last ${DUE_DAYS} days`, { kind: 'published', days: DUE_DAYS }));
  else lists.push(one('all', signed.viewer.role === 'mission' ? `All communications to ${signed.viewer.stateCode}` : 'All communications of your mandates'));
  return Promise.all(lists);
}

/** A communication's workspace page, by its reference slug. */
export const workspacePath = (reference: string): string => `/workspace/communications/${referenceSlug(parseReference(reference))}`;

function listSection(list: WorkList): SafeHtml {
  return html`<section aria-labelledby="list-${list.name}"><h2 id="list-${list.name}">${list.title} <span class="muted">(${list.total})</span></h2>
${list.items.length === 0 ? html`<p class="muted">None.</p>` : html`<table><thead><tr><th scope="col">Reference</th><th scope="col">Sent</th><th scope="col">Reply due</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Status</th></tr></thead><tbody>
${list.items.map((c) => html`<tr><td><a href="${workspacePath(c.reference)}">${c.reference}</a></td><td>${c.dateSent ?? ''}</td><td>${c.dateSent ? replyDueDate(c.dateSent) : ''}</td><td>${c.addressees.join('; ')}</td><td>${c.subject}</td><td>${c.status}</td></tr>`)}
</tbody></table>`}</section>`;
}

export function registerDashboard(app: FastifyInstance, options: { store: Store; reference: ReferenceData; now: () => Date }): void {
  const { store, reference, now } = options;

  app.get('/workspace', async (request, reply) => {
    const signed = signedIn(request);
    const lists = await workLists(store, signed, todayUtc(now()));
    const staff = signed.viewer.role === 'secretariat' || signed.viewer.role === 'admin';
    const reviews = staff ? await store.links.reviewQueue(LIST_SIZE) : [];
    const pending = staff ? await store.replies.pending(LIST_SIZE) : [];
    const sent = signed.viewer.role === 'mission' ? await store.replies.sentBy(signed.viewer.stateCode, LIST_SIZE) : [];
    // A mandate-holder's latest replies: those to their mandates' letters, from the search index (current within seconds).
    const answers = signed.viewer.role === 'mandate-holder' && signed.viewer.mandateIds.length > 0
      ? (await search(store, { referenceData: reference }, { q: `kind:reply mandate:${signed.viewer.mandateIds.join(',')}`, viewer: signed.viewer, today: todayUtc(now()), sort: 'date', limit: 20, snippets: false })).hits : [];
    const calendar = signed.viewer.role === 'mission'
      ? html`<p><a href="${CALENDAR_ROUTE}">Reply deadlines as a calendar</a> <span class="muted">(to subscribe from a calendar program, add <code>?token=</code> and a personal <a href="/workspace/tokens">API token</a>)</span></p>` : '';
    const body = html`<h1>Work</h1>${calendar}${lists.map(listSection)}
${staff ? html`<section aria-labelledby="list-intake"><h2 id="list-intake">Replies awaiting review in the intake <span class="muted">(${pending.length})</span></h2>
${pending.length === 0 ? html`<p class="muted">None.</p>` : html`<p><a href="/workspace/intake">Review them</a></p>`}</section>` : ''}
${signed.viewer.role === 'mission' ? html`<section aria-labelledby="list-sent"><h2 id="list-sent">Your replies <span class="muted">(${sent.length})</span></h2>
${sent.length === 0 ? html`<p class="muted">None yet. <a href="/workspace/replies/new">Submit a reply</a></p>` : html`<ul>${sent.map((r) => html`<li><a href="/workspace/replies/${r.id}">${r.noteNumber ? `Note ${r.noteNumber}` : `Reply ${r.id}`}</a>, received ${r.dateReceived}${r.review === 'pending' ? ' — awaiting review' : ''}${r.confidential ? ' — confidential' : ''}</li>`)}</ul>`}</section>` : ''}
${signed.viewer.role === 'mandate-holder' ? html`<section aria-labelledby="list-answers"><h2 id="list-answers">Latest replies to your mandates' letters</h2>
${answers.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${answers.map((h) => html`<li><a href="/workspace/replies/${h.recordId}">${h.title}</a>, ${h.date ?? ''}</li>`)}</ul>`}</section>` : ''}
${staff ? html`<section aria-labelledby="list-review"><h2 id="list-review">Replies awaiting a link <span class="muted">(${reviews.length})</span></h2>
${reviews.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${reviews.map((r) => html`<li><a href="/workspace/replies/${r.replyId}">Reply ${r.replyId}</a>: ${r.candidates.length} candidate(s)</li>`)}</ul>`}</section>` : ''}`;
    return reply.type('text/html; charset=utf-8').send(workspacePage(signed, '/workspace', 'Work', body).value);
  });

  // A mission's reply deadlines (its State's letters, unpublished ones included) for calendar programs;
  // staff choose the State with ?state=. Subscribe with ?token=<personal API token>.
  app.get<{ Querystring: { state?: string; from?: string } }>(CALENDAR_ROUTE, async (request, reply) => {
    const signed = requireRole(request, 'mission', 'secretariat', 'admin');
    const state = signed.viewer.role === 'mission' ? signed.viewer.stateCode : reference.country((request.query.state ?? '').toUpperCase(), 'state').code;
    const today = todayUtc(now());
    const from = request.query.from ? parseIsoDate(request.query.from, 'from') : undefined;
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', `inline; filename="missive-deadlines-${state}.ics"`)
      .send(await missionCalendar(store, state, { today, ...(from ? { from } : {}) }));
  });

  app.get('/api/v1/workspace/lists', async (request) => {
    const signed = signedIn(request);
    const lists = await workLists(store, signed, todayUtc(now()));
    return { user: signed.user.username, role: signed.user.role, lists: lists.map((l) => ({ name: l.name, total: l.total, items: l.items })) };
  });
}
