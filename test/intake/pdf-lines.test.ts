import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemblePage, readingOrder, type TextPiece } from '../../src/intake/readers/pdf-lines.js';

const piece = (str: string, x: number, y: number, width: number, dir = 'ltr'): TextPiece => ({ str, dir, x, y, width, size: 10 });

test('right-to-left runs inside a left-to-right line are reversed; the line keeps its order', () => {
  assert.deepEqual(readingOrder(['L', 'N', 'R', 'R', 'L'], false), [0, 1, 3, 2, 4]);
});

test('in a right-to-left line, numbers and Latin words keep their own order among Arabic words', () => {
  // Visual, left to right: [ar3] [2024] [ar2] [ar1]; reading order: ar1 ar2 2024 ar3.
  assert.deepEqual(readingOrder(['R', 'L', 'R', 'R'], true), [3, 2, 1, 0]);
  // Visual: [ar2] [AL] [SAU] [ar1]: reading order ar1, "AL SAU", ar2.
  assert.deepEqual(readingOrder(['R', 'L', 'L', 'R'], true), [3, 1, 2, 0]);
});

test('items become lines by baseline, with spaces only at visible gaps, and Arabic words in reading order', () => {
  const text = assemblePage([
    piece('Gen', 100, 50, 15), piece('eva,', 115, 50, 20), piece('16', 140, 50, 10), piece('May', 155, 50, 20),
    // "البعثة الدائمة" drawn right to left: the first word is the rightmost.
    piece('الدائمة', 100, 65, 30, 'rtl'), piece('البعثة', 135, 65, 30, 'rtl'),
  ]);
  assert.equal(text, 'Geneva, 16 May\nالبعثة الدائمة');
});

test('a wider gap between lines than the usual spacing starts a new paragraph; NFKC turns ligatures into letters', () => {
  const text = assemblePage([piece('one', 0, 10, 20), piece('two', 0, 22, 20), piece('three', 0, 34, 20), piece('ﬁnal', 0, 60, 20)]);
  assert.equal(text, 'one\ntwo\nthree\n\nfinal');
});
