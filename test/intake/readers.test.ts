import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { DemoLanguage } from '../../src/demo/render/index.js';
import { readDocument, readFile, type ReadDocument, type ReadPart } from '../../src/intake/index.js';
import { docx, eml, replyPdf, SHARED, zip } from './fixtures.js';

function documentOf(part: ReadPart | undefined): ReadDocument {
  assert.ok(part, 'part exists');
  if (!part.result.ok) assert.fail(`${part.name}: ${part.result.error.message}`);
  return part.result.document;
}

test('a text file keeps its Markdown marks as written, loses its BOM and CRLF line ends', async (t) => {
  const started = performance.now();
  const seed = await readFile(`${SHARED}samples/seed-note-verbale.txt`);
  t.diagnostic(`text document read in ${(performance.now() - started).toFixed(1)} ms`);
  assert.equal(seed.format, 'text');
  assert.equal(seed.pages.length, 1);
  assert.match(seed.pages[0]?.text ?? '', /No\. \*\*0024\*\*/);
  assert.equal(seed.pages[0]?.source, 'text');
  const windows = await readDocument(Buffer.from('\uFEFFGeneva, 16 May 2024\r\nThe Mission\rpresents its compliments.\r\n', 'utf8'));
  assert.equal(windows.pages[0]?.text, 'Geneva, 16 May 2024\nThe Mission\npresents its compliments.\n');
  const md = await readFile(`${SHARED}corpus/real/nv-exchange-HCCH-NLD-1959-fr.md`);
  assert.equal(md.format, 'markdown');
  assert.equal(md.mime, 'text/markdown');
  assert.equal(md.pages[0]?.text, readFileSync(`${SHARED}corpus/real/nv-exchange-HCCH-NLD-1959-fr.md`, 'utf8').replace(/\r\n?/g, '\n'));
  assert.deepEqual(md.languages, ['fr']);
});

test('HTML gives its visible text and its title, never its scripts or styles', async () => {
  const html = `<!DOCTYPE html><html><head><title>Note verbale n&deg; 0024</title><style>p { color: red }</style>
    <script>var secret = "do-not-show";</script></head>
    <body><h1>Mission permanente de la France</h1><p>La Mission présente ses compliments au <b>Haut-Commissariat</b> &amp; se réfère à la communication AL FRA 3/2024.</p>
    <script type="text/javascript">document.write("injected")</script><noscript>enable scripts</noscript>
    <p>Genève, le 16 mai 2024 <a href="https://example.org/x">lien</a></p></body></html>`;
  const document = await readDocument(Buffer.from(html, 'utf8'), { name: 'note.html' });
  assert.equal(document.format, 'html');
  assert.equal(document.metadata.title, 'Note verbale n° 0024');
  const text = document.pages[0]?.text ?? '';
  assert.match(text, /Mission permanente de la France/);
  assert.match(text, /Haut-Commissariat & se réfère à la communication AL FRA 3\/2024\./);
  assert.doesNotMatch(text, /do-not-show|injected|color|enable scripts|example\.org/);
  assert.deepEqual(document.languages, ['fr']);
});

test('born-digital PDFs give their text layer page by page in Latin, Cyrillic, Arabic, Chinese and Korean', async (t) => {
  const cases: [DemoLanguage, string[], string[]][] = [
    ['en', ['Permanent Mission', 'AL SAU 3/2024'], ['en']],
    ['fr', ['Mission permanente', 'Haut-Commissariat', 'AL SAU 3/2024'], ['fr']],
    ['es', ['Misión Permanente', 'AL SAU 3/2024'], ['es']],
    ['ru', ['Постоянное представительство', 'Женеве', 'AL SAU 3/2024'], ['ru']],
    ['ar', ['البعثة الدائمة للمملكة العربية السعودية', 'الأمم المتحدة', 'AL SAU 3/2024'], ['ar']],
    ['zh', ['日内瓦', '代表团', 'AL SAU 3/2024'], ['zh']],
    ['ko', ['상설대표부', '2024년 5월 16일', 'Permanent Mission'], ['ko', 'en']],
  ];
  let pages = 0;
  let elapsed = 0;
  for (const [language, words, languages] of cases) {
    const { pdf } = await replyPdf(language);
    const started = performance.now();
    const document = await readDocument(pdf, { name: `reply-${language}.pdf` });
    elapsed += performance.now() - started;
    pages += document.pages.length;
    assert.equal(document.format, 'pdf');
    assert.ok(document.metadata.title, `${language}: title from the PDF's info`);
    const text = document.pages.map((page) => page.text).join('\n');
    for (const word of words) assert.ok(text.includes(word), `${language}: "${word}" in ${JSON.stringify(text.slice(0, 300))}`);
    assert.ok(document.pages.every((page) => page.source === 'text'));
    assert.deepEqual(document.languages, languages, `${language}: languages`);
    assert.deepEqual(document.warnings, []);
  }
  t.diagnostic(`born-digital PDF: ${(elapsed / pages).toFixed(0)} ms per page over ${pages} pages`);
});

