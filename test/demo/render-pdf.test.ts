import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderLetter, renderPdf, renderReply, type DemoLanguage, type RenderedDocument } from '../../src/demo/render/index.js';
import { seeded } from './seeded.js';

/** Page text as pdf.js gives it, items joined by spaces (Arabic words come as separate items). */
async function extract(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n');
}

function reply(language: DemoLanguage, code: string): RenderedDocument {
  return renderReply({
    language, sender: { code, kind: 'state', name: '' }, noteNumber: '0024', dateOnNote: '2024-05-16',
    citation: { style: 'reference', references: [`AL ${code} 3/2024`], dates: ['2024-03-22'], mandateIds: ['wg-arbitrary-detention'], joint: false },
    stance: 'substantive', themeId: 'detention-journalist',
  }, seeded(21));
}

test('a rendered letter is a PDF whose text holds the reference, and the bytes are stable', async () => {
  const letter = renderLetter({
    language: 'fr', reference: 'UA SYR 3/2024', dateSent: '2024-01-31', type: 'UA', mandateIds: ['sr-housing', 'sr-torture'],
    addressee: { code: 'SYR', kind: 'state', name: '' }, themeId: 'forced-evictions', victims: ['Ahmed Haddad'], followsUp: [],
  }, seeded(20));
  const pdf = await renderPdf(letter);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = await extract(pdf);
  assert.ok(text.includes('UA SYR 3/2024'));
  assert.ok(text.includes('Genève, le 31 janvier 2024'));
  assert.ok(text.includes('Démo Missive'));
  assert.deepEqual(await renderPdf(letter), pdf);
});

test('Cyrillic, Arabic, Chinese and Korean text survive in the PDF text layer', async () => {
  const cases: [DemoLanguage, string, string[]][] = [
    ['ru', 'RUS', ['Женева', 'Постоянное представительство', 'AL RUS 3']],
    ['ar', 'SAU', ['البعثة', 'الدائمة', 'جنيف', 'مفوضية']],
    ['zh', 'CHN', ['日内瓦', '代表团', '2024年5月16日']],
    ['ko', 'PRK', ['조선민주주의인민공화국', '상설대표부', '2024년 5월 16일', 'Permanent Mission']],
  ];
  for (const [language, code, words] of cases) {
    const doc = reply(language, code);
    const text = (await extract(await renderPdf(doc))).normalize('NFKC');
    for (const word of words) assert.ok(text.includes(word), `${language}: "${word}" in PDF text`);
  }
});
