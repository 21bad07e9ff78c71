import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, parseDate } from '../../src/text/dates.js';
import { monthNumber, monthTable } from '../../src/text/months.js';

/** Dates as letters and replies write them, in the UN languages, Korean and neighbours. */
const DATES: ReadonlyArray<readonly [string, string]> = [
  // English
  ['Geneva, 16 May 2024', '2024-05-16'],
  ['16th May 2024', '2024-05-16'],
  ['May 16, 2024', '2024-05-16'],
  ['May 16th, 2024', '2024-05-16'],
  ['the 1st of March, 2023', '2023-03-01'],
  ['2nd May 2024', '2024-05-02'],
  ['22 Sept. 2023', '2023-09-22'],
  ['Dated 3 Jan 2020', '2020-01-03'],
  // French
  ['Genève, le 1er février 2024', '2024-02-01'],
  ['le 3 mars 2023', '2023-03-03'],
  ['12 déc. 2022', '2022-12-12'],
  ['30 AOÛT 2021', '2021-08-30'],
  ['1re semaine… le 14 juillet 2015', '2015-07-14'],
  // Spanish
  ['Ginebra, 16 de mayo de 2024', '2024-05-16'],
  ['22 de marzo del 2024', '2024-03-22'],
  ['1º de septiembre de 2019', '2019-09-01'],
  ['3 de setiembre de 2019', '2019-09-03'],
  // Russian
  ['Женева, 16 мая 2024 года', '2024-05-16'],
  ['«10» мая 2023 г.', '2023-05-10'],
  ['от 5 декабря 2023 года', '2023-12-05'],
  ['1 сентября 2022 г.', '2022-09-01'],
  ['16.05.2024', '2024-05-16'],
  // Arabic: UN pairs, Levantine, Egyptian, Maghreb names; Arabic-Indic and Persian digits; RTL order
  ['16 أيار/مايو 2024', '2024-05-16'],
  ['جنيف، ١٦ أيار/مايو ٢٠٢٤', '2024-05-16'],
  ['جنيف في 10 مايو 2023', '2023-05-10'],
  ['١٥ آذار ٢٠٢٤', '2024-03-15'],
  ['٢ شباط ٢٠٢٤', '2024-02-02'],
  ['12 كانون الأول/ديسمبر 2023', '2023-12-12'],
  ['15 آب/أغسطس 2024', '2024-08-15'],
  ['16 يونيه 2024', '2024-06-16'],
  ['16 جوان 2024', '2024-06-16'],
  ['٢٠٢٤ مايو/أيار ١٦', '2024-05-16'],
  ['۱۶ مه ۲۰۲۴', '2024-05-16'],
  ['و٣ آب/أغسطس ٢٠٢٤', '2024-08-03'],
  // Chinese and Japanese
  ['2024年5月16日于日内瓦', '2024-05-16'],
  ['２０２４年５月１６日', '2024-05-16'],
  ['二〇二四年五月十六日', '2024-05-16'],
  ['2023年3月12日的来函', '2023-03-12'],
  ['令和6年5月16日', '2024-05-16'],
  // Korean
  ['2024년 5월 16일', '2024-05-16'],
  ['제네바, 2022년 11월 4일', '2022-11-04'],
  ['2024. 5. 16.', '2024-05-16'],
  // Numeric and other languages from ICU
  ['2024-05-16', '2024-05-16'],
  ['2024/05/16', '2024-05-16'],
  ['05/16/2024', '2024-05-16'],
  ['16. Mai 2024', '2024-05-16'],
  ['16 de maio de 2024', '2024-05-16'],
  ['16 Ağustos 2024', '2024-08-16'],
  ['16 серпня 2024', '2024-08-16'],
  ['29 February 2024', '2024-02-29'],
];

/** Strings that are not dates, or hold no valid one. */
const NOT_DATES: readonly string[] = [
  'AL PRK 1/2024', 'AL/CHN/3/2023', 'UA IRN 12/2023', '2023/3 SAU AL', 'A/HRC/29/32', 'A/HRC/RES/52/4', 'HRC resolution 5/2',
  'GVA/HR/2024/15', 'HR-24-15', 'No. 0024', 'CH-1211 Geneva 10', '31 February 2024', '29 February 2023', '2024-13-01', '32.05.2024',
  '31 April 2023', 'May 2024', 'articles 9 and 14', '1445 هـ', '16 May 1845', 'Tel: +41 22 917 9000', 'resolutions 51/8, 52/27 and 44/5',
];

test('parseDate reads 50 forms of dates across languages', () => {
  for (const [text, iso] of DATES) assert.equal(parseDate(text), iso, text);
  assert.ok(DATES.length >= 40);
});

test('parseDate finds no date in references, document symbols, numbers or impossible dates', () => {
  for (const text of NOT_DATES) assert.equal(parseDate(text), null, text);
});

test('findDates gives each date with its offsets in the text as given', () => {
  const text = 'Further to the letter dated ٢٢ آذار/مارس ٢٠٢٤, and to UA IRN 12/2023 of 1er février 2024, Geneva, 16 May 2024.';
  const found = findDates(text);
  assert.deepEqual(found.map((d) => d.date), ['2024-03-22', '2024-02-01', '2024-05-16']);
  for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
  assert.equal(found[0]?.text, '٢٢ آذار/مارس ٢٠٢٤');
  assert.equal(found[1]?.text, '1er février 2024');
});

test('month names come from ICU for many locales, long, short and genitive', () => {
  assert.ok(monthTable().size > 150, `${monthTable().size} names`);
  assert.equal(monthNumber('мая'), 5, 'Russian genitive');
  assert.equal(monthNumber('май'), 5, 'Russian nominative');
  assert.equal(monthNumber('أيار'), 5, 'Levantine');
  assert.equal(monthNumber('مايو'), 5, 'Egyptian');
  assert.equal(monthNumber('févr.'), 2, 'French short');
  assert.equal(monthNumber('Février'), 2, 'accents and case folded');
  assert.equal(monthNumber('Şubat'), 2, 'Turkish');
});
