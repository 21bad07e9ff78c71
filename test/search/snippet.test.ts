import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { QueryNode } from '../../src/search/query-ast.js';
import { highlighterFor, leadSnippet, markSnippet, snippetFor, snippetHtml, type Snippet, type SnippetSource } from '../../src/search/snippet.js';

const word = (text: string): QueryNode => ({ kind: 'word', text });
const and = (...children: QueryNode[]): QueryNode => ({ kind: 'and', children });

/** The highlighted pieces of the best snippet of `text` for `query`. */
function marked(query: QueryNode, text: string): string[] {
  const snippet = snippetFor(highlighterFor(query), [{ page: 1, text }]);
  return snippet ? snippet.highlights.map(([s, e]) => snippet.text.slice(s, e)) : [];
}

function wellFormed(snippet: Snippet): void {
  let previous = 0;
  for (const [s, e] of snippet.highlights) {
    assert.ok(Number.isInteger(s) && Number.isInteger(e));
    assert.ok(s >= previous && s < e && e <= snippet.text.length, JSON.stringify(snippet));
    previous = e;
  }
}

describe('search snippets', () => {
  test('English: a plain word highlights its stemmed forms, whatever the case', () => {
    assert.deepEqual(marked(word('rights'), 'Human Rights Council: the right to food and other rights.'), ['Rights', 'right', 'rights']);
    assert.deepEqual(marked(word('detention'), 'He was detained; his detention was arbitrary.'), ['detention']);
    assert.deepEqual(marked(word('Genève'), 'Mission in GENEVE, written genève or Genève.'), ['GENEVE', 'genève', 'Genève']);
  });

  test('French accents and case fold: état matches Etat and ÉTAT; droits matches droit', () => {
    assert.deepEqual(marked(word('état'), "L'Etat partie; l'ÉTAT; les états"), ['Etat', 'ÉTAT', 'états']);
    assert.deepEqual(marked(word('droits'), "Le droit à la vie et les droits de l'homme"), ['droit', 'droits']);
  });

  test('Spanish: derechos humanos matches its singular forms', () => {
    assert.deepEqual(marked(and(word('derechos'), word('humanos')), 'El derecho humano a la vivienda y los Derechos Humanos'), ['derecho', 'humano', 'Derechos', 'Humanos']);
  });

  test('Russian: inflected forms sharing the stem', () => {
    const found = marked(word('задержания'), 'После задержания и задержание, а также Задержании было сообщено.');
    assert.deepEqual(found, ['задержания', 'задержание', 'Задержании']);
  });

  test('Arabic with and without hamza and harakat, in logical order', () => {
    const text = 'مفوضية الأمم المتحدة و الأُمَم و الامم';
    assert.deepEqual(marked(word('الامم'), text), ['الأمم', 'الأُمَم', 'الامم']);
    assert.deepEqual(marked(word('الأمم'), text), ['الأمم', 'الأُمَم', 'الامم']);
    const snippet = snippetFor(highlighterFor(word('الامم')), [{ page: 2, text }]);
    assert.equal(snippet?.text, text);
  });

  test('Korean, Chinese and Japanese: the query found inside a longer run highlights just its characters', () => {
    assert.deepEqual(marked(word('인민'), '조선민주주의인민공화국 상임대표부'), ['인민']);
    const korean = snippetFor(highlighterFor(word('인민')), [{ page: 1, text: '조선민주주의인민공화국' }]);
    assert.deepEqual(korean?.highlights, [[6, 8]]);
    assert.deepEqual(marked(word('人权'), '联合国人权事务高级专员办事处'), ['人权']);
    assert.deepEqual(marked(word('人民'), '联合国人权事务高级专员办事处'), []);
    assert.deepEqual(marked(word('ジュネーブ'), '在ジュネーブ国際機関日本政府代表部'), ['ジュネーブ']);
    assert.deepEqual(marked(word('ｼﾞｭﾈｰﾌﾞ'), '在ジュネーブ代表部'), ['ジュネーブ'], 'half-width katakana folds by NFKC');
    assert.deepEqual(marked(word('2024年'), '2024年3月'), ['2024年']);
    // Where normalising changes lengths (half-width kana, harakat elsewhere), offsets are mapped back.
    assert.deepEqual(marked(word('ジュネーブ'), 'ｼﾞｭﾈｰﾌﾞ代表部とジュネーブ'), ['ｼﾞｭﾈｰﾌﾞ', 'ジュネーブ']);
    assert.deepEqual(marked(word('인민'), 'الأُمَم 조선민주주의인민공화국'), ['인민']);
  });

  test('a phrase highlights its whole run of words, unstemmed; single words of it do not highlight alone', () => {
    const text = 'Human rights defenders and human rights, but rights of humans and the human right.';
    assert.deepEqual(marked({ kind: 'phrase', text: 'human rights' }, text), ['Human rights', 'human rights']);
  });

  test('a prefix highlights words starting so, unstemmed', () => {
    assert.deepEqual(marked({ kind: 'prefix', text: 'detent' }, 'Detention, detentions and detained; DÉTENTE.'), ['Detention', 'detentions', 'DÉTENTE']);
  });

  test('negated terms and fields are not highlighted', () => {
    const query = and(word('torture'), { kind: 'not', child: word('police') }, { kind: 'field', field: 'country', values: ['PRK'] });
    assert.deepEqual(marked(query, 'Police torture in PRK country.'), ['torture']);
    assert.equal(snippetFor(highlighterFor({ kind: 'not', child: word('police') }), [{ page: 1, text: 'police' }]), null);
    assert.equal(snippetFor(highlighterFor(null), [{ page: 1, text: 'police' }]), null);
    assert.equal(highlighterFor({ kind: 'or', children: [word('a'), word('A'), word('b')] }).termCount, 2);
  });

  test('the page with the most distinct terms is chosen and named; ties go to the earliest page, fields first', () => {
    const query = and(word('torture'), word('detention'), word('journalist'));
    const sources: SnippetSource[] = [
      { page: null, text: 'Allegations of torture.' },
      { page: 1, text: 'Torture and torture and torture again.' },
      { page: 3, text: 'A journalist in detention was subjected to torture.' },
      { page: 2, text: 'Detention of a journalist.' },
    ];
    const best = snippetFor(highlighterFor(query), sources);
    assert.equal(best?.page, 3);
    assert.equal(best && markSnippet(best, '«', '»'), 'A «journalist» in «detention» was subjected to «torture».');
    const tie = snippetFor(highlighterFor(word('torture')), sources);
    assert.equal(tie?.page, null);
    const pages = snippetFor(highlighterFor(word('journalist')), sources.slice(1));
    assert.equal(pages?.page, 2);
    assert.equal(snippetFor(highlighterFor(word('genocide')), sources), null);
    assert.equal(snippetFor(highlighterFor(word('torture')), []), null);
    // A page whose normalised text merely contains a term (copyright ⊃ right) does not count it.
    const decoy = snippetFor(highlighterFor(and(word('right'), word('food'))), [{ page: 1, text: 'copyright food' }, { page: 2, text: 'right to food' }]);
    assert.equal(decoy?.page, 2);
  });

  test('a long text is cut around the densest cluster at word boundaries, with … where cut', () => {
    const filler = (n: number): string => Array.from({ length: n }, (_, i) => `lorem${i}`).join(' ');
    const text = `${filler(60)} torture here\n\n and   torture   there ${filler(60)} torture alone ${filler(30)}`;
    const snippet = snippetFor(highlighterFor(word('torture')), [{ page: 4, text }], 80);
    assert.ok(snippet);
    wellFormed(snippet);
    assert.ok(snippet.text.length <= 80, snippet.text);
    assert.ok(snippet.text.startsWith('…') && snippet.text.endsWith('…'), snippet.text);
    assert.match(snippet.text, /torture here and torture there/);
    assert.equal(snippet.highlights.length, 2);
    for (const piece of snippet.text.slice(1, -1).split(' ')) assert.match(piece, /^(lorem\d+|torture|here|and|there)$/, `cut inside a word: ${snippet.text}`);
    const lead = leadSnippet([{ page: null, text: '   ' }, { page: 1, text }], 50);
    assert.ok(lead && lead.page === 1 && lead.text.startsWith('lorem0 lorem1') && lead.text.endsWith('…') && lead.text.length <= 50);
    assert.deepEqual(lead.highlights, []);
    assert.equal(leadSnippet([]), null);
    const short = leadSnippet([{ page: null, text: ' Short  subject ' }]);
    assert.deepEqual(short, { page: null, text: 'Short subject', highlights: [] });
  });

  test('Chinese text without spaces is cut between characters', () => {
    const text = `${'联合国'.repeat(80)}人权${'事务'.repeat(80)}`;
    const snippet = snippetFor(highlighterFor(word('人权')), [{ page: 1, text }], 40);
    assert.ok(snippet && snippet.text.length <= 40 && snippet.text.length >= 30, snippet?.text);
    assert.deepEqual(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e)), ['人权']);
  });

  test('HTML escapes everything and marks highlights', () => {
    const text = `<script>alert("x & 'y'")</script> torture <b>`;
    const snippet = snippetFor(highlighterFor(word('torture')), [{ page: 1, text }]);
    assert.ok(snippet);
    const html = snippetHtml(snippet);
    assert.ok(!/<script/i.test(html), html);
    assert.equal(html, '&lt;script&gt;alert(&quot;x &amp; &#39;y&#39;&quot;)&lt;/script&gt; <mark>torture</mark> &lt;b&gt;');
    const scripted = snippetFor(highlighterFor(word('script')), [{ page: 1, text }]);
    assert.ok(scripted && !/<script/i.test(snippetHtml(scripted)));
  });

  test('property: highlights are within bounds, sorted and disjoint; removing markers gives the text back', () => {
    const vocabulary = ['torture', 'Torture', 'rights', 'right', 'droit', 'état', 'ÉTAT', '인민', '조선민주주의인민공화국', '人权', 'الأمم', 'الامم',
      'задержания', '<script>', '&', '"', 'human', 'e\u0301tat', '𠀀𠀁', 'x'];
    const separators = [' ', '  ', '\n', ', ', '. ', '', '\t'];
    const text = fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { maxLength: 80 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    const query = fc.array(fc.oneof(
      fc.constantFrom(...vocabulary).map(word),
      fc.constantFrom('human rights', 'torture rights', '인민').map((t): QueryNode => ({ kind: 'phrase', text: t })),
      fc.constantFrom('tort', 'dro', 'ri').map((t): QueryNode => ({ kind: 'prefix', text: t })),
    ), { minLength: 1, maxLength: 4 }).map((children): QueryNode => ({ kind: 'or', children }));
    fc.assert(fc.property(query, fc.array(text, { minLength: 1, maxLength: 3 }), fc.integer({ min: 10, max: 300 }), (q, texts, maxLength) => {
      const sources = texts.map((t, i) => ({ page: i === 0 ? null : i, text: t }));
      for (const snippet of [snippetFor(highlighterFor(q), sources, maxLength), leadSnippet(sources, maxLength)]) {
        if (!snippet) continue;
        wellFormed(snippet);
        assert.ok(snippet.text.length <= maxLength);
        assert.equal(markSnippet(snippet, '\u0001', '\u0002').replace(/[\u0001\u0002]/g, ''), snippet.text);
        assert.ok(!/<script/i.test(snippetHtml(snippet)));
      }
    }), { numRuns: 300 });
  });

  test('micro-benchmark: time per 3,000-character page (printed, not asserted)', () => {
    const english = 'The Special Rapporteur expresses grave concern about the alleged arbitrary detention of human rights defenders, '
      + 'journalists and lawyers, and the reported use of torture during interrogation by the security forces. ';
    const page = english.repeat(Math.ceil(3000 / english.length)).slice(0, 3000);
    const hangul = '조선민주주의인민공화국 정부는 인권 옹호자들의 자의적 구금에 관한 우려를 표명한다. '.repeat(80).slice(0, 3000);
    const cases: [string, QueryNode, string][] = [
      ['English, 3 words', and(word('detention'), word('torture'), word('journalist')), page],
      ['English, phrase + prefix', and({ kind: 'phrase', text: 'human rights' }, { kind: 'prefix', text: 'interrog' }), page],
      ['Korean', word('인민'), hangul],
    ];
    const russian = 'Специальный докладчик выражает обеспокоенность в связи с задержанием правозащитников и задержания журналистов. '
      .repeat(30).slice(0, 3000);
    cases.push(['Russian', word('задержания'), russian]);
    const measure = (query: QueryNode, sources: readonly SnippetSource[]): number => {
      const highlighter = highlighterFor(query);
      for (let i = 0; i < 300; i++) snippetFor(highlighter, sources); // warm up the JIT
      const runs = 1000;
      const started = performance.now();
      for (let i = 0; i < runs; i++) snippetFor(highlighter, sources);
      return ((performance.now() - started) * 1000) / (runs * sources.length);
    };
    for (const [label, query, text] of cases) {
      const one = measure(query, [{ page: 1, text }]);
      const three = measure(query, [{ page: 1, text }, { page: 2, text }, { page: 3, text }]);
      console.log(`snippet ${label}: ${one.toFixed(1)} µs for a 3,000-char page cut into words; ${three.toFixed(1)} µs a page in a 3-page hit`);
    }
  });
});