test('a Word document gives its paragraphs and the title from its properties', async () => {
  const bytes = docx(['Permanent Mission of Chile', 'The Mission presents its compliments & has the honour to refer to UA CHL 1/2024.', '칠레 상설대표부'], 'Reply <CHL>');
  const document = await readDocument(bytes, { name: 'reply.docx' });
  assert.equal(document.format, 'docx');
  assert.equal(document.metadata.title, 'Reply <CHL>');
  assert.match(document.pages[0]?.text ?? '', /compliments & has the honour to refer to UA CHL 1\/2024\./);
  assert.match(document.pages[0]?.text ?? '', /칠레 상설대표부/);
});

test('an e-mail gives its headers, its quoted-printable body, and reads its PDF and nested ZIP attachments', async () => {
  const { pdf } = await replyPdf('en', 'CHL');
  const inner = zip({ 'deep/annex-2.md': '# Annexe 2\n\nListe des **mesures** prises par le Gouvernement.\n\n- mesure 1\n- mesure 2\n' });
  const annexes = zip({ 'annex-1.txt': 'El Gobierno de Chile informa que la investigación sigue abierta en Santiago.', 'folder/': '', 'inner.zip': inner });
  const mail = eml({
    from: '"Mission permanente du Chili" <mission.chili@example.org>',
    to: 'ohchr-registry@un.example',
    subject: '칠레 상설대표부 회신 — AL CHL 3/2024',
    date: 'Thu, 16 May 2024 10:00:00 +0200',
    body: 'La Mission permanente du Chili présente ses compliments au Haut-Commissariat et a l’honneur de transmettre ci-joint la réponse du Gouvernement à la communication AL CHL 3/2024, reçue à Genève le 22 mars 2024. Les annexes sont jointes.',
    attachments: [
      { name: 'reponse.pdf', type: 'application/pdf', bytes: pdf },
      { name: 'annexes.zip', type: 'application/zip', bytes: annexes },
    ],
  });
  const document = await readDocument(mail, { name: 'reply.eml' });
  assert.equal(document.format, 'eml');
  assert.equal(document.metadata.subject, '칠레 상설대표부 회신 — AL CHL 3/2024');
  assert.match(document.metadata.from ?? '', /mission\.chili@example\.org/);
  assert.equal(document.metadata.to, 'ohchr-registry@un.example');
  assert.equal(document.metadata.date, '2024-05-16T08:00:00.000Z');
  assert.match(document.pages[0]?.text ?? '', /présente ses compliments au Haut-Commissariat et a l’honneur de transmettre ci-joint/);
  assert.deepEqual(document.languages, ['fr']);
  assert.deepEqual(document.parts.map((part) => part.name), ['reponse.pdf', 'annexes.zip']);
  const attachedPdf = documentOf(document.parts[0]);
  assert.equal(attachedPdf.format, 'pdf');
  assert.match(attachedPdf.pages[0]?.text ?? '', /Permanent Mission of Chile/);
  assert.equal(document.parts[0]?.size, pdf.length);
  assert.match(document.parts[0]?.sha256 ?? '', /^[0-9a-f]{64}$/);
  const archive = documentOf(document.parts[1]);
  assert.equal(archive.format, 'zip');
  assert.deepEqual(archive.parts.map((part) => part.name), ['annex-1.txt', 'inner.zip']);
  assert.deepEqual(documentOf(archive.parts[0]).languages, ['es']);
  const deep = documentOf(documentOf(archive.parts[1]).parts[0]);
  assert.equal(deep.format, 'markdown');
  assert.match(deep.pages[0]?.text ?? '', /\*\*mesures\*\*/);
});

test('nesting deeper than the limit is refused for the deep part only', async () => {
  let nested: Uint8Array = zip({ 'note.txt': 'The Permanent Mission presents its compliments.' });
  for (let level = 0; level < 3; level += 1) nested = zip({ [`level-${level}.zip`]: nested, [`readme-${level}.txt`]: 'Annex list.' });
  const document = await readDocument(nested, { name: 'outer.zip', limits: { maxDepth: 2 } });
  const level2 = documentOf(document.parts[0]);
  assert.ok(documentOf(document.parts[1]));
  const tooDeep = level2.parts[0];
  assert.equal(tooDeep?.result.ok, false);
  if (tooDeep && !tooDeep.result.ok) {
    assert.equal(tooDeep.result.error.code, 'LIMIT_EXCEEDED');
    assert.equal(tooDeep.result.error.value, 'outer.zip/level-2.zip/level-1.zip');
    assert.match(tooDeep.result.error.message, /outer\.zip\/level-2\.zip\/level-1\.zip is an archive nested 2 levels deep/);
  }
  assert.ok(documentOf(level2.parts[1]));
});

test('an e-mail with only an HTML body gives that body\'s visible text', async () => {
  const mail = Buffer.from([
    'From: mission@example.org', 'To: registry@un.example', 'Subject: Note 0024', 'Date: Thu, 16 May 2024 10:00:00 +0200',
    'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '',
    '<html><body><script>alert("hidden")</script><p>La Mission permanente présente ses compliments au Haut-Commissariat.</p></body></html>',
  ].join('\r\n'));
  const document = await readDocument(mail, { name: 'html.eml' });
  assert.equal(document.pages[0]?.text, 'La Mission permanente présente ses compliments au Haut-Commissariat.');
  assert.deepEqual(document.parts, []);
});
