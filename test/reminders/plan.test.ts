import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDate } from '../../src/domain/index.js';
import { planReminders, remindersOf, type PendingReply, type ReminderPlanInput } from '../../src/reminders/plan.js';

const today = parseIsoDate('2025-06-10');
const pending = (id: number, reference: string, due: string, kind: 'due' | 'overdue', stateCodes: string[], subject = `Subject ${id}`): PendingReply =>
  ({ communicationId: id, reference, subject, dueOn: parseIsoDate(due), kind, stateCodes });

const A = pending(1, 'AL PRK 1/2025', '2025-06-13', 'due', ['PRK'], 'Arbitrary detention of two journalists');
const B = pending(2, 'UA PRK 2/2025', '2025-04-30', 'overdue', ['PRK']);
const C = pending(3, 'AL EGY 3/2025', '2025-06-10', 'due', ['EGY']);
const D = pending(4, 'AL PRK 4/2025', '2025-06-12', 'due', ['PRK', 'EGY']);
const E = pending(5, 'AL OTH 1/2025', '2025-05-01', 'overdue', []);

const input = (over: Partial<ReminderPlanInput> = {}): ReminderPlanInput => ({
  today, dueWithinDays: 7, pending: [E, D, C, B, A],
  missions: [
    { address: 'prk@mission.example', name: 'PRK mission', stateCode: 'PRK' },
    { address: 'egy@mission.example', name: 'EGY mission', stateCode: 'EGY' },
  ],
  secretariat: [{ address: 'registry@ohchr.example', name: 'Registry' }],
  alreadySent: [],
  ...over,
});

const refs = (items: readonly PendingReply[]) => items.map((p) => p.reference);

test('a mission hears about its own State\'s letters only, the secretariat about all, each soonest due first', () => {
  const plan = planReminders(input());
  assert.deepEqual(plan.messages.map((m) => m.to), ['egy@mission.example', 'prk@mission.example', 'registry@ohchr.example']);
  const [egy, prk, registry] = plan.messages;
  assert.deepEqual(refs(prk?.due ?? []), ['AL PRK 4/2025', 'AL PRK 1/2025']);
  assert.deepEqual(refs(prk?.overdue ?? []), ['UA PRK 2/2025']);
  assert.deepEqual(refs(egy?.due ?? []), ['AL EGY 3/2025', 'AL PRK 4/2025'], 'a letter to two States reaches both missions');
  assert.deepEqual(refs(egy?.overdue ?? []), []);
  assert.deepEqual(refs(registry?.due ?? []), ['AL EGY 3/2025', 'AL PRK 4/2025', 'AL PRK 1/2025']);
  assert.deepEqual(refs(registry?.overdue ?? []), ['UA PRK 2/2025', 'AL OTH 1/2025'], 'longest overdue first; non-State addressees too');
  assert.equal(plan.skipped, 0);
});

test('subject lines count what is due and overdue, and name the State or "all States"', () => {
  const [egy, prk, registry] = planReminders(input()).messages;
  assert.equal(prk?.subject, 'Missive: 2 replies due soon, 1 overdue (PRK)');
  assert.equal(egy?.subject, 'Missive: 2 replies due soon (EGY)');
  assert.equal(registry?.subject, 'Missive: 3 replies due soon, 2 overdue (all States)');
  const onlyOverdue = planReminders(input({ pending: [B], secretariat: [], missions: [{ address: 'prk@mission.example', name: 'PRK', stateCode: 'PRK' }] }));
  assert.equal(onlyOverdue.messages[0]?.subject, 'Missive: 1 reply overdue (PRK)');
});

