import type { PublicCommunication, PublicReply, PublicReplySummary } from '../../public/records.js';
import { html, type SafeHtml } from '../html.js';
import { localePath } from '../i18n/locales.js';
import { MESSAGES, type Messages } from '../i18n/messages.js';
import { page, type PageContext } from './layout.js';

/** The communication and reply pages, and the page for what is not (or not yet) published. */

const stance = (t: Messages, s: string | null) => (s === null ? '' : t.stances[s as keyof Messages['stances']] ?? s);
const fileList = (t: Messages, files: PublicCommunication['files']) => html`<ul>${files.map((f) => html`<li><a href="/files/${f.sha256}">${f.filename}</a>
 <span class="muted">(${f.mime.split(';')[0] ?? ''}, ${Math.max(1, Math.round(f.size / 1024))} kB)</span> · <a href="/files/${f.sha256}?download=1" download>${t.download}</a></li>`)}</ul>`;

function replyItem(ctx: PageContext, r: PublicReplySummary): SafeHtml {
  const t = MESSAGES[ctx.locale];
  return html`<li><a href="${localePath(ctx.locale, `/replies/${r.id}`)}">${r.sender.name}${r.noteNumber ? `, ${t.noteNumber} ${r.noteNumber}` : ''}</a>
 · ${t.dateReceived} <time datetime="${r.dateReceived}">${r.dateReceived}</time>${r.stance ? html` · ${stance(t, r.stance)}` : ''}</li>`;
}

/** Letters before or after this one in its follow-up chain, as a row of the record's list. */
function chain(ctx: PageContext, label: string, links: PublicCommunication['followsUp']): SafeHtml | string {
  return links.length === 0 ? '' : html`<dt>${label}</dt><dd>${links.map((f) => html`<a href="${localePath(ctx.locale, `/communications/${f.slug}`)}">${f.reference}</a> `)}</dd>`;
}

export function communicationPage(ctx: PageContext, c: PublicCommunication): SafeHtml {
  const t = MESSAGES[ctx.locale];
  const events: { date: string; what: string }[] = [];
  if (c.dateSent) events.push({ date: c.dateSent, what: t.events.sent });
  if (c.replyDue) events.push({ date: c.replyDue, what: t.events.due });
  for (const r of c.replies) events.push({ date: r.dateReceived, what: `${t.events.received}: ${r.sender.name}` });
  events.push({ date: c.publicOn, what: t.events.published });
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return page(ctx, c.reference, html`<p class="kind">${t.communication}</p><h1>${c.reference}</h1>
<p lang="${c.language}">${c.subject}</p>
<dl class="record">
<dt>${t.dateSent}</dt><dd>${c.dateSent ?? ''}</dd>
<dt>${t.addressees}</dt><dd>${c.addressees.map((a) => html`<a href="${localePath(ctx.locale, `/states/${a.code}`)}">${a.name}</a> `)}</dd>
<dt>${t.mandates}</dt><dd><ul>${c.mandates.map((m) => html`<li><a href="${localePath(ctx.locale, `/mandates/${m.id}`)}">${m.name}</a></li>`)}</ul></dd>
<dt>${t.type}</dt><dd>${c.type ?? ''}</dd>
${c.themes.length > 0 ? html`<dt>${t.themes}</dt><dd lang="${c.language}">${c.themes.join(', ')}</dd>` : ''}
<dt>${t.replyDue}</dt><dd>${c.replyDue ?? ''}</dd>
<dt>${t.publicOn}</dt><dd>${c.publicOn}</dd>
${chain(ctx, t.followsUp, c.followsUp)}${chain(ctx, t.followedBy, c.followedBy)}
</dl>
${c.summary ? html`<h2>${t.summary}</h2><p lang="${c.language}">${c.summary}</p>` : ''}
<h2>${t.files}</h2>${fileList(t, c.files)}
<h2>${t.replies}</h2>${c.replies.length === 0 ? html`<p>${t.noReplies}</p>` : html`<ul>${c.replies.map((r) => replyItem(ctx, r))}</ul>`}
<h2>${t.timeline}</h2><ol class="timeline">${events.map((e) => html`<li><time datetime="${e.date}">${e.date}</time> — ${e.what}</li>`)}</ol>`);
}

export function replyPage(ctx: PageContext, r: PublicReply): SafeHtml {
  const t = MESSAGES[ctx.locale];
  const title = `${r.sender.name}${r.noteNumber ? `, ${t.noteNumber} ${r.noteNumber}` : ''}`;
  return page(ctx, title, html`<p class="kind">${t.reply}</p><h1>${title}</h1>
<dl class="record">
<dt>${t.sender}</dt><dd>${r.sender.name}</dd>
<dt>${t.dateOnNote}</dt><dd>${r.dateOnNote ?? ''}</dd>
<dt>${t.dateReceived}</dt><dd>${r.dateReceived}</dd>
<dt>${t.publicOn}</dt><dd>${r.publicOn}</dd>
<dt>${t.stance}</dt><dd>${stance(t, r.stance)}</dd>
<dt>${t.languages}</dt><dd>${r.languages.join(', ')}</dd>
<dt>${t.answers}</dt><dd>${r.answers.map((a) => html`<a href="${localePath(ctx.locale, `/communications/${a.slug}`)}">${a.reference}</a> `)}</dd>
</dl>
<h2>${t.files}</h2>${fileList(t, r.files)}`);
}

export function notFoundPage(ctx: PageContext): SafeHtml {
  const t = MESSAGES[ctx.locale];
  return page(ctx, t.notFound, html`<h1>${t.notFound}</h1><p>${t.notFoundText}</p><p><a href="${localePath(ctx.locale, '/')}">Missive</a></p>`);
}
