import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { daysBetween, statusAt, type Addressee, type IsoDate, type ReferenceType, type Stance } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { dayNumber, daysToReply, isOverdue, median, percentile } from '../../src/stats/definitions.js';
import { replyFigures } from '../../src/stats/response.js';
import { statistics, statisticsBySession, statisticsByYear, type StatsReply, type StatsRow } from '../../src/stats/statistics.js';

const d = (s: string) => s as IsoDate;
const TODAY = d('2024-12-31');
const state = (code: string): Addressee => ({ kind: 'state', code, name: code });
const company = (name: string): Addressee => ({ kind: 'company', code: 'OTH', name });
const reply = (id: number, received: string, stance: Stance | null = 'substantive'): StatsReply => ({ id, dateReceived: d(received), stance });

let nextId = 1;
function row(over: Partial<Omit<StatsRow, 'reference'>> & { type?: ReferenceType | null } = {}): StatsRow {
  const { type = 'AL', ...rest } = over;
  const id = nextId++;
  return {
    id, reference: { type, code: 'PRK', number: id, year: 2024, legacy: null }, state: 'sent', dateSent: d('2024-01-10'),
    addressees: [state('PRK')], mandateIds: ['sr-torture'], followsUp: false, replies: [], ...rest,
  };
}

describe('what counts', () => {
  test('drafts, letters without a date and letters sent after the reference day are not counted, nor their replies', () => {
    const f = statistics([
      row(),
      row({ state: 'draft', dateSent: null, replies: [reply(1, '2024-02-01')] }),
      row({ state: 'sent', dateSent: null, replies: [reply(2, '2024-02-01')] }),
      row({ dateSent: d('2025-01-01'), replies: [reply(3, '2024-12-30')] }),
    ], TODAY);
    assert.equal(f.communications, 1);
    assert.equal(f.replies, 0);
    assert.equal(f.overdue, 1);
  });

  test('a reply received after the reference day is not counted, and its letter is unanswered then', () => {
    const rows = [row({ dateSent: d('2024-10-01'), replies: [reply(1, '2025-01-05')] })];
    const before = statistics(rows, TODAY);
    assert.deepEqual([before.replied, before.replies, before.overdue], [0, 0, 1]);
    const after = statistics(rows, d('2025-01-05'));
    assert.deepEqual([after.replied, after.replies, after.overdue], [1, 1, 0]);
  });
});

describe('each figure', () => {
  test('by type: J-types under their base type and joint; untyped apart; the share of joint ones', () => {
    const f = statistics([
      row({ type: 'UA' }), row({ type: 'JUA' }), row({ type: 'AL', mandateIds: ['a', 'b'] }), row({ type: 'JOL' }), row({ type: null }),
    ], TODAY);
    assert.deepEqual(f.byType, { UA: 2, AL: 1, OL: 1, untyped: 1 });
    assert.equal(f.joint, 3);
    assert.equal(f.jointShare, 3 / 5);
    assert.equal(statistics([], TODAY).jointShare, null);
  });

  test('distinct States over every addressee, and non-State actors told apart by name, ignoring case and spacing', () => {
    const f = statistics([
      row({ addressees: [state('PRK'), state('CHN')] }),
      row({ addressees: [state('CHN')] }),
      row({ addressees: [company('Examplar  Mining'), state('IND')] }),
      row({ addressees: [company('examplar mining')] }),
      row({ addressees: [{ kind: 'armed-group', code: 'OTH', name: 'Northern Movement' }] }),
    ], TODAY);
    assert.equal(f.states, 3);
    assert.equal(f.nonStateActors, 2);
  });

  test('replied, within 60 days (60 is within, 61 is not), rates, and a reply dated before the letter counts 0 days', () => {
    const f = statistics([
      row({ dateSent: d('2024-01-01'), replies: [reply(1, '2024-03-01')] }), // 60 days
      row({ dateSent: d('2024-01-01'), replies: [reply(2, '2024-03-02')] }), // 61 days
      row({ dateSent: d('2024-05-10'), replies: [reply(3, '2024-05-01')] }), // before the letter: 0 days
      row({ dateSent: d('2024-01-01') }),
    ], TODAY);
    assert.deepEqual([f.communications, f.replied, f.repliedInTime], [4, 3, 2]);
    assert.equal(f.responseRate, 0.75);
    assert.equal(f.responseRateInTime, 0.5);
    assert.equal(f.medianDaysToReply, 60);
    assert.equal(f.p90DaysToReply, 61);
  });

  test('the first reply decides the days, whatever its stance; every reply counts once in the stances', () => {
    const twoLetters = reply(9, '2024-02-20', 'partial');
    const f = statistics([
      row({ dateSent: d('2024-01-01'), replies: [reply(1, '2024-03-30', 'substantive'), reply(2, '2024-01-11', 'acknowledges'), twoLetters] }),
      row({ dateSent: d('2024-02-01'), replies: [twoLetters, reply(3, '2024-06-01', null)] }),
      row({ dateSent: d('2024-02-01'), replies: [reply(4, '2024-04-01', 'rejects')] }),
    ], TODAY);
    assert.equal(f.replies, 5);
    assert.deepEqual(f.stances, { rejects: 1, substantive: 1, acknowledges: 1, partial: 1, unknown: 1 });
    assert.equal(f.replied, 3);
    // First replies after 10, 19 and 60 days.
    assert.equal(f.medianDaysToReply, 19);
  });

  test('median is the mean of the two middle values; the 90th percentile is the nearest rank, in whole numbers', () => {
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90), 90);
    assert.equal(percentile([5], 90), 5);
    assert.equal(percentile([], 90), null);
    // 0.9 × 70 is 63.000…01 in floating point: the 63rd value, not the 64th.
    assert.equal(percentile(Array.from({ length: 70 }, (_, i) => i + 1), 90), 63);
    const f = statistics([row({ dateSent: d('2024-01-01'), replies: [reply(1, '2024-01-11')] }), row({ dateSent: d('2024-01-01'), replies: [reply(2, '2024-01-31')] })], TODAY);
    assert.deepEqual([f.medianDaysToReply, f.p90DaysToReply], [20, 30]);
  });

  test('overdue: no reply, and the due date (sent + 60 days) before the reference day', () => {
    const rows = [row({ dateSent: d('2024-01-01') }), row({ dateSent: d('2024-01-01'), replies: [reply(1, '2024-06-01')] })];
    assert.equal(statistics(rows, d('2024-03-01')).overdue, 0);
    assert.equal(statistics(rows, d('2024-03-02')).overdue, 2);
    assert.equal(statistics(rows, d('2024-06-01')).overdue, 1);
  });
});

