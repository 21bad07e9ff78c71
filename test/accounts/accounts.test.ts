import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { Accounts, checkAccount, viewerOf } from '../../src/accounts/service.js';
import { hashPassword, verifyPassword } from '../../src/accounts/password.js';
import { isMissiveError, type ErrorCode } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import type { KyselyStore } from '../../src/store/kysely/store.js';
import type { Store } from '../../src/store/ports.js';
import { forEachStore, freshStore } from '../support/stores.js';

const reference = loadReferenceData().reference;
const PASSWORD = 'correct horse battery staple';
const fails = (code: ErrorCode, field?: string) => (e: unknown) => isMissiveError(e, code) && (field === undefined || e.field === field);

test('passwords are hashed with a salt and verified in constant time; a malformed hash matches nothing', async () => {
  const a = await hashPassword(PASSWORD);
  const b = await hashPassword(PASSWORD);
  assert.notEqual(a, b, 'salted');
  assert.match(a, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  assert.ok(!a.includes(PASSWORD));
  assert.equal(await verifyPassword(PASSWORD, a), true);
  assert.equal(await verifyPassword(`${PASSWORD}!`, a), false);
  assert.equal(await verifyPassword(PASSWORD, 'scrypt$1$2'), false);
});

test('an account is checked field by field: a mission has one State, a mandate-holder mandates, no one else a scope', () => {
  assert.deepEqual(checkAccount({ username: ' Mission.PRK ', role: 'mission', stateCode: 'prk' }, reference),
    { username: 'mission.prk', displayName: 'mission.prk', email: null, role: 'mission', stateCode: 'PRK', mandateIds: [] });
  const bad: [Parameters<typeof checkAccount>[0], ErrorCode, string][] = [
    [{ username: 'a b', role: 'admin' }, 'INVALID_VALUE', 'username'],
    [{ username: 'ok', role: 'public' }, 'INVALID_VALUE', 'role'],
    [{ username: 'ok', role: 'mission' }, 'INVALID_VALUE', 'state'],
    [{ username: 'ok', role: 'mission', stateCode: 'XXX' }, 'UNKNOWN_COUNTRY', 'state'],
    [{ username: 'ok', role: 'secretariat', stateCode: 'PRK' }, 'INVALID_VALUE', 'state'],
    [{ username: 'ok', role: 'mandate-holder' }, 'INVALID_VALUE', 'mandate'],
    [{ username: 'ok', role: 'mandate-holder', mandateIds: ['sr-nothing'] }, 'UNKNOWN_MANDATE', 'mandate'],
    [{ username: 'ok', role: 'admin', mandateIds: ['sr-torture'] }, 'INVALID_VALUE', 'mandate'],
    [{ username: 'ok', role: 'admin', email: 'not an address' }, 'INVALID_VALUE', 'email'],
  ];
  for (const [input, code, field] of bad) assert.throws(() => checkAccount(input, reference), fails(code, field), JSON.stringify(input));
});

forEachStore('accounts', (kind) => {
  let store: Store;
  let clock = new Date('2025-06-01T09:00:00Z');
  const now = () => clock;
  let accounts: Accounts;

  before(async () => {
    store = await freshStore(kind, now);
    accounts = new Accounts(store, reference, now);
  });
  after(async () => { await store.close(); });

  test('adding an account: each is unique, and the audit log shows it without any password or hash', async () => {
    const user = await accounts.add('cli:root', { username: 'amira', displayName: 'Amira', email: 'amira@example.org', role: 'secretariat' }, PASSWORD);
    assert.equal(user.role, 'secretariat');
    assert.deepEqual(viewerOf(user), { role: 'secretariat' });
    await assert.rejects(accounts.add('cli:root', { username: 'AMIRA', role: 'admin' }, PASSWORD), fails('CONFLICT', 'username'));
    await assert.rejects(accounts.add('cli:root', { username: 'short', role: 'admin' }, 'too short'), fails('INVALID_VALUE', 'password'));
    const mission = await accounts.add('amira', { username: 'prk', role: 'mission', stateCode: 'PRK' }, PASSWORD);
    assert.deepEqual(viewerOf(mission), { role: 'mission', stateCode: 'PRK' });
    const holder = await accounts.add('amira', { username: 'sr', role: 'mandate-holder', mandateIds: ['sr-torture', 'sr-dprk'] }, PASSWORD);
    assert.deepEqual(viewerOf(holder), { role: 'mandate-holder', mandateIds: ['sr-dprk', 'sr-torture'] });
    const log = await store.audit.list({ after: 0, limit: 100 });
    const adds = log.filter((e) => e.action === 'user.add');
    assert.deepEqual(adds.map((e) => [e.actor, e.subjectId]), [['cli:root', 'amira'], ['amira', 'prk'], ['amira', 'sr']]);
    assert.ok(!JSON.stringify(log).includes('scrypt') && !JSON.stringify(log).includes(PASSWORD));
  });

  test('a login opens a new session each time; a wrong password is refused, and repeated failures lock the account for a while', async () => {
    const first = await accounts.login('Amira', PASSWORD, '10.0.0.1');
    const second = await accounts.login('amira', PASSWORD, '10.0.0.1');
    assert.notEqual(first.sessionId, second.sessionId);
    assert.equal((await accounts.session(first.sessionId))?.user.username, 'amira');
    assert.equal(await accounts.session('made-up'), null);
    await assert.rejects(accounts.login('nobody', PASSWORD, '10.0.0.2'), fails('UNAUTHORIZED'));
    for (let i = 0; i < 5; i++) await assert.rejects(accounts.login('amira', 'wrong password!!', '10.0.0.3'), fails('UNAUTHORIZED'));
    await assert.rejects(accounts.login('amira', PASSWORD, '10.0.0.4'), fails('RATE_LIMITED'), 'even the right password waits');
    clock = new Date(clock.getTime() + 16 * 60_000);
    assert.ok((await accounts.login('amira', PASSWORD, '10.0.0.4')).sessionId);
    // Sessions expire.
    clock = new Date(clock.getTime() + 13 * 3_600_000);
    assert.equal(await accounts.session(first.sessionId), null);
  });

  test('logout ends a session; a password reset or disabling ends them all and stops tokens', async () => {
    const user = await accounts.add('amira', { username: 'lee', role: 'secretariat' }, PASSWORD);
    const a = await accounts.login('lee', PASSWORD, '10.0.1.1');
    const b = await accounts.login('lee', PASSWORD, '10.0.1.1');
    await accounts.logout(a.sessionId);
    assert.equal(await accounts.session(a.sessionId), null);
    assert.ok(await accounts.session(b.sessionId));
    await accounts.resetPassword('amira', 'lee', 'a brand new passphrase');
    assert.equal(await accounts.session(b.sessionId), null);
    await assert.rejects(accounts.login('lee', PASSWORD, '10.0.1.2'), fails('UNAUTHORIZED'));
    const { token, info } = await accounts.createToken(user, 'nightly export');
    assert.match(token, /^mst_/);
    assert.equal((await accounts.tokenUser(token))?.username, 'lee');
    assert.ok((await store.accounts.tokens(user.id))[0]?.lastUsedAt, 'use is recorded');
    const c = await accounts.login('lee', 'a brand new passphrase', '10.0.1.2');
    await accounts.setDisabled('amira', 'lee', true);
    assert.equal(await accounts.session(c.sessionId), null);
    assert.equal(await accounts.tokenUser(token), null);
    await assert.rejects(accounts.login('lee', 'a brand new passphrase', '10.0.1.3'), fails('UNAUTHORIZED'));
    await accounts.setDisabled('amira', 'lee', false);
    assert.equal((await accounts.tokenUser(token))?.username, 'lee');
    await accounts.revokeToken(user, info.id);
    assert.equal(await accounts.tokenUser(token), null);
    await assert.rejects(accounts.revokeToken(user, info.id), fails('NOT_FOUND', 'token'));
    // Only hashes are stored.
    const db = (store as KyselyStore).db;
    const stored = JSON.stringify([await db.selectFrom('api_tokens').selectAll().execute(), await db.selectFrom('login_sessions').selectAll().execute()]);
    assert.ok(!stored.includes(token.slice(4)) && !stored.includes(b.sessionId));
    const actions = (await store.audit.list({ after: 0, limit: 100, subjectId: 'lee' })).map((e) => e.action);
    assert.deepEqual(actions, ['user.add', 'session.login', 'session.login', 'session.logout', 'user.password', 'token.create', 'session.login', 'user.disable', 'user.enable', 'token.revoke']);
  });

  test('the database refuses to change or delete an audit entry', async () => {
    const db = (store as KyselyStore).db;
    const [entry] = await store.audit.list({ after: 0, limit: 1 });
    assert.ok(entry);
    await assert.rejects(sql`UPDATE audit_log SET actor = 'someone else' WHERE id = ${entry.id}`.execute(db), /append-only/);
    await assert.rejects(sql`DELETE FROM audit_log WHERE id = ${entry.id}`.execute(db), /append-only/);
    assert.equal((await store.audit.list({ after: 0, limit: 1 }))[0]?.actor, entry.actor);
  });
});
