import type { ReferenceData } from '../domain/index.js';
import { fold } from '../text/fold.js';
import { countryMatcher, type CountryMatch } from './countries.js';
import type { Doc } from './document.js';
import { found } from './document.js';
import type { Evidence, Found } from './types.js';

export type Party = { readonly code: string | null; readonly name: string };

interface Cue {
  readonly pattern: RegExp;
  /** Where the State's name is: after the cue (Permanent Mission of X) or before it (X常驻, X 상설대표부). */
  readonly side: 'after' | 'before';
  readonly reach: number;
}

/** How missions name themselves, in the loose view (lower case, no accents, Arabic letters folded). */
const CUES: readonly Cue[] = [
  { pattern: /permanent\s+mission\s+of\s+/gu, side: 'after', reach: 160 },
  { pattern: /(?:embassy|ministry\s+of\s+foreign\s+affairs|mission)\s+of\s+/gu, side: 'after', reach: 120 },
  { pattern: /permanent\s+mission\s+(?:to|in|at)\s/gu, side: 'before', reach: 90 },
  { pattern: /mission\s+permanente\s+/gu, side: 'after', reach: 160 },
  { pattern: /mision\s+permanente\s+/gu, side: 'after', reach: 160 },
  { pattern: /постоянн\p{L}*\s+представительств\p{L}*\s+/gu, side: 'after', reach: 160 },
  { pattern: new RegExp(`(?:${fold('البعثة')}\\s+${fold('الدائمة')}|${fold('الوفد')}\\s+${fold('الدائم')})\\s*`, 'gu'), side: 'after', reach: 160 },
  { pattern: /常驻|代表团/gu, side: 'before', reach: 40 },
  { pattern: /주\s*제네바\s*/gu, side: 'after', reach: 40 },
  { pattern: /상설\s*대표부|대표부/gu, side: 'before', reach: 60 },
];

/** A State named by the mission's own wording, by vote over every place that names the mission. */
export function readSenderState(doc: Doc, reference: ReferenceData): { code: string; evidence: Evidence[] } | null {
  const matcher = countryMatcher(reference);
  const votes = new Map<string, { count: number; first: number; evidence: Evidence[] }>();
  const text = doc.loose.text;
  for (const cue of CUES) {
    for (const m of text.matchAll(cue.pattern)) {
      const at = m.index ?? 0;
      const [from, to] = cue.side === 'after' ? [at + m[0].length, at + m[0].length + cue.reach] : [Math.max(0, at - cue.reach), at];
      const window = text.slice(from, to);
      const best: CountryMatch | null = matcher.best(window, cue.side === 'before', cue.side === 'after' ? 16 : Infinity);
      if (!best) continue;
      const gap = cue.side === 'after' ? window.slice(0, best.start) : window.slice(best.end);
      // The name must follow (or precede) the cue closely: "of the", "de la", "لـ", a line break.
      if (gap.replace(/\s+/g, ' ').trim().length > (cue.side === 'after' ? 12 : 24)) continue;
      const vote = votes.get(best.code) ?? { count: 0, first: from + best.start, evidence: [] };
      vote.count++;
      if (vote.evidence.length < 3) vote.evidence.push(doc.looseEvidence(from + best.start, from + best.end));
      votes.set(best.code, vote);
    }
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const [code, vote] = ranked[0] ?? [];
  return code && vote ? { code, evidence: vote.evidence } : null;
}

const SCRIPTS: Readonly<Record<string, RegExp>> = {
  Latin: /\p{Script=Latin}/u, Cyrillic: /\p{Script=Cyrillic}/u, Arabic: /\p{Script=Arabic}/u, Han: /\p{Script=Han}/u, Hangul: /\p{Script=Hangul}/u,
};
const SCRIPT_OF_LANGUAGE: Readonly<Record<string, string>> = { en: 'Latin', fr: 'Latin', es: 'Latin', ru: 'Cyrillic', ar: 'Arabic', zh: 'Han', ko: 'Hangul', ja: 'Han' };
const MISSION_WORDS = new RegExp(`permanent mission|mission permanente|mision permanente|постоянн\\p{L}* представительств|${fold('البعثة الدائمة')}|${fold('الوفد الدائم')}|代表团|常驻|대표부`, 'u');
const OPENING = new RegExp(`presents its compliments|presente ses compliments|saluda (?:muy )?atentamente|presenta sus|свидетельствует сво\\p{L}* уважение|${fold('تحيات')}|致意|경의를 표`, 'u');

interface Block {
  readonly start: number;
  readonly end: number;
}

/** Paragraphs (runs of non-empty lines) of the text given, as source ranges. */
export function blocks(doc: Doc): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  for (const line of doc.lines) {
    if (line.text.trim() === '') {
      if (current) out.push(current);
      current = null;
    } else current = current ? { start: current.start, end: line.end } : { start: line.start, end: line.end };
  }
  if (current) out.push(current);
  return out;
}

function dominantScript(text: string): string | null {
  let best: [string, number] = ['', 0];
  for (const [script, re] of Object.entries(SCRIPTS)) {
    const n = [...text].filter((c) => re.test(c)).length;
    if (n > best[1]) best = [script, n];
  }
  return best[1] > 0 ? best[0] : null;
}

/**
 * The mission as it names itself: its letterhead (the block before the opening that names the
 * mission, in the script of the note's language when there are several), else the subject of
 * the opening sentence ("The Permanent Mission of … in Geneva presents its compliments").
 */
export function readMissionName(doc: Doc, language: string | null): Found<string> | null {
  const opening = OPENING.exec(doc.loose.text);
  const openingAt = opening ? doc.looseEvidence(opening.index, opening.index + opening[0].length).start : doc.text.length;
  const head = blocks(doc).filter((b) => b.end <= openingAt && MISSION_WORDS.test(doc.loose.text.slice(doc.looseOffset(b.start), doc.looseOffset(b.end))));
  const script = language ? SCRIPT_OF_LANGUAGE[language] : undefined;
  const chosen = head.find((b) => dominantScript(doc.text.slice(b.start, b.end)) === script) ?? head[0];
  if (chosen) {
    const evidence = doc.evidence(chosen.start, chosen.end);
    return found(evidence.text.replace(/\s+/g, ' '), evidence);
  }
  if (!opening) return null;
  const sentence = doc.sentenceAt(openingAt);
  const loose = doc.loose.text.slice(doc.looseOffset(sentence.start), opening.index);
  const mission = MISSION_WORDS.exec(loose);
  if (!mission) return null;
  const evidence = doc.looseEvidence(doc.looseOffset(sentence.start) + mission.index, opening.index);
  const name = evidence.text.replace(/\s*[(（][A-Z.]{2,8}[)）]/gu, '').replace(/\s+/g, ' ').trim();
  return found(name, evidence);
}