test('each line gives the reference, subject, due date and days left or late', () => {
  const [, prk, registry] = planReminders(input()).messages;
  const text = prk?.text ?? '';
  assert.match(text, /^Dear PRK mission,/);
  assert.match(text, /Due within 7 days \(2\)\n\n- AL PRK 4\/2025: Subject 4\n {2}due 2025-06-12 \(2 days left\)\n- AL PRK 1\/2025: Arbitrary detention of two journalists\n {2}due 2025-06-13 \(3 days left\)\n/);
  assert.match(text, /Overdue \(1\)\n\n- UA PRK 2\/2025: Subject 2\n {2}due 2025-04-30 \(41 days late\)\n/);
  assert.doesNotMatch(text, /EGY 3\/2025/);
  assert.match(registry?.text ?? '', /- AL EGY 3\/2025: Subject 3\n {2}due 2025-06-10 \(today\), to EGY\n/, 'the secretariat sees to whom each letter went');
  assert.match(registry?.text ?? '', /- AL PRK 4\/2025: Subject 4\n {2}due 2025-06-12 \(2 days left\), to PRK, EGY\n/);
});

test('a long or empty subject stays on one readable line', () => {
  const long = pending(9, 'AL PRK 9/2025', '2025-06-11', 'due', ['PRK'], `Allegations\nconcerning ${'very '.repeat(40)}long matters`);
  const empty = pending(10, 'AL PRK 10/2025', '2025-06-11', 'due', ['PRK'], '  ');
  const text = planReminders(input({ pending: [long, empty], secretariat: [] })).messages[0]?.text ?? '';
  const line = text.split('\n').find((l) => l.startsWith('- AL PRK 9/2025')) ?? '';
  assert.ok(line.length <= 110 && line.endsWith('…'), line);
  assert.match(text, /- AL PRK 10\/2025: \(no subject\)/);
});

test('reminders sent before (addresses without case) are left out and counted; nothing new means no e-mail', () => {
  const plan = planReminders(input({
    alreadySent: [
      { communicationId: 1, kind: 'due', recipient: 'PRK@Mission.example' },
      { communicationId: 2, kind: 'overdue', recipient: 'prk@mission.example' },
      { communicationId: 4, kind: 'due', recipient: 'prk@mission.example' },
      // The same letter was reminded as 'due' before; now overdue, it is a new reminder.
      { communicationId: 5, kind: 'due', recipient: 'registry@ohchr.example' },
    ],
  }));
  assert.deepEqual(plan.messages.map((m) => m.to), ['egy@mission.example', 'registry@ohchr.example']);
  assert.equal(plan.skipped, 3);
  assert.deepEqual(refs(plan.messages[1]?.overdue ?? []), ['UA PRK 2/2025', 'AL OTH 1/2025']);
});

test('an address shared by several accounts gets one e-mail about the union of their scopes', () => {
  const plan = planReminders(input({
    missions: [
      { address: 'desk@gulf.example', name: 'Desk', stateCode: 'PRK' },
      { address: 'Desk@Gulf.example', name: 'Desk', stateCode: 'EGY' },
      { address: 'prk@mission.example', name: 'PRK mission', stateCode: 'PRK' },
    ],
    secretariat: [{ address: 'prk@mission.example', name: 'Also registry' }],
  }));
  assert.deepEqual(plan.messages.map((m) => m.to), ['desk@gulf.example', 'prk@mission.example']);
  const [desk, both] = plan.messages;
  assert.deepEqual(desk?.scope, ['EGY', 'PRK']);
  assert.deepEqual(refs(desk?.due ?? []), ['AL EGY 3/2025', 'AL PRK 4/2025', 'AL PRK 1/2025']);
  assert.match(desk?.subject ?? '', /\(EGY, PRK\)$/);
  assert.equal(both?.scope, 'all');
  assert.equal((both?.due.length ?? 0) + (both?.overdue.length ?? 0), 5);
});

test('remindersOf gives one record per communication and kind, for the message\'s address', () => {
  const prk = planReminders(input()).messages[1];
  assert.ok(prk);
  assert.deepEqual(remindersOf(prk), [
    { communicationId: 4, kind: 'due', recipient: 'prk@mission.example' },
    { communicationId: 1, kind: 'due', recipient: 'prk@mission.example' },
    { communicationId: 2, kind: 'overdue', recipient: 'prk@mission.example' },
  ]);
});
