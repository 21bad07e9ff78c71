import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { formatReference, parseIsoDate } from '../../src/domain/index.js';
import { deadlineCalendar, deadlineUid, missionCalendar } from '../../src/reminders/calendar.js';
import type { Store } from '../../src/store/ports.js';
import { addLetter, addReply, state } from '../support/search-fixtures.js';
import { forEachStore, freshStore } from '../support/stores.js';

const PRK = state('PRK', "Democratic People's Republic of Korea");
const EGY = state('EGY', 'Egypt');
const today = parseIsoDate('2025-06-10');

interface CalendarEvent { uid: string; start: string; end: string; summary: string; description: string }

/** The events of an iCalendar text, with folded lines joined and escapes undone. */
function events(ics: string): CalendarEvent[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: CalendarEvent[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push({ uid: current.UID ?? '', start: current.DTSTART ?? '', end: current.DTEND ?? '', summary: current.SUMMARY ?? '', description: current.DESCRIPTION ?? '' });
      current = null;
    } else if (current) {
      const m = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
      if (m?.[1]) current[m[1]] = (m[2] ?? '').replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
    }
  }
  return out;
}

test('each deadline is an all-day event on its due date, with a stable UID and its status on the day', () => {
  const ics = deadlineCalendar('PRK', [
    { communicationId: 7, reference: 'AL PRK 1/2025', subject: 'Detention; two journalists', dateSent: parseIsoDate('2025-04-14'), dueOn: parseIsoDate('2025-06-13'), firstReply: null },
    { communicationId: 8, reference: 'UA PRK 2/2025', subject: '', dateSent: parseIsoDate('2025-03-01'), dueOn: parseIsoDate('2025-04-30'), firstReply: null },
    { communicationId: 9, reference: 'AL PRK 3/2025', subject: 'Water', dateSent: parseIsoDate('2025-04-12'), dueOn: parseIsoDate('2025-06-11'), firstReply: parseIsoDate('2025-05-20') },
  ], today);
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /X-WR-CALNAME:Missive: reply deadlines \(PRK\)/);
  assert.deepEqual(events(ics), [
    { uid: deadlineUid(7), start: '20250613', end: '20250614', summary: 'Reply due: AL PRK 1/2025', description: 'Detention; two journalists\nSent on 2025-04-14; as of 2025-06-10: awaiting a reply, 3 days left.' },
    { uid: deadlineUid(8), start: '20250430', end: '20250501', summary: 'Reply due: UA PRK 2/2025', description: '(no subject)\nSent on 2025-03-01; as of 2025-06-10: overdue by 41 days.' },
    { uid: deadlineUid(9), start: '20250611', end: '20250612', summary: 'Reply due: AL PRK 3/2025', description: 'Water\nSent on 2025-04-12; as of 2025-06-10: replied on 2025-05-20.' },
  ]);
  assert.equal(events(deadlineCalendar('PRK', [], today)).length, 0, 'an empty calendar is still a calendar');
});

forEachStore('a mission\'s deadline calendar', (kind) => {
  let store: Store;
  const ids: Record<string, number> = {};

  before(async () => {
    store = await freshStore(kind);
    ids.unpublished = await addLetter(store, { to: PRK, sent: '2025-04-14', subject: 'Unpublished, due soon' });
    ids.held = await addLetter(store, { to: PRK, sent: '2025-01-10', subject: 'A letter', hold: 'ongoing investigation' });
    ids.replied = await addLetter(store, { to: PRK, sent: '2025-04-12', subject: 'A letter' });
    ids.egyptLater = await addLetter(store, { to: EGY, sent: '2025-02-01', subject: 'A letter' });
    ids.longAgo = await addLetter(store, { to: PRK, sent: '2023-01-10', subject: 'A letter' });
    ids.later = await addLetter(store, { to: PRK, sent: '2025-06-20', subject: 'A letter' });
    ids.egypt = await addLetter(store, { to: EGY, sent: '2025-01-05', subject: 'A letter' });
    await addReply(store, { from: PRK, received: '2025-05-20', answers: [ids.replied] });
    // A letter to two States, listed second for PRK: its mission sees the deadline too.
    const joint = await store.communications.create({
      type: 'AL', state: 'sent', dateSent: parseIsoDate('2025-05-02'), mandateIds: ['sr-torture'], addressees: [EGY, PRK], subject: 'Joint', summary: '', language: 'en',
    });
    ids.twoStates = joint.id;
    await store.communications.create({ type: 'AL', state: 'draft', dateSent: null, mandateIds: ['sr-torture'], addressees: [PRK], subject: 'Draft', summary: '', language: 'en' });
  });
  after(async () => { await store.close(); });

  test('it holds its State\'s letters sent by the day, unpublished and held ones included, nothing of another State', async () => {
    const ics = await missionCalendar(store, 'PRK', { today });
    const got = events(ics);
    const expected = ['held', 'replied', 'unpublished', 'twoStates'].map((name) => deadlineUid(ids[name] ?? 0));
    assert.deepEqual(got.map((e) => e.uid), expected, 'soonest due first; not EGY\'s, a draft, one due over a year ago or one sent after the day');
    const reference = async (id: number) => formatReference((await store.communications.get(id))?.reference ?? assert.fail('letter'));
    assert.equal(got[2]?.summary, `Reply due: ${await reference(ids.unpublished ?? 0)}`);
    assert.equal(got[2]?.start, '20250613');
    assert.match(got[1]?.description ?? '', /replied on 2025-05-20/);
    assert.match(got[0]?.description ?? '', /overdue by/);
    assert.deepEqual(events(await missionCalendar(store, 'PRK', { today })).map((e) => e.uid), expected, 'the same UIDs on every request');
    const egypt = events(await missionCalendar(store, 'EGY', { today })).map((e) => e.uid);
    assert.deepEqual(egypt, [ids.egypt, ids.egyptLater, ids.twoStates].map((id) => deadlineUid(id ?? 0)));
  });

  test('a later start day leaves earlier deadlines out', async () => {
    const got = events(await missionCalendar(store, 'PRK', { today, from: parseIsoDate('2025-06-12') }));
    assert.deepEqual(got.map((e) => e.uid), [deadlineUid(ids.unpublished ?? 0), deadlineUid(ids.twoStates ?? 0)]);
  });
});
