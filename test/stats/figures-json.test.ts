import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { addDays, isoDate, parseIsoDate, type Addressee, type IsoDate } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { statistics } from '../../src/stats/service.js';
import type { YearGroup } from '../../src/stats/statistics.js';
import type { Store } from '../../src/store/ports.js';
import { forEachStore, freshStore } from '../support/stores.js';

/**
 * The real yearly totals of ../shared/domain/figures.json (e.g. 2017: 534 communications, 117
 * States and 25 non-State actors addressed, 365 of them replied to within the year — 68 % —,
 * 484 replies received; 2016: 187 follow-ups of 526, 36 %): a corpus of exactly that shape is
 * stored, and the statistics by year give those numbers back.
 */

interface YearTotals {
  readonly year: number;
  readonly communicationsSent: number;
  readonly statesAddressed?: number | null;
  readonly nonStateActorsAddressed?: number | null;
  readonly repliesReceived?: number | null;
  readonly repliesToSameYearCommunications?: number | null;
  readonly replyRate?: number | null;
  readonly followUpCommunications?: number | null;
  readonly followUpShare?: number | null;
}

const FIGURES = JSON.parse(readFileSync(new URL('../../../../shared/domain/figures.json', import.meta.url), 'utf8')) as { yearly: (YearTotals & { communicationsSent: number | null })[] };
const YEARS = FIGURES.yearly.filter((y): y is YearTotals & { communicationsSent: number } => typeof y.communicationsSent === 'number').sort((a, b) => a.year - b.year);
const { reference, sessions } = loadReferenceData();
const TODAY = parseIsoDate('2026-11-30');

/** Replies received in a year to the previous year's letters: what its total holds beyond its own letters' replies. */
const lateReplies = (next: YearTotals | undefined): number => (next ? (next.repliesReceived ?? 0) - (next.repliesToSameYearCommunications ?? 0) : 0);

/** Stores one year's letters: spread over January to November, to the given numbers of distinct States and actors; replied as given. */
async function storeYear(store: Store, y: YearTotals, next: YearTotals | undefined): Promise<void> {
  const members = reference.countries.filter((c) => c.status === 'member');
  const states = y.statesAddressed ?? Math.min(100, y.communicationsSent);
  const actors = y.nonStateActorsAddressed ?? 0;
  const addressee = (i: number): Addressee => {
    const k = i % (states + actors);
    if (k < states) {
      const c = members[k];
      if (!c) throw new Error('not enough member States');
      return { kind: 'state', code: c.code, name: c.names.en ?? c.code };
    }
    return { kind: 'company', code: 'OTH', name: `Business enterprise ${y.year}-${k - states + 1}` };
  };
  const sameYear = y.repliesToSameYearCommunications ?? 0;
  const intoNext = lateReplies(next);
  const followUps = y.followUpCommunications ?? 0;
  let previous: number | null = null;
  for (let i = 0; i < y.communicationsSent; i++) {
    const sent: IsoDate = addDays(isoDate(y.year, 1, 3), Math.floor((i * 320) / y.communicationsSent));
    const letter = await store.communications.create({
      type: (['UA', 'AL', 'OL'] as const)[i % 3] ?? 'AL', state: 'sent', dateSent: sent, mandateIds: ['sr-torture'], addressees: [addressee(i)],
      subject: `Letter ${i + 1} of ${y.year}`, summary: '', language: 'en',
      // The year's last letters follow up the one before each (as many as the year's follow-ups).
      ...(i >= y.communicationsSent - followUps && previous !== null ? { followsUp: [previous] } : {}),
    });
    previous = letter.id;
    // The first letters are answered within the year; the last ones, early the next year.
    const received = i < sameYear ? addDays(sent, 20 + (i % 25)) : i >= y.communicationsSent - intoNext ? isoDate(y.year + 1, 1, 10 + (i % 15)) : null;
    if (received === null) continue;
    await store.replies.create({
      sender: addressee(i), noteNumber: `${i + 1}/${y.year}`, dateOnNote: received, dateReceived: received, languages: ['en'], stance: 'substantive', confidential: false,
      links: [{ communicationId: letter.id, origin: 'manual', score: null, confirmedBy: 'test' }],
    });
  }
}

forEachStore('the real yearly totals of figures.json', (kind) => {
  let store: Store;
  let years: YearGroup[];

  before(async () => {
    store = await freshStore(kind, () => new Date('2026-11-30T00:00:00Z'));
    await store.transaction((trx) => trx.search.inBulk(async () => {
      for (const [i, y] of YEARS.entries()) await storeYear(trx, y, YEARS[i + 1]);
    }));
    const result = await statistics(store, sessions, { filter: {}, viewer: { role: 'secretariat' }, today: TODAY, groupBy: 'year' });
    years = result.groups as YearGroup[];
  });
  after(async () => { await store.close(); });

  test('every year with totals: communications, States and non-State actors addressed, replies received, reply rate, follow-ups', () => {
    assert.ok(YEARS.length >= 2, 'figures.json gives totals for several years');
    assert.ok(YEARS.some((y) => y.year === 2017 && y.communicationsSent === 534), 'the 2017 facts sheet is among them');
    for (const y of YEARS) {
      const got = years.find((g) => g.year === y.year)?.figures;
      assert.ok(got, `${y.year}`);
      assert.equal(got.communications, y.communicationsSent, `${y.year} communications`);
      if (y.statesAddressed) assert.equal(got.states, y.statesAddressed, `${y.year} States`);
      if (y.nonStateActorsAddressed !== undefined && y.nonStateActorsAddressed !== null) assert.equal(got.nonStateActors, y.nonStateActorsAddressed, `${y.year} non-State actors`);
      if (y.repliesReceived) assert.equal(got.replies, y.repliesReceived, `${y.year} replies received in the year`);
      if (y.followUpCommunications) assert.equal(got.followUps, y.followUpCommunications, `${y.year} follow-ups`);
      if (y.followUpShare) assert.equal(Number((got.followUpShare ?? 0).toFixed(2)), y.followUpShare, `${y.year} share of follow-ups`);
      if (y.repliesToSameYearCommunications) {
        // figures.json: "replies to communications sent in the year / communications sent in the year" (one reply each here);
        // the year's letters replied to ever also count those answered early the next year.
        assert.equal(got.replied - lateReplies(YEARS[YEARS.indexOf(y) + 1]), y.repliesToSameYearCommunications, `${y.year} replied within the year`);
        if (y.replyRate) assert.equal(Number((y.repliesToSameYearCommunications / got.communications).toFixed(2)), y.replyRate, `${y.year} reply rate`);
      }
    }
  });
});
