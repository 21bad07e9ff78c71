import type { ReferenceData } from '../domain/index.js';
import type { CommunicationSummary } from '../store/ports.js';
import { html, type SafeHtml } from './html.js';

const STATUS_WORDS: Record<CommunicationSummary['status'], string> = {
  draft: 'not sent', 'awaiting-reply': 'awaiting reply', replied: 'replied', overdue: 'no reply, overdue',
};

/** The plain list of published communications; the real portal comes with its own issue. */
export function communicationsPage(input: {
  rows: readonly CommunicationSummary[];
  total: number;
  page: number;
  pageSize: number;
  reference: ReferenceData;
}): SafeHtml {
  const { rows, total, page, pageSize, reference } = input;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const mandateName = (id: string) => { try { return reference.mandate(id).name; } catch { return id; } };
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Missive — communications</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #ddd}
th{background:#f4f4f4}.ref{white-space:nowrap;font-family:ui-monospace,monospace}.muted{color:#666}nav a{margin-right:1rem}</style></head>
<body>
<h1>Communications</h1>
<p class="muted">${total} published communications of the UN Special Procedures, newest first. Page ${page} of ${pages}.</p>
<table><thead><tr><th>Reference</th><th>Date</th><th>Addressee</th><th>Mandates</th><th>Subject</th><th>Reply</th></tr></thead><tbody>
${rows.map((r) => html`<tr><td class="ref">${r.reference}</td><td>${r.dateSent ?? ''}</td><td>${r.addressees.join('; ')}</td>
<td>${r.mandateIds.map(mandateName).join('; ')}</td><td>${r.subject}</td><td>${STATUS_WORDS[r.status]}${r.replyCount > 1 ? ` (${r.replyCount})` : ''}</td></tr>`)}
</tbody></table>
<nav>${page > 1 ? html`<a href="/communications?page=${page - 1}">← newer</a>` : ''}${page < pages ? html`<a href="/communications?page=${page + 1}">older →</a>` : ''}</nav>
</body></html>`;
}
