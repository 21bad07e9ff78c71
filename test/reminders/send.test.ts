import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Accounts } from '../../src/accounts/service.js';
import { formatReference, parseIsoDate } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { mailConfigFromEnv, type MailConfig } from '../../src/reminders/mail-config.js';
import { sendReminders, type ReminderRunOptions } from '../../src/reminders/send.js';
import type { Store } from '../../src/store/ports.js';
import { addLetter, addReply, state } from '../support/search-fixtures.js';
import { forEachStore, freshStore } from '../support/stores.js';
import { startSmtp, type TestSmtp } from './smtp.js';

const reference = loadReferenceData().reference;
const PASSWORD = 'correct horse battery staple';
const PRK = state('PRK', "Democratic People's Republic of Korea");
const EGY = state('EGY', 'Egypt');
const MISSION_PRK = 'prk@mission.example';
const MISSION_EGY = 'egy@mission.example';
const REGISTRY = 'registry@ohchr.example';

forEachStore('reminders sent over SMTP', (kind) => {
  let store: Store;
  let smtp: TestSmtp;
  let mail: MailConfig;
  const refs: Record<'soon' | 'overdue' | 'replied' | 'far' | 'egypt', string> = { soon: '', overdue: '', replied: '', far: '', egypt: '' };
  const run = (today: string, more: Partial<ReminderRunOptions> = {}) => sendReminders(store, { today: parseIsoDate(today), mail, ...more });
  /** The references listed in the one e-mail an address received since `from`. */
  const listed = (address: string, from = 0) => {
    const mails = smtp.received.slice(from).filter((m) => m.to.includes(address));
    assert.equal(mails.length, 1, `one e-mail to ${address}`);
    const text = mails[0]?.text ?? '';
    return Object.values(refs).filter((r) => text.includes(`- ${r}:`)).sort();
  };
  const audited = async () => (await store.audit.list({ after: 0, limit: 1000, actor: 'system' })).filter((e) => e.action === 'reminder.send')
    .map((e) => `${e.subjectId} ${(e.after as { kind: string }).kind} ${(e.after as { recipient: string }).recipient}`).sort();

  before(async () => {
    store = await freshStore(kind, () => new Date('2025-06-10T06:00:00Z'));
    smtp = await startSmtp({ user: 'missive', pass: 'p@ss word' });
    mail = mailConfigFromEnv({ MISSIVE_SMTP_URL: smtp.url, MISSIVE_MAIL_FROM: 'Missive <missive@ohchr.example>' }) ?? assert.fail('mail config');
    const accounts = new Accounts(store, reference);
    await accounts.add('test', { username: 'mission.prk', email: MISSION_PRK, role: 'mission', stateCode: 'PRK', displayName: 'DPRK mission' }, PASSWORD);
    await accounts.add('test', { username: 'mission.prk.nomail', role: 'mission', stateCode: 'PRK' }, PASSWORD);
    await accounts.add('test', { username: 'mission.egy', email: MISSION_EGY, role: 'mission', stateCode: 'EGY' }, PASSWORD);
    await accounts.add('test', { username: 'registry', email: REGISTRY, role: 'secretariat' }, PASSWORD);
    const ids = {
      soon: await addLetter(store, { to: PRK, sent: '2025-04-14', subject: 'Detention of two journalists' }), // due 2025-06-13
      overdue: await addLetter(store, { to: PRK, sent: '2025-03-01', type: 'UA', subject: 'Forced labour' }), // due 2025-04-30
      replied: await addLetter(store, { to: PRK, sent: '2025-04-12', subject: 'Water' }), // due 2025-06-11, answered
      far: await addLetter(store, { to: PRK, sent: '2025-05-11', subject: 'Fishermen' }), // due 2025-07-10
      egypt: await addLetter(store, { to: EGY, sent: '2025-04-13', subject: 'Human rights defenders' }), // due 2025-06-12
    };
    await addReply(store, { from: PRK, received: '2025-05-20', answers: [ids.replied] });
    for (const [name, id] of Object.entries(ids) as [keyof typeof refs, number][]) {
      const c = await store.communications.get(id);
      refs[name] = c ? formatReference(c.reference) : assert.fail(`letter ${name}`);
    }
  });
  after(async () => {
    await store.close();
    await smtp.close();
  });

  test('a dry run plans the e-mails and sends and records nothing', async () => {
    const report = await run('2025-06-10', { dryRun: true, mail: null });
    assert.deepEqual(report.messages.map((m) => [m.to, m.status]), [[MISSION_EGY, 'planned'], [MISSION_PRK, 'planned'], [REGISTRY, 'planned']]);
    assert.deepEqual([report.planned, report.sent, report.reminders], [3, 0, 0]);
    assert.equal(smtp.received.length, 0);
    assert.deepEqual(await store.reminders.sentAbout([1, 2, 3, 4, 5]), []);
  });

  test('each mission gets its own State\'s due and overdue letters only, the secretariat all of them, each audited', async () => {
    const report = await run('2025-06-10');
    assert.deepEqual([report.planned, report.sent, report.reminders, report.skipped, report.failed.length], [3, 3, 6, 0, 0]);
    assert.deepEqual(listed(MISSION_PRK), [refs.soon, refs.overdue].sort(), 'not EGY\'s, not the replied or far-off letters');
    assert.deepEqual(listed(MISSION_EGY), [refs.egypt]);
    assert.deepEqual(listed(REGISTRY), [refs.soon, refs.overdue, refs.egypt].sort());
    const prk = smtp.to(MISSION_PRK)[0];
    assert.equal(prk?.subject, 'Missive: 1 reply due soon, 1 overdue (PRK)');
    assert.match(prk?.text ?? '', /^Dear DPRK mission,/);
    assert.match(prk?.text ?? '', new RegExp(`- ${refs.soon}: Detention of two journalists\\n {2}due 2025-06-13 \\(3 days left\\)`));
    assert.match(prk?.text ?? '', new RegExp(`- ${refs.overdue}: Forced labour\\n {2}due 2025-04-30 \\(41 days late\\)`));
    assert.equal(prk?.from, 'missive@ohchr.example');
    assert.equal(prk?.headers.get('auto-submitted'), 'auto-generated');
    assert.ok(smtp.logins.length > 0 && smtp.logins.every((u) => u === 'missive'), 'logged in with the URL\'s credentials');
    assert.deepEqual(await audited(), [
      `${refs.egypt} due ${MISSION_EGY}`, `${refs.egypt} due ${REGISTRY}`,
      `${refs.overdue} overdue ${MISSION_PRK}`, `${refs.overdue} overdue ${REGISTRY}`,
      `${refs.soon} due ${MISSION_PRK}`, `${refs.soon} due ${REGISTRY}`,
    ].sort());
  });

  test('a second run the same day sends nothing new', async () => {
    const before = smtp.received.length;
    const report = await run('2025-06-10');
    assert.deepEqual([report.planned, report.sent, report.reminders, report.skipped], [0, 0, 0, 6]);
    assert.equal(smtp.received.length, before);
  });

  test('a letter that becomes overdue later brings an overdue reminder then', async () => {
    const from = smtp.received.length;
    const report = await run('2025-06-14');
    assert.equal(report.sent, 3);
    assert.deepEqual(listed(MISSION_PRK, from), [refs.soon]);
    assert.equal(smtp.received.slice(from).find((m) => m.to.includes(MISSION_PRK))?.subject, 'Missive: 1 reply overdue (PRK)');
    assert.deepEqual(listed(MISSION_EGY, from), [refs.egypt]);
    assert.deepEqual(listed(REGISTRY, from), [refs.soon, refs.egypt].sort());
    const entries = await audited();
    assert.ok(entries.includes(`${refs.soon} overdue ${MISSION_PRK}`) && entries.includes(`${refs.egypt} overdue ${REGISTRY}`));
    assert.equal(entries.length, 10);
  });

  test('a recipient the server refuses is reported and left unmarked, the others still get theirs, and the next run retries it', async () => {
    smtp.refuse.add(MISSION_PRK);
    const from = smtp.received.length;
    const report = await run('2025-07-05'); // the far-off letter is now due in 5 days
    assert.deepEqual(report.failed.map((f) => f.to), [MISSION_PRK]);
    assert.match(report.failed[0]?.error ?? '', /mailbox unavailable|550/);
    assert.deepEqual([report.sent, report.reminders], [1, 1]);
    assert.deepEqual(listed(REGISTRY, from), [refs.far]);
    const farId = (await store.communications.list({ viewer: { role: 'secretariat' }, today: parseIsoDate('2025-07-05'), limit: 1, worklist: { kind: 'due', days: 7 } }))[0]?.id ?? 0;
    assert.deepEqual((await store.reminders.sentAbout([farId])).map((r) => r.recipient), [REGISTRY], 'the refused one is not marked sent');

    smtp.refuse.clear();
    const retry = await run('2025-07-05');
    assert.deepEqual([retry.sent, retry.reminders, retry.failed.length], [1, 1, 0]);
    assert.deepEqual(retry.messages.map((m) => m.to), [MISSION_PRK]);
    assert.deepEqual(listed(MISSION_PRK, from), [refs.far]);
  });

  test('a run stopped mid-way keeps what it sent recorded; the next run sends only the rest', async () => {
    const stop = new AbortController();
    smtp.onMessage = () => stop.abort();
    const from = smtp.received.length;
    const report = await run('2025-07-12', { signal: stop.signal }); // the far-off letter is now overdue
    smtp.onMessage = null;
    assert.equal(report.interrupted, true);
    assert.deepEqual(report.messages.map((m) => [m.to, m.status]), [[MISSION_PRK, 'sent'], [REGISTRY, 'not-sent']]);
    assert.equal(smtp.received.length, from + 1);

    const rest = await run('2025-07-12');
    assert.deepEqual(rest.messages.map((m) => [m.to, m.status]), [[REGISTRY, 'sent']]);
    assert.deepEqual(listed(MISSION_PRK, from), [refs.far], 'the mission got it exactly once');
    assert.deepEqual(listed(REGISTRY, from), [refs.far]);
    const entries = await audited();
    assert.equal(entries.filter((e) => e.startsWith(`${refs.far} `)).length, 4, 'due and overdue, to the mission and the registry');
  });
});