describe('groups', () => {
  test('by year: letters by year of sending with their replies whenever received; replies by year of receipt, once', () => {
    const late = reply(7, '2024-02-01', 'substantive');
    const groups = statisticsByYear([
      row({ dateSent: d('2023-12-20'), replies: [late] }),
      row({ dateSent: d('2024-01-05'), replies: [late] }),
      row({ dateSent: d('2022-06-01'), replies: [reply(8, '2023-01-10', 'rejects')] }),
    ], TODAY);
    assert.deepEqual(groups.map((g) => [g.year, g.figures.communications, g.figures.replied, g.figures.replies]), [[2022, 1, 1, 0], [2023, 1, 1, 1], [2024, 1, 1, 1]]);
    assert.deepEqual(groups[1]?.sent, { from: '2023-01-01', to: '2023-12-31' });
    assert.equal(groups[0]?.figures.medianDaysToReply, 223);
  });

  test('by session: sent window for letters, reply window for replies, including replies to earlier letters', () => {
    const { sessions } = loadReferenceData();
    const groups = statisticsBySession([
      row({ dateSent: d('2024-03-22'), replies: [reply(1, '2024-05-16', 'rejects')] }), // sent in 57's window, reply in 57's
      row({ dateSent: d('2023-07-01'), replies: [reply(2, '2024-06-30', 'substantive')] }), // sent in 55's, reply in 57's
      row({ dateSent: d('2024-08-01'), replies: [reply(3, '2024-08-02', null)] }), // 58 and 58
      row({ dateSent: d('2011-01-15') }), // before the first report: no session
    ], TODAY, sessions);
    assert.deepEqual(groups.map((g) => [g.session.number, g.figures.communications, g.figures.replies]), [[55, 1, 0], [57, 1, 2], [58, 1, 1]]);
    const s57 = groups.find((g) => g.session.number === 57);
    assert.deepEqual(s57?.figures.stances, { rejects: 1, substantive: 1, acknowledges: 0, partial: 0, unknown: 0 });
    assert.deepEqual(s57?.sent, { from: '2024-03-01', to: '2024-05-31' });
    assert.equal(s57?.figures.replied, 1);
  });
});

// ---- properties --------------------------------------------------------------------------------

const dayFrom = (start: number, span: number) => fc.integer({ min: 0, max: span }).map((n) => new Date(start + n * 86_400_000).toISOString().slice(0, 10) as IsoDate);
const DAY_2012 = Date.UTC(2012, 0, 1);
const stance = fc.constantFrom<Stance | null>('rejects', 'substantive', 'acknowledges', 'partial', null);
const replyPool = fc.array(fc.record({ dateReceived: dayFrom(DAY_2012, 4800), stance }), { maxLength: 30 })
  .map((list) => list.map((r, i): StatsReply => ({ id: i + 1, ...r })));
const addressee = fc.oneof(
  fc.constantFrom('PRK', 'CHN', 'IND', 'BRA').map(state),
  fc.constantFrom('Acme', 'ACME ', 'Bolt plc').map(company),
);

