import { stringify } from 'csv-stringify/sync';
import { timeToReplyDistribution } from '../charts/charts.js';
import { daysBetween } from '../domain/index.js';
import type { Figures } from '../stats/statistics.js';
import { html, SafeHtml } from '../web/html.js';
import type { SessionReport } from './session-report.js';

/** The session report as a printable HTML document (the page, and the PDF printed from it), and as CSV. */

const pct = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(0)} %`);
const num = (n: number | null) => (n === null ? '—' : n.toLocaleString('en'));

const STYLE = `body{font:11pt/1.45 "Noto Sans",system-ui,sans-serif;color:#111;margin:0 auto;max-width:52rem;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin:1.6rem 0 .4rem;break-after:avoid}h3{font-size:1.05rem;margin:1.1rem 0 .3rem;break-after:avoid}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #bbb;padding:.2rem .4rem;text-align:start;vertical-align:top}
.muted{color:#555}.letter{break-inside:avoid;margin:.5rem 0 .9rem}.letter p{margin:.15rem 0}figure{margin:.6rem 0}
@page{size:A4;margin:18mm 16mm 20mm}`;

function figuresTable(f: Figures): SafeHtml {
  const rows: [string, string][] = [
    ['Communications sent', num(f.communications)], ['Urgent appeals (UA)', num(f.byType.UA)], ['Allegation letters (AL)', num(f.byType.AL)],
    ['Other letters (OL)', num(f.byType.OL)], ['Joint communications', `${num(f.joint)} (${pct(f.jointShare)})`], ['States addressed', num(f.states)],
    ['Non-State actors addressed', num(f.nonStateActors)], ['Communications replied to', num(f.replied)], ['Replied within 60 days', `${num(f.repliedInTime)} (${pct(f.responseRateInTime)})`],
    ['Response rate', pct(f.responseRate)], ['Median days to first reply', num(f.medianDaysToReply)], ['90th percentile of days to first reply', num(f.p90DaysToReply)],
    ['Overdue (no reply, past the 60 days)', num(f.overdue)], ['Follow-ups of earlier communications', `${num(f.followUps)} (${pct(f.followUpShare)})`],
    ['Replies received', num(f.replies)],
  ];
  const stances = Object.entries(f.stances).map(([s, n]) => `${s} ${num(n)}`).join(', ');
  return html`<table><tbody>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}
<tr><th scope="row">Replies by stance</th><td>${stances}</td></tr></tbody></table>`;
}

export function reportHtml(r: SessionReport): string {
  const s = r.session;
  const letters = r.addressees.flatMap((a) => a.letters);
  const delays = [...new Set(letters)].flatMap((l) => (l.replies[0] ? [Math.max(0, daysBetween(l.dateSent, l.replies[0]))] : []));
  const chart = timeToReplyDistribution(delays, {
    title: 'Days from sending to the first reply', locale: 'en',
    labels: { days: 'Days to first reply', replies: 'Communications', deadline: '60-day deadline', empty: 'No reply received yet.' },
  });
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Communications report to the ${s.number}th session</title><style>${new SafeHtml(STYLE)}</style></head><body>
<header><p class="muted">${s.symbol ?? `Human Rights Council, ${s.number}th session`} · held in ${s.heldIn}</p>
<h1>Communications report of special procedures</h1>
<p>Communications sent from ${s.sent.from} to ${s.sent.to}; replies received from ${s.replies.from} to ${s.replies.to}.</p>
<p class="muted">Produced by Missive on ${r.generatedOn} from the records public on that day${s.windowsFrom === 'standard-cycle' ? '; windows from the standard cycle' : ''}.</p></header>
<h2>Statistics</h2>${figuresTable(r.statistics)}${new SafeHtml(chart)}
<h2>Communications sent, by addressee</h2>
${r.addressees.length === 0 ? html`<p>None.</p>` : r.addressees.map((a) => html`<section><h3>${a.name}</h3>${a.letters.map((l) => html`<div class="letter">
<p><strong>${l.reference}</strong> · ${l.dateSent} · ${l.type ?? ''} · ${l.mandates.map((m) => m.name).join('; ')}</p>
<p>${l.subject}</p>${l.summary ? html`<p class="muted">${l.summary}</p>` : ''}
<p>${l.replies.length > 0 ? `Replies received: ${l.replies.join(', ')}` : l.status === 'overdue' ? 'No reply received within 60 days.' : 'No reply yet.'}</p></div>`)}</section>`)}
<h2>Replies received in the period to earlier communications</h2>
${r.laterReplies.length === 0 ? html`<p>None.</p>` : html`<table><thead><tr><th scope="col">Reference</th><th scope="col">Sent</th><th scope="col">Addressee</th><th scope="col">Replies received</th></tr></thead><tbody>
${r.laterReplies.map((l) => html`<tr><td>${l.reference}</td><td>${l.dateSent}</td><td>${l.addressees}</td><td>${l.replies.join(', ')}</td></tr>`)}</tbody></table>`}
</body></html>`.value;
}

/** One line per communication sent in the window (by addressee), then one per earlier communication replied to in the reply window. */
export function reportCsv(r: SessionReport): string {
  const rows: string[][] = [['section', 'addressee', 'reference', 'date_sent', 'type', 'mandates', 'subject', 'status', 'reply_dates']];
  for (const a of r.addressees) {
    for (const l of a.letters) rows.push(['sent', a.name, l.reference, l.dateSent, l.type ?? '', l.mandates.map((m) => m.id).join(' '), l.subject, l.status, l.replies.join(' ')]);
  }
  for (const l of r.laterReplies) rows.push(['earlier', l.addressees, l.reference, l.dateSent, '', '', '', 'replied', l.replies.join(' ')]);
  return stringify(rows);
}
