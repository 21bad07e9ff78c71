/**
 * Writes data/reference/mandates.json and data/reference/sessions.json from the facts in
 * ../shared/domain (ids, names, years, session windows), leaving out the research notes.
 * Run: `npm run build && node dist/scripts/import-shared-reference.js`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const shared = new URL('../../../shared/domain/', import.meta.url);
const out = new URL('../../data/reference/', import.meta.url);

interface SharedMandate {
  id: string; name: string; kind: string; holderTitle: string; country: string | null;
  established: number; ended: number | null; formerNames: string[]; confidence: string;
}
interface SharedSession {
  session: number; heldIn: string; symbol: string; sentFrom: string | null; sentTo: string | null;
  repliesFrom: string | null; repliesTo: string | null; periodConfidence: string;
}

const mandates = (JSON.parse(readFileSync(new URL('mandates.json', shared), 'utf8')) as SharedMandate[]).map((m) => ({
  id: m.id, name: m.name, kind: m.kind, holderTitle: m.holderTitle, country: m.country,
  established: m.established, ended: m.ended, formerNames: m.formerNames, confidence: m.confidence,
}));
const sessions = (JSON.parse(readFileSync(new URL('sessions.json', shared), 'utf8')) as SharedSession[]).map((s) => ({
  session: s.session, heldIn: s.heldIn, symbol: s.symbol, sentFrom: s.sentFrom, sentTo: s.sentTo,
  repliesFrom: s.repliesFrom, repliesTo: s.repliesTo, periodConfidence: s.periodConfidence,
}));

writeFileSync(new URL('mandates.json', out), JSON.stringify({ mandates }, null, 1) + '\n');
writeFileSync(new URL('sessions.json', out), JSON.stringify({ sessions }, null, 1) + '\n');
console.log(`wrote ${mandates.length} mandates and ${sessions.length} sessions`);
