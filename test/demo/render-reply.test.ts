import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arabicDate, formatDateIn, mandateName, renderReply,
  type CitationStyle, type DemoLanguage, type ReplyRenderInput, type Stance,
} from '../../src/demo/render/index.js';
import { normalizedReference, seeded } from './seeded.js';

const LANGS: DemoLanguage[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko'];
const STANCES: Stance[] = ['rejects', 'substantive', 'acknowledges', 'partial'];
const STYLES: CitationStyle[] = ['reference', 'date', 'mandates', 'none'];

const MARKERS: Record<DemoLanguage, string> = {
  en: '[Missive demo — synthetic document]', fr: '[Démo Missive — document synthétique]', es: '[Demo de Missive — documento sintético]',
  ru: '[Демоверсия Missive — синтетический документ]', ar: '[عرض Missive التجريبي — وثيقة اصطناعية]', zh: '【Missive 演示——合成文件】', ko: '[Missive 데모 — 합성 문서]',
};

/** The sentence that tells each stance apart, per language (signals from notes-verbales.md). */
const SIGNALS: Record<DemoLanguage, Record<Stance, string>> = {
  en: { rejects: 'categorically rejects', substantive: 'wishes to provide the following information', acknowledges: 'acknowledges receipt', partial: 'following preliminary information' },
  fr: { rejects: 'rejette catégoriquement', substantive: 'souhaite apporter les informations suivantes', acknowledges: 'accuse réception', partial: 'éléments de réponse préliminaires' },
  es: { rejects: 'rechaza categóricamente', substantive: 'desea proporcionar la siguiente información', acknowledges: 'acusa recibo', partial: 'información preliminar' },
  ru: { rejects: 'категорически отвергает', substantive: 'сообщает следующее:', acknowledges: 'подтверждает получение', partial: 'в предварительном порядке' },
  ar: { rejects: 'رفضاً قاطعاً', substantive: 'أن تفيد بما يلي', acknowledges: 'باستلام', partial: 'المعلومات الأولية' },
  zh: { rejects: '坚决反对来函', substantive: '现将有关情况答复如下', acknowledges: '收悉', partial: '现将初步情况' },
  ko: { rejects: '단호히 거부', substantive: '다음과 같은 정보를 제공', acknowledges: '접수하였으며', partial: '예비 정보' },
};

const PLACE_DATE: Record<DemoLanguage, RegExp> = {
  en: /^Geneva, 16 May 2024$/m, fr: /^Genève, le 16 mai 2024$/m, es: /^Ginebra, 16 de mayo de 2024$/m,
  ru: /^Женева, 16 мая 2024 года$/m, ar: /^جنيف، (16 أيار\/مايو 2024|١٦ أيار\/مايو ٢٠٢٤)$/m,
  zh: /^2024年5月16日于日内瓦$/m, ko: /^(제네바, 2024년 5월 16일|2024년 5월 16일, 제네바)$/m,
};

const MANDATES = ['wg-arbitrary-detention', 'sr-hrds'];

function input(language: DemoLanguage, stance: Stance, style: CitationStyle, over: Partial<ReplyRenderInput> = {}): ReplyRenderInput {
  return {
    language, sender: { code: 'PRK', kind: 'state', name: 'DPRK' }, noteNumber: '0024', dateOnNote: '2024-05-16',
    citation: { style, references: ['AL PRK 1/2024'], dates: ['2024-03-22'], mandateIds: MANDATES, joint: true },
    stance, themeId: 'womens-rights', ...over,
  };
}

function letterDateForms(lang: DemoLanguage): string[] {
  return lang === 'ar' ? [arabicDate('2024-03-22', false), arabicDate('2024-03-22', true)] : [formatDateIn(lang, '2024-03-22')];
}

test('formatDateIn writes each language’s date form', () => {
  assert.equal(formatDateIn('en', '2024-05-16'), '16 May 2024');
  assert.equal(formatDateIn('fr', '2024-05-16'), '16 mai 2024');
  assert.equal(formatDateIn('fr', '2024-05-01'), '1er mai 2024');
  assert.equal(formatDateIn('es', '2024-05-16'), '16 de mayo de 2024');
  assert.equal(formatDateIn('ru', '2024-05-16'), '16 мая 2024 года');
  assert.equal(formatDateIn('ar', '2024-05-16'), '16 أيار/مايو 2024');
  assert.equal(arabicDate('2024-05-16', true), '١٦ أيار/مايو ٢٠٢٤');
  assert.equal(formatDateIn('zh', '2024-05-16'), '2024年5月16日');
  assert.equal(formatDateIn('ko', '2024-05-16'), '2024년 5월 16일');
  assert.throws(() => formatDateIn('en', '2024-13-01'));
});

test('every reply carries the marker, the note number and the place/date line', () => {
  for (const lang of LANGS) {
    for (const stance of STANCES) {
      for (const style of STYLES) {
        const doc = renderReply(input(lang, stance, style), seeded(11));
        const where = `${lang}/${stance}/${style}`;
        assert.equal(doc.text.split('\n')[0], MARKERS[lang], where);
        assert.match(doc.text, /^(No\.|N°|№|Исх\. №|Nota No\.|الرقم:|رقم المذكرة:|编号：|번호:|문서번호:) ?0024$/m, where);
        assert.match(doc.text, PLACE_DATE[lang], where);
        assert.ok(!/undefined|NaN|\$\{/.test(doc.text), `${where}: no template leftovers`);
      }
    }
  }
});

test('the citation follows the style: reference, date, mandate names or a vague mention', () => {
  for (const lang of LANGS) {
    for (const seed of [1, 2, 3, 4]) {
      const byRef = normalizedReference(renderReply(input(lang, 'rejects', 'reference'), seeded(seed)).text);
      assert.ok(byRef.includes('AL PRK 1 2024'), `${lang}: reference`);
      const byDate = renderReply(input(lang, 'rejects', 'date'), seeded(seed)).text;
      assert.ok(letterDateForms(lang).some((d) => byDate.includes(d)), `${lang}: date`);
      assert.ok(!normalizedReference(byDate).includes('AL PRK 1 2024'), `${lang}: no reference in date style`);
      const byMandates = renderReply(input(lang, 'rejects', 'mandates'), seeded(seed)).text;
      for (const id of MANDATES) assert.ok(byMandates.includes(mandateName(id, lang) ?? '?'), `${lang}: ${id}`);
      const vague = renderReply(input(lang, 'rejects', 'none'), seeded(seed)).text;
      assert.ok(!normalizedReference(vague).includes('AL PRK 1 2024') && !letterDateForms(lang).some((d) => vague.includes(d)), `${lang}: vague`);
    }
  }
});

test('a mandate without a name in the reply language falls back on a generic phrase', () => {
  const doc = renderReply(input('zh', 'rejects', 'mandates', {
    citation: { style: 'mandates', references: [], dates: [], mandateIds: ['ie-albinism'], joint: false },
  }), seeded(3));
  assert.ok(doc.text.includes('特别程序任务负责人'));
});

test('stance sentences differ by stance in every language', () => {
  for (const lang of LANGS) {
    const bodies = STANCES.map((stance) => renderReply(input(lang, stance, 'date'), seeded(5)).text);
    assert.equal(new Set(bodies).size, STANCES.length, lang);
    STANCES.forEach((stance, i) => {
      const text = bodies[i] ?? '';
      assert.ok(text.includes(SIGNALS[lang][stance]), `${lang}/${stance} says "${SIGNALS[lang][stance]}"`);
      for (const other of STANCES) {
        if (other !== stance && !(stance === 'partial' && other === 'rejects')) {
          assert.ok(!text.includes(SIGNALS[lang][other]), `${lang}/${stance} does not say the ${other} sentence`);
        }
      }
    });
  }
});

test('acknowledgements are short', () => {
  for (const lang of LANGS) {
    const ack = renderReply(input(lang, 'acknowledges', 'reference'), seeded(8)).text;
    const full = renderReply(input(lang, 'substantive', 'reference'), seeded(8)).text;
    assert.ok(ack.length < full.length, lang);
  }
});

test('Korean notes have a Korean letterhead followed by an English one, and Korean dates', () => {
  const doc = renderReply(input('ko', 'rejects', 'date'), seeded(9));
  const korean = doc.text.indexOf('조선민주주의인민공화국');
  const english = doc.text.indexOf('Permanent Mission to the United Nations Office');
  assert.ok(korean > 0 && english > korean);
  assert.ok(doc.text.includes('2024년 3월 22일') && doc.text.includes('2024년 5월 16일'));
});

test('Arabic notes use the UN month pair and either digit style', () => {
  const forms = new Set<string>();
  for (let seed = 1; seed <= 12; seed += 1) {
    const text = renderReply(input('ar', 'substantive', 'date', { sender: { code: 'SAU', kind: 'state', name: '' } }), seeded(seed)).text;
    assert.ok(text.includes('أيار/مايو') && text.includes('آذار/مارس'));
    assert.ok(text.includes('البعثة الدائمة للمملكة العربية السعودية'));
    forms.add(/[٠-٩]/.test(text.split('\n').find((l) => l.startsWith('جنيف')) ?? '') ? 'indic' : 'ascii');
  }
  assert.equal(forms.size, 2);
});

test('other actors answer with a signed first-person letter', () => {
  for (const lang of LANGS) {
    const doc = renderReply(input(lang, 'rejects', 'reference', {
      sender: { code: 'OTH', kind: 'company', name: 'Northern Ore Holdings' },
      citation: { style: 'reference', references: ['AL OTH 74/2022'], dates: ['2022-06-01'], mandateIds: MANDATES, joint: true },
    }), seeded(10));
    assert.ok(doc.text.includes('Northern Ore Holdings'), lang);
    assert.ok(normalizedReference(doc.text).includes('AL OTH 74 2022'), lang);
    assert.ok(!doc.text.includes('Permanent Mission') && !doc.text.includes('presents its compliments'), lang);
  }
});

test('the same seed gives the same reply', () => {
  for (const lang of LANGS) {
    assert.deepEqual(renderReply(input(lang, 'partial', 'reference'), seeded(77)), renderReply(input(lang, 'partial', 'reference'), seeded(77)));
  }
});
