import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  addDays, canSeeCommunication, communicationPublicDate, daysBetween, isCommunicationPublicAt, isMissiveError, checkAllocatedNumber,
  parseIsoDate, replyDueDate, replyPublicDate, SessionCalendar, standardSession, statusAt, type IsoDate, type PublicationDecision,
  type SessionRecord,
} from '../../src/domain/index.js';

const d = (s: string): IsoDate => parseIsoDate(s);
const open: PublicationDecision = { publishedEarlyOn: null, confidentialHold: null };
const sent = (date: string, publication = open) => ({ state: 'sent' as const, dateSent: d(date), publication });

describe('dates', () => {
  test('a bad date names the field and the value', () => {
    assert.throws(() => parseIsoDate('2024-02-30', 'dateSent'), (e: unknown) => isMissiveError(e, 'INVALID_DATE') && e.field === 'dateSent' && e.value === '2024-02-30');
  });
  test('adding days and counting them agree', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays(d('1990-01-01'), n));
    fc.assert(fc.property(day, fc.integer({ min: -5000, max: 5000 }), (a, n) => daysBetween(a, addDays(a, n)) === n));
  });
});

describe('reply window and publication', () => {
  test('a reply is due 60 days after sending, across month and leap-year ends', () => {
    assert.equal(replyDueDate(d('2024-03-22')), '2024-05-21');
    assert.equal(replyDueDate(d('2023-12-31')), '2024-02-29');
  });
  test('a communication becomes public 60 days after sending, earlier by decision, never while held or a draft', () => {
    assert.equal(communicationPublicDate(sent('2024-03-22')), '2024-05-21');
    assert.equal(communicationPublicDate(sent('2024-03-22', { publishedEarlyOn: d('2024-03-25'), confidentialHold: null })), '2024-03-25');
    assert.equal(communicationPublicDate(sent('2024-03-22', { publishedEarlyOn: null, confidentialHold: { reason: 'protection of the victim' } })), null);
    assert.equal(communicationPublicDate({ state: 'draft', dateSent: null, publication: open }), null);
    assert.equal(isCommunicationPublicAt(sent('2024-03-22'), d('2024-05-20')), false);
    assert.equal(isCommunicationPublicAt(sent('2024-03-22'), d('2024-05-21')), true);
  });
  test('a reply becomes public with the first public communication it answers, or on receipt if later', () => {
    const reply = { dateReceived: d('2024-05-16'), confidential: false };
    assert.equal(replyPublicDate(reply, [sent('2024-03-22')]), '2024-05-21');
    assert.equal(replyPublicDate({ ...reply, dateReceived: d('2024-07-01') }, [sent('2024-03-22')]), '2024-07-01');
    assert.equal(replyPublicDate({ ...reply, confidential: true }, [sent('2024-03-22')]), null);
    assert.equal(replyPublicDate(reply, []), null);
  });
  test('status at a date: awaiting reply, replied, overdue', () => {
    const c = sent('2024-03-22');
    assert.equal(statusAt(c, [], d('2024-03-21')), 'draft');
    assert.equal(statusAt(c, [], d('2024-05-21')), 'awaiting-reply');
    assert.equal(statusAt(c, [], d('2024-05-22')), 'overdue');
    assert.equal(statusAt(c, [d('2024-05-16')], d('2024-05-22')), 'replied');
    assert.equal(statusAt(c, [d('2024-06-01')], d('2024-05-22')), 'overdue');
  });
});

describe('visibility', () => {
  const c = { ...sent('2024-03-22'), addressees: [{ kind: 'state' as const, code: 'PRK', name: 'DPRK' }], mandateIds: ['sr-dprk', 'wg-discrimination-women'] };
  const before = d('2024-04-01');
  test('before publication only the secretariat, the addressed mission and its mandate-holders see it', () => {
    assert.equal(canSeeCommunication({ role: 'public' }, c, before), false);
    assert.equal(canSeeCommunication({ role: 'secretariat' }, c, before), true);
    assert.equal(canSeeCommunication({ role: 'mission', stateCode: 'PRK' }, c, before), true);
    assert.equal(canSeeCommunication({ role: 'mission', stateCode: 'KOR' }, c, before), false);
    assert.equal(canSeeCommunication({ role: 'mandate-holder', mandateIds: ['sr-dprk'] }, c, before), true);
    assert.equal(canSeeCommunication({ role: 'mandate-holder', mandateIds: ['sr-torture'] }, c, before), false);
    assert.equal(canSeeCommunication({ role: 'public' }, c, d('2024-05-21')), true);
  });
});

describe('reference numbers', () => {
  test('allocated numbers run from 1 to the limit, with a clear error past it', () => {
    assert.equal(checkAllocatedNumber(1, 'PRK', 2024), 1);
    assert.equal(checkAllocatedNumber(9999, 'PRK', 2024), 9999);
    assert.throws(() => checkAllocatedNumber(10000, 'PRK', 2024), (e: unknown) => isMissiveError(e, 'CONFLICT') && e.message.includes('PRK in 2024'));
  });
});

describe('Council sessions', () => {
  const records = (JSON.parse(readFileSync(new URL('../../../data/reference/sessions.json', import.meta.url), 'utf8')) as { sessions: SessionRecord[] }).sessions;
  const calendar = new SessionCalendar(records);
  test('listed windows come from reference data', () => {
    const s40 = calendar.session(40);
    assert.equal(s40.windowsFrom, 'reference');
    assert.deepEqual([s40.sent.from, s40.sent.to, s40.replies.from, s40.replies.to], ['2018-06-01', '2018-11-30', '2018-08-01', '2019-01-31']);
  });
  test('the standard cycle reproduces every listed window', () => {
    for (const r of records.filter((x) => x.sentFrom !== null)) {
      const s = standardSession(r.session);
      assert.deepEqual([s.sent.from, s.sent.to, s.replies.from, s.replies.to], [r.sentFrom, r.sentTo, r.repliesFrom, r.repliesTo], `session ${r.session}`);
    }
  });
  test('sessions the data does not list are computed: 61 is held in March 2026', () => {
    const s61 = calendar.session(61);
    assert.equal(s61.windowsFrom, 'standard-cycle');
    assert.equal(s61.heldIn, '2026-03');
    assert.deepEqual([s61.sent.from, s61.sent.to], ['2025-06-01', '2025-11-30']);
  });
  test('the session whose window holds a date', () => {
    assert.equal(calendar.sessionForSentDate(d('2024-03-22'))?.number, 57);
    assert.equal(calendar.sessionForReplyDate(d('2024-05-16'))?.number, 57);
    assert.equal(calendar.sessionForSentDate(d('2026-11-29'))?.number, 64);
    assert.equal(calendar.sessionForSentDate(d('2005-01-01')), null);
  });
  test('sent and reply windows each cover every day exactly once from 2011-06 on', () => {
    const day = fc.integer({ min: 0, max: 9000 }).map((n) => addDays(d('2011-06-01'), n));
    fc.assert(fc.property(day, (date) => {
      for (const pick of [(s: ReturnType<typeof standardSession>) => s.sent, (s: ReturnType<typeof standardSession>) => s.replies]) {
        let hits = 0;
        for (let n = 18; n < 140; n++) { const w = pick(standardSession(n)); if (w.from <= date && date <= w.to) hits++; }
        assert.equal(hits, 1, date);
      }
    }), { numRuns: 300 });
  });
  test('an unknown session is a typed error', () => {
    assert.throws(() => calendar.session(3), (e: unknown) => isMissiveError(e, 'UNKNOWN_SESSION') && e.value === 3);
  });
});
