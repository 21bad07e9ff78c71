import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReferenceData } from '../../src/reference/load.js';
import { understand, type Understanding } from '../../src/understand/index.js';
import { demoLetters, demoReplies, type LetterCase, type ReplyCase } from './demo-corpus.js';
import { normalized, sameSet, Scoreboard } from './scoreboard.js';

const { reference } = loadReferenceData();
const LETTERS_PER_LANGUAGE = 40;
const REPLIES_PER_LANGUAGE = 120;
const OFFICE = 'Office of the United Nations High Commissioner for Human Rights';

function show(u: Understanding): string {
  return JSON.stringify({
    kind: u.kind, date: u.date?.value, place: u.place?.value, ref: u.reference?.value, type: u.type, addressee: u.addressee?.value,
    mandates: u.mandates.map((m) => m.value), sender: u.sender?.value, note: u.noteNumber?.value, stance: u.stance?.value,
    cites: { keys: u.cites.referenceKeys, dates: u.cites.dates.map((d) => d.value), mandates: u.cites.mandates.map((m) => m.value), joint: u.cites.joint },
  });
}

function scoreLetter(board: Scoreboard, c: LetterCase, u: Understanding): void {
  const add = (field: string, ok: boolean, expected: unknown): void => board.add(field, c.language, ok, () => `${c.id} expected ${JSON.stringify(expected)} got ${show(u)}`);
  add('kind', u.kind === 'communication', 'communication');
  add('reference', normalized(u.reference?.value) === normalized(c.reference) && u.referenceKey === c.key, c.reference);
  add('type', u.type === c.type, c.type);
  add('date', u.date?.value === c.date, c.date);
  add('addressee', u.addressee?.value.code === c.addressee.code && (c.addressee.name === null || u.addressee?.value.name === c.addressee.name), c.addressee);
  add('mandates', sameSet(u.mandates.map((m) => m.value), c.mandates), c.mandates);
  add('subject', normalized(u.subject?.value) === normalized(c.subject), c.subject);
  add('cites.references', sameSet(u.cites.referenceKeys, c.citedKeys), c.citedKeys);
  add('cites.dates', sameSet(u.cites.dates.map((d) => d.value), c.citedDates), c.citedDates);
}

function scoreReply(board: Scoreboard, c: ReplyCase, u: Understanding): void {
  const add = (field: string, ok: boolean, expected: unknown): void => board.add(field, c.language, ok, () => `${c.id} expected ${JSON.stringify(expected)} got ${show(u)}`);
  const dates = u.cites.dates.map((d) => d.value);
  add('kind', u.kind === 'reply', 'reply');
  add('language', u.language === c.language, c.language);
  add('sender.code', u.sender?.value.code === c.sender.code, c.sender.code);
  add('sender.name', normalized(u.sender?.value.name) === normalized(c.sender.name), c.sender.name);
  add('noteNumber', (u.noteNumber?.value ?? null) === c.noteNumber, c.noteNumber);
  add('date', u.date?.value === c.date, c.date);
  add('place', (u.place?.value ?? null) === c.place, c.place);
  add('addressee', c.toOffice ? u.addressee?.value.name === OFFICE : u.addressee !== null && u.addressee.value.name !== OFFICE, c.toOffice ? OFFICE : 'mandate-holders');
  add('cites.references', sameSet(u.cites.referenceKeys, c.citedKeys), c.citedKeys);
  add('cites.dates', c.mayCiteDates ? dates.every((d) => c.citedDates.includes(d)) : sameSet(dates, c.citedDates), c.citedDates);
  add('cites.mandates', sameSet(u.cites.mandates.map((m) => m.value), c.citedMandates), c.citedMandates);
  add('cites.joint', u.cites.joint === c.joint, c.joint);
  add('stance', u.stance?.value === c.stance, c.stance);
}

/** Every evidence quotes the text at its offsets. */
function checkEvidence(text: string, u: Understanding): boolean {
  const all = [
    u.date, u.place, u.reference, u.addressee, u.subject, u.sender, u.noteNumber, u.stance, ...u.mandates,
    ...u.cites.references, ...u.cites.dates, ...u.cites.mandates,
  ].flatMap((f) => f?.evidence ?? []);
  return all.every((e) => text.slice(e.start, e.end) === e.text && e.text.length > 0);
}

test(`demo corpus: ${LETTERS_PER_LANGUAGE} letters per language (en/fr/es), fields ≥ 95 %`, () => {
  const board = new Scoreboard();
  let evidenceOk = true;
  for (const c of demoLetters(reference, LETTERS_PER_LANGUAGE)) {
    const u = understand(c.text, { reference, languages: [c.language] });
    scoreLetter(board, c, u);
    evidenceOk &&= checkEvidence(c.text, u);
  }
  console.log(`\n${board.table('letters (demo)')}\n`);
  if (board.failures.length > 0) console.log(board.failures.slice(0, 15).join('\n'));
  assert.ok(evidenceOk, 'every evidence quotes the text at its offsets');
  for (const field of board.fields()) {
    const worst = board.worst(field);
    assert.ok(worst.accuracy >= 0.95, `${field}: ${(100 * worst.accuracy).toFixed(1)} % in ${worst.language}`);
  }
});

test(`demo corpus: ${REPLIES_PER_LANGUAGE} replies per language (en/fr/es/ru/ar/zh/ko), fields ≥ 95 %, stance ≥ 85 %`, () => {
  const board = new Scoreboard();
  const guessed = new Scoreboard();
  let evidenceOk = true;
  for (const c of demoReplies(reference, REPLIES_PER_LANGUAGE)) {
    const u = understand(c.text, { reference, languages: [c.language] });
    scoreReply(board, c, u);
    evidenceOk &&= checkEvidence(c.text, u);
    // The same without the intake's languages: the script-based guess must do.
    const alone = understand(c.text, { reference });
    guessed.add('language (guessed)', c.language, alone.language === c.language);
    guessed.add('stance (languages guessed)', c.language, alone.stance?.value === c.stance);
  }
  console.log(`\n${board.table('replies (demo)')}\n${guessed.table('without languages')}\n`);
  if (board.failures.length > 0) console.log(board.failures.slice(0, 15).join('\n'));
  assert.ok(evidenceOk, 'every evidence quotes the text at its offsets');
  for (const field of board.fields()) {
    const worst = board.worst(field);
    const bar = field === 'stance' ? 0.85 : 0.95;
    assert.ok(worst.accuracy >= bar, `${field}: ${(100 * worst.accuracy).toFixed(1)} % in ${worst.language}`);
  }
});
