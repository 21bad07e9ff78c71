import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { IsoDate } from '../../src/domain/index.js';
import { figuresByYear, median, replyFigures } from '../../src/stats/response.js';

const d = (s: string) => s as IsoDate;

test('reply figures count replied, replied within 60 days, the rates and the median days', () => {
  const f = replyFigures([
    { sent: d('2024-01-01'), firstReply: d('2024-01-31') }, // 30 days
    { sent: d('2024-02-01'), firstReply: d('2024-05-01') }, // 90 days
    { sent: d('2024-03-01'), firstReply: d('2024-04-30') }, // 60 days: within
    { sent: d('2024-04-01'), firstReply: null },
  ]);
  assert.deepEqual(f, { communications: 4, replied: 3, repliedInTime: 2, responseRate: 0.75, responseRateInTime: 0.5, medianDaysToReply: 60 });
  assert.deepEqual(replyFigures([]), { communications: 0, replied: 0, repliedInTime: 0, responseRate: null, responseRateInTime: null, medianDaysToReply: null });
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([5]), 5);
});

test('figures by year add up to the figures overall', () => {
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10) as IsoDate);
  const time = fc.record({ sent: day, delay: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }) }).map(({ sent, delay }) => ({
    sent, firstReply: delay === null ? null : (new Date(Date.parse(sent) + delay * 86_400_000).toISOString().slice(0, 10) as IsoDate),
  }));
  fc.assert(fc.property(fc.array(time, { maxLength: 60 }), (times) => {
    const all = replyFigures(times);
    const years = figuresByYear(times);
    assert.equal(years.reduce((n, y) => n + y.communications, 0), all.communications);
    assert.equal(years.reduce((n, y) => n + y.replied, 0), all.replied);
    assert.equal(years.reduce((n, y) => n + y.repliedInTime, 0), all.repliedInTime);
    assert.deepEqual(years.map((y) => y.year), [...years.map((y) => y.year)].sort((a, b) => a - b));
  }));
});
