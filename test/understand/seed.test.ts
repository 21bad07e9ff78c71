import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadReferenceData } from '../../src/reference/load.js';
import { understand } from '../../src/understand/index.js';

/** The project's one real document, beside the checkout: ../shared/samples. */
const SAMPLES = new URL(import.meta.url.includes('/dist/') ? '../../../../shared/samples/' : '../../../shared/samples/', import.meta.url);
const text = readFileSync(new URL('seed-note-verbale.txt', SAMPLES), 'utf8');
const expected = JSON.parse(readFileSync(new URL('seed-note-verbale.expected.json', SAMPLES), 'utf8')) as {
  date: string; place: string; noteNumber: string; stance: string; addressee: string; languages: string[];
  sender: { code: string; name: string }; cites: { references: string[]; dates: string[]; joint: boolean };
};
const { reference } = loadReferenceData();

test('the seed note verbale: a DPRK reply rejecting a joint communication cited by its date only', () => {
  const u = understand(text, { reference, languages: ['en', 'ko'] });
  assert.equal(u.kind, 'reply');
  assert.equal(u.sender?.value.code, expected.sender.code);
  assert.equal(u.noteNumber?.value, expected.noteNumber);
  assert.equal(u.date?.value, expected.date);
  assert.equal(u.place?.value, expected.place);
  assert.deepEqual(u.cites.dates.map((d) => d.value), expected.cites.dates);
  assert.equal(u.cites.joint, expected.cites.joint);
  assert.equal(u.stance?.value, expected.stance);
  assert.deepEqual(u.cites.references, []);
  assert.deepEqual(u.cites.referenceKeys, expected.cites.references);
  assert.equal(u.addressee?.value.name, expected.addressee);
});

test('the seed note: every value points at the text it was read from', () => {
  const u = understand(text, { reference });
  assert.deepEqual(u.languages, expected.languages, 'English with a Korean letterhead, guessed from the scripts');
  assert.equal(u.noteNumber?.evidence[0]?.text, '0024', 'the Markdown bold markers are not part of the number');
  assert.equal(u.date?.evidence[0]?.text, '16 May 2024');
  assert.equal(u.cites.dates[0]?.evidence[0]?.text, '22 March 2024');
  assert.match(u.sender?.value.name ?? '', /Democratic People's Republic of Korea.*Permanent Mission/s);
  assert.ok(u.stance?.evidence.some((e) => e.text.includes('categorically denies and rejects')));
  for (const f of [u.date, u.place, u.sender, u.noteNumber, u.addressee, u.stance, ...u.cites.dates]) {
    for (const e of f?.evidence ?? []) assert.equal(text.slice(e.start, e.end), e.text);
  }
});
