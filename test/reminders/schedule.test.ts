import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { Accounts } from '../../src/accounts/service.js';
import { addDays, isMissiveError, todayUtc } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { startReminderSchedule } from '../../src/reminders/schedule.js';
import type { ReminderLog } from '../../src/reminders/send.js';
import type { Store } from '../../src/store/ports.js';
import { addLetter, state } from '../support/search-fixtures.js';
import { freshStore } from '../support/stores.js';
import { startSmtp, type TestSmtp } from './smtp.js';

const FROM = 'missive@ohchr.example';

function collectingLog(): ReminderLog & { lines: string[] } {
  const lines: string[] = [];
  const push = (_fields: object, message: string) => { lines.push(message); };
  return { lines, info: push, warn: push, error: push };
}

let store: Store;
let smtp: TestSmtp;

before(async () => {
  store = await freshStore('sqlite');
  smtp = await startSmtp();
  await new Accounts(store, loadReferenceData().reference).add('test', { username: 'mission.prk', email: 'prk@mission.example', role: 'mission', stateCode: 'PRK' }, 'correct horse battery staple');
  await addLetter(store, { to: state('PRK', "Democratic People's Republic of Korea"), sent: addDays(todayUtc(), -57), subject: 'A letter' });
});
after(async () => {
  await store.close();
  await smtp.close();
});

test('without MISSIVE_SMTP_URL the schedule is off and says so', async () => {
  const log = collectingLog();
  const stop = startReminderSchedule({ store }, log, { MISSIVE_REMINDER_CRON: '* * * * * *' });
  assert.deepEqual(log.lines, ['reminders are off: MISSIVE_SMTP_URL is not set']);
  await new Promise((resolve) => setTimeout(resolve, 1200));
  assert.equal(smtp.received.length, 0);
  await stop();
  // serve logs with pino: it fits the schedule's log.
  await startReminderSchedule({ store }, pino({ level: 'silent' }), {})();
});

test('a cron pattern that is not one is a configuration error naming MISSIVE_REMINDER_CRON', () => {
  assert.throws(() => startReminderSchedule({ store }, collectingLog(), { MISSIVE_SMTP_URL: smtp.url, MISSIVE_MAIL_FROM: FROM, MISSIVE_REMINDER_CRON: 'every morning' }),
    (e: unknown) => isMissiveError(e, 'CONFIGURATION') && e.field === 'MISSIVE_REMINDER_CRON' && e.message.startsWith('MISSIVE_REMINDER_CRON: "every morning"'));
  assert.throws(() => startReminderSchedule({ store }, collectingLog(), { MISSIVE_SMTP_URL: smtp.url }),
    (e: unknown) => isMissiveError(e, 'CONFIGURATION') && e.field === 'MISSIVE_MAIL_FROM');
});

test('the default schedule is daily at 06:00 UTC', () => {
  const log = collectingLog();
  const stop = startReminderSchedule({ store }, { ...log, info: (fields, message) => { log.lines.push(`${message} ${JSON.stringify(fields)}`); } }, { MISSIVE_SMTP_URL: smtp.url, MISSIVE_MAIL_FROM: FROM });
  void stop();
  const next = /"next":"([^"]+)"/.exec(log.lines[0] ?? '')?.[1] ?? '';
  assert.match(next, /T06:00:00\.000Z$/, log.lines.join('\n'));
  assert.ok(Date.parse(next) - Date.now() <= 86_400_000);
});

test('on schedule the job runs by itself, sends the reminders once, and stops when asked', async () => {
  const log = collectingLog();
  const arrived = new Promise<void>((resolve) => { smtp.onMessage = () => resolve(); });
  const stop = startReminderSchedule({ store }, log, { MISSIVE_SMTP_URL: smtp.url, MISSIVE_MAIL_FROM: FROM, MISSIVE_REMINDER_CRON: '* * * * * *' });
  await arrived;
  await new Promise((resolve) => setTimeout(resolve, 1500)); // a later tick finds nothing new
  await stop();
  smtp.onMessage = null;
  assert.equal(smtp.received.length, 1);
  assert.match(smtp.received[0]?.subject ?? '', /^Missive: 1 reply due soon \(PRK\)$/);
  assert.ok(log.lines.some((l) => /^reminders: 1 e-mail sent, 0 failed/.test(l)), log.lines.join('\n'));
  assert.ok(log.lines.some((l) => /^reminders: 0 e-mails to send/.test(l)), 'a later run found nothing new');
  const logged = log.lines.length;
  await new Promise((resolve) => setTimeout(resolve, 1200));
  assert.equal(log.lines.length, logged, 'nothing runs after stop');
});