const rowsArbitrary = replyPool.chain((pool) => fc.array(fc.record({
  type: fc.constantFrom<ReferenceType | null>('UA', 'AL', 'OL', 'JUA', 'JAL', 'JOL', null),
  state: fc.constantFrom<'sent' | 'draft'>('sent', 'sent', 'sent', 'draft'),
  dateSent: fc.option(dayFrom(DAY_2012, 4700), { nil: null, freq: 10 }),
  addressees: fc.array(addressee, { minLength: 1, maxLength: 2 }),
  mandateIds: fc.subarray(['a', 'b', 'c'], { minLength: 1 }),
  followsUp: fc.boolean(),
  replies: pool.length === 0 ? fc.constant([]) : fc.subarray(pool, { maxLength: Math.min(3, pool.length) }),
}), { maxLength: 40 }).map((list) => list.map((r, i): StatsRow => {
  const { type, ...rest } = r;
  return { id: i + 1, reference: { type, code: 'PRK', number: i + 1, year: 2020, legacy: null }, ...rest };
})));
const todayArbitrary = dayFrom(DAY_2012, 5200);

const ADDITIVE = ['communications', 'joint', 'replied', 'repliedInTime', 'overdue', 'replies'] as const;

test('property: counts stay within their whole, rates in [0, 1], p90 never below the median, parts add up', () => {
  fc.assert(fc.property(rowsArbitrary, todayArbitrary, (rows, today) => {
    const f = statistics(rows, today);
    assert.ok(f.replied <= f.communications && f.repliedInTime <= f.replied && f.overdue + f.replied <= f.communications);
    assert.ok(f.joint <= f.communications);
    for (const rate of [f.responseRate, f.responseRateInTime, f.jointShare]) assert.ok(rate === null ? f.communications === 0 : rate >= 0 && rate <= 1);
    if (f.medianDaysToReply === null) assert.equal(f.p90DaysToReply, null);
    else assert.ok((f.p90DaysToReply ?? -1) >= f.medianDaysToReply);
    assert.equal(Object.values(f.byType).reduce((a, b) => a + b, 0), f.communications);
    assert.equal(Object.values(f.stances).reduce((a, b) => a + b, 0), f.replies);
  }), { numRuns: 300 });
});

test('property: the years add up to the whole, and so do the sessions for records within reporting', () => {
  const { sessions } = loadReferenceData();
  fc.assert(fc.property(rowsArbitrary, todayArbitrary, (rows, today) => {
    const whole = statistics(rows, today);
    for (const groups of [statisticsByYear(rows, today), statisticsBySession(rows, today, sessions)]) {
      for (const key of ADDITIVE) assert.equal(groups.reduce((n, g) => n + g.figures[key], 0), whole[key], key);
      for (const t of ['UA', 'AL', 'OL', 'untyped'] as const) assert.equal(groups.reduce((n, g) => n + g.figures.byType[t], 0), whole.byType[t]);
      for (const s of ['rejects', 'substantive', 'acknowledges', 'partial', 'unknown'] as const) assert.equal(groups.reduce((n, g) => n + g.figures.stances[s], 0), whole.stances[s]);
    }
  }), { numRuns: 200 });
});

test('property: the figures the portal shows (src/stats/response.ts) are the same as these', () => {
  fc.assert(fc.property(rowsArbitrary, todayArbitrary, (rows, today) => {
    const times = rows.filter((r) => r.state === 'sent' && r.dateSent !== null && r.dateSent <= today).map((r) => {
      const received = r.replies.map((x) => x.dateReceived).filter((x) => x <= today).sort();
      return { sent: r.dateSent ?? d(''), firstReply: received[0] ?? null };
    });
    const portal = replyFigures(times);
    const f = statistics(rows, today);
    assert.deepEqual(
      [f.communications, f.replied, f.repliedInTime, f.responseRate, f.responseRateInTime, f.medianDaysToReply],
      [portal.communications, portal.replied, portal.repliedInTime, portal.responseRate, portal.responseRateInTime, portal.medianDaysToReply],
    );
  }), { numRuns: 200 });
});

test('property: days and overdue follow the domain rules (daysBetween, statusAt) exactly', () => {
  const anyDay = dayFrom(Date.UTC(1899, 0, 1), 80_000);
  fc.assert(fc.property(anyDay, anyDay, (a, b) => {
    assert.equal(dayNumber(b) - dayNumber(a), daysBetween(a, b));
    assert.equal(daysToReply(a, b), Math.max(0, daysBetween(a, b)));
  }), { numRuns: 2000 });
  const recent = dayFrom(DAY_2012, 800);
  fc.assert(fc.property(fc.constantFrom<'sent' | 'draft'>('sent', 'draft'), fc.option(recent, { nil: null }), fc.array(recent, { maxLength: 3 }), recent, (st, sent, received, today) => {
    const replies = received.map((dateReceived) => ({ dateReceived }));
    assert.equal(isOverdue({ state: st, dateSent: sent }, replies, today), statusAt({ state: st, dateSent: sent }, received, today) === 'overdue');
  }), { numRuns: 2000 });
});
