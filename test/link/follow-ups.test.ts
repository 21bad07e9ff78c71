import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDate } from '../../src/domain/index.js';
import { createRandom } from '../../src/demo/random.js';
import { renderLetter } from '../../src/demo/render/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { understand, type Understanding } from '../../src/understand/index.js';
import { CandidatePool, followedUp, type CommunicationFacts } from '../../src/link/index.js';

const { reference } = loadReferenceData();

function record(id: number, type: string, code: string, number: number, year: number, dateSent: string, legacyReference: string | null = null): CommunicationFacts {
  return { id, type, code, number, year, legacyReference, addresseeName: code, dateSent: parseIsoDate(dateSent), mandateIds: ['sr-expression'], text: 'x' };
}

function read(referenceText: string, dateSent: string, followsUp: { reference: string; dateSent: string }[], language: 'en' | 'fr' | 'es' = 'en'): Understanding {
  const doc = renderLetter({
    language, reference: referenceText, dateSent, type: 'AL', mandateIds: ['sr-expression', 'sr-hrds'], addressee: { code: 'CHN', kind: 'state', name: 'China' },
    themeId: 'detention-journalist', victims: ['Li Wei'], followsUp,
  }, createRandom(`follow-up:${referenceText}`).next);
  return understand(doc.text, { reference, languages: [language] });
}

const earlier = record(1, 'AL', 'CHN', 3, 2023, '2023-03-12');
const sameDay = record(2, 'UA', 'CHN', 4, 2023, '2023-03-12');
const legacy = record(3, 'JUA', 'CHN', 9, 2015, '2015-06-02', 'JUA Expression (1993-2) Hrds (2000-9) CHN 9/2015');
const own = record(4, 'AL', 'CHN', 20, 2024, '2024-05-02');
const elsewhere = record(5, 'AL', 'IRN', 3, 2023, '2023-03-12');
const pool = new CandidatePool([earlier, sameDay, legacy, own, elsewhere]);

test('a letter citing an earlier one by reference and date follows it up, with reasons', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    const found = followedUp(read('AL CHN 20/2024', '2024-05-02', [{ reference: 'AL CHN 3/2023', dateSent: '2023-03-12' }], language), pool, { id: own.id });
    assert.equal(found[0]?.communicationId, earlier.id, language);
    assert.ok((found[0]?.score ?? 0) >= 0.95);
    assert.deepEqual(found[0]?.reasons, ['cites AL CHN 3/2023, its reference', 'cites the date 12 March 2023 = date sent', 'sent 417 days before this letter']);
    assert.ok(found.every((f) => f.communicationId !== own.id && f.communicationId !== elsewhere.id), 'never itself, never another addressee');
    assert.ok(found.every((f) => f.communicationId === earlier.id || f.score < 0.5), 'the other letter of that day is not linked');
  }
});

test('a legacy reference is followed up as well', () => {
  const found = followedUp(read('AL CHN 20/2024', '2024-05-02', [{ reference: 'JUA Expression (1993-2) Hrds (2000-9) CHN 9/2015', dateSent: '2015-06-02' }]), pool, { id: own.id });
  assert.equal(found[0]?.communicationId, legacy.id);
  assert.ok((found[0]?.score ?? 0) >= 0.95);
});

test('a letter citing nothing earlier follows nothing up', () => {
  assert.deepEqual(followedUp(read('AL CHN 20/2024', '2024-05-02', []), pool, { id: own.id }), []);
});
