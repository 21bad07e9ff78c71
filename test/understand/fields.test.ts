import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReferenceData } from '../../src/reference/load.js';
import { understand } from '../../src/understand/index.js';

const { reference } = loadReferenceData();

/** A minimal note verbale around the parts under test. */
function note(parts: { head?: string; number?: string; body?: string; end?: string }): string {
  return [
    parts.head ?? 'Permanent Mission of Chile to the United Nations Office in Geneva',
    parts.number ?? 'No. 12/2024',
    parts.body ?? 'The Permanent Mission presents its compliments to the Office of the United Nations High Commissioner for Human Rights and has the honour to refer to the letter.',
    parts.end ?? 'Geneva, 3 June 2024',
  ].join('\n\n');
}

test('references cited in every variant give one key', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['AL CHN 3/2023', 'CHN 3/2023'], ['AL/CHN/3/2023', 'CHN 3/2023'], ['AL-CHN-3/2023', 'CHN 3/2023'], ['ＡＬ ＣＨＮ ３／２０２３', 'CHN 3/2023'],
    ['No. AL CHN 3/2023', 'CHN 3/2023'], ['2023/3 SAU AL', 'SAU 3/2023'], ['OL SLV 8.2021', 'SLV 8/2021'], ['ref: CHN 3/2023', 'CHN 3/2023'],
    ['JUA Housing (2000-9) G/SO 214 (53-24) SYR 3/2014', 'SYR 3/2014'],
  ];
  for (const [written, key] of cases) {
    const u = understand(note({ body: `The Permanent Mission presents its compliments to the Office and, with reference to communication ${written}, has the honour to reply.` }), { reference });
    assert.deepEqual(u.cites.referenceKeys, [key], written);
  }
});

test('note numbers behind their labels in each language, never the communication reference', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['No. **0024**', '0024'], ['N° 0412/MPS/G/SP', '0412/MPS/G/SP'], ['№ 1234', '1234'], ['Исх. № 02-14/512', '02-14/512'], ['Nota No. 0231', '0231'],
    ['الرقم: ٤٥٦', '456'], ['رقم المذكرة: 15/2024', '15/2024'], ['编号：ＧＶＡ－２０２３－０８８', 'GVA-2023-088'], ['번호: 0024', '0024'],
    ['문서번호: 제네바-2022-154', '제네바-2022-154'], ['Our Ref.: GVA/HR/2024/113', 'GVA/HR/2024/113'],
  ];
  for (const [line, value] of cases) assert.equal(understand(note({ number: line }), { reference }).noteNumber?.value, value, line);
  const u = understand(note({ number: 'Ref.: AL CHL 2/2024' }), { reference });
  assert.equal(u.noteNumber, null, 'a reference line is what the note cites, not its number');
  assert.deepEqual(u.cites.referenceKeys, ['CHL 2/2024']);
});

test('the sending State from the formal names missions use, in seven languages', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ["Permanent Mission of the Democratic People's Republic of Korea to the United Nations Office", 'PRK'],
    ['Mission permanente de la République populaire démocratique de Corée auprès de l’Office des Nations Unies', 'PRK'],
    ['Misión Permanente de la República Bolivariana de Venezuela ante la Oficina de las Naciones Unidas', 'VEN'],
    ['Постоянное представительство Корейской Народно-Демократической Республики при Отделении ООН', 'PRK'],
    ['Постоянное представительство Соединенного Королевства Великобритании и Северной Ирландии при Отделении ООН', 'GBR'],
    ['البعثة الدائمة للمملكة العربية السعودية لدى مكتب الأمم المتحدة', 'SAU'],
    ['البعثة الدائمة لجمهورية كوريا الشعبية الديمقراطية لدى مكتب الأمم المتحدة', 'PRK'],
    ['中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团', 'CHN'],
    ['大韩民国常驻联合国日内瓦办事处代表团', 'KOR'],
    ['조선민주주의인민공화국\n제네바유엔사무국 및\n국제기구주재 상설대표부', 'PRK'],
    ['Permanent Mission of the Republic of Korea to the United Nations Office', 'KOR'],
  ];
  for (const [head, code] of cases) assert.equal(understand(note({ head }), { reference }).sender?.value.code, code, head);
});

test('a letter from mandate-holders: reference, type, date, addressee, mandates and subject, with evidence', () => {
  const text = [
    'Mandates of the Working Group on Arbitrary Detention and the Special Rapporteur on torture',
    'REFERENCE: UA EGY 7/2025',
    'Geneva, 2 March 2025',
    'Excellency,',
    'We have the honour to address you in our capacities as Working Group on Arbitrary Detention and Special Rapporteur on torture, pursuant to Human Rights Council resolutions 51/8 and 52/7.',
    "We would like to bring to the attention of your Excellency's Government information we have received concerning the detention of Mr. A. Hassan. This communication follows up on AL EGY 3/2024, dated 5 May 2024.",
  ].join('\n\n');
  const u = understand(text, { reference, languages: ['en'] });
  assert.equal(u.kind, 'communication');
  assert.equal(u.type, 'UA');
  assert.equal(u.referenceKey, 'EGY 7/2025');
  assert.equal(u.date?.value, '2025-03-02');
  assert.deepEqual(u.addressee?.value, { code: 'EGY', name: 'Egypt' });
  assert.deepEqual(u.mandates.map((m) => m.value), ['wg-arbitrary-detention', 'sr-torture']);
  assert.equal(u.subject?.value, 'the detention of Mr. A. Hassan');
  assert.deepEqual(u.cites.referenceKeys, ['EGY 3/2024']);
  assert.deepEqual(u.cites.dates.map((d) => d.value), ['2024-05-05']);
  assert.equal(u.mandates[1]?.evidence[0]?.text, 'Special Rapporteur on torture');
});

test('neither a letter nor a reply: a press release is "other"', () => {
  const u = understand('UN experts alarmed by mass trial\n\nGENEVA (12 March 2024) – UN experts today expressed alarm at the mass trial of 87 protesters.', { reference });
  assert.equal(u.kind, 'other');
});
