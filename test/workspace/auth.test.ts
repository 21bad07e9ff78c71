import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Accounts } from '../../src/accounts/service.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { addLetter, addReply, indexAll, state } from '../support/search-fixtures.js';
import { forEachStore } from '../support/stores.js';
import { webSuite } from '../support/web-fixtures.js';
import { addPeople, PASSWORD, PEOPLE, postForm, postLogin, setCookie, signIn, type Person, type Session } from '../support/workspace-fixtures.js';

const XSS = '<script>alert("x")</script>';

forEachStore('workspace sign-in and security', (kind) => {
  const extra: Record<string, number> = {};
  const web = webSuite(kind, async (store) => {
    await addPeople(store);
    extra.korea = await addLetter(store, { to: state('PRK', "Democratic People's Republic of Korea"), sent: '2025-05-01', mandates: ['sr-dprk'], subject: `Returnees ${XSS}`, pages: ['Returnees were detained.'] });
    extra.koreaReply = await addReply(store, { from: state('PRK', `DPRK ${XSS}`), received: '2025-05-20', answers: [extra.korea], note: '<img src=x onerror=alert(1)>', pages: [`We reject ${XSS}`] });
    await indexAll(store);
  });

  test('a login sets a new HTTP-only, Secure session cookie, whatever cookie came before (no session fixation)', async () => {
    const planted = 'missive_session=planted-by-someone-else';
    const r = await postLogin(web.app, 'amira', PASSWORD, planted);
    assert.equal(r.statusCode, 303);
    assert.equal(r.headers.location, '/workspace');
    const cookie = setCookie(r.headers, 'missive_session') ?? '';
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /Secure/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /planted/);
    const withPlanted = await web.app.inject({ method: 'GET', url: '/workspace', headers: { cookie: planted } });
    assert.equal(withPlanted.statusCode, 303, 'the planted id opens nothing');
    assert.match(withPlanted.headers.location as string, /^\/login\?next=%2Fworkspace/);
    const session = cookie.split(';')[0] ?? '';
    assert.equal((await web.app.inject({ method: 'GET', url: '/workspace', headers: { cookie: session } })).statusCode, 200);
    assert.match((await web.app.inject({ method: 'GET', url: '/workspace', headers: { cookie: session } })).headers['cache-control'] as string, /no-store/);
  });

  test('every form needs its CSRF token: the login form its cookie\'s, signed-in forms the session\'s', async () => {
    const noCookie = await web.app.inject({ method: 'POST', url: '/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `username=amira&password=${encodeURIComponent(PASSWORD)}&_csrf=guess` });
    assert.equal(noCookie.statusCode, 403);
    assert.equal(setCookie(noCookie.headers, 'missive_session'), undefined);
    const session = await signIn(web.app, 'amira');
    for (const csrf of [null, 'wrong']) {
      const r = await postForm(web.app, session, '/workspace/tokens', { name: 'sneaky' }, csrf);
      assert.equal(r.statusCode, 403, `csrf ${String(csrf)}`);
      assert.match(r.body, /CSRF/);
    }
    assert.equal((await postForm(web.app, session, '/workspace/tokens', { name: 'fine' })).statusCode, 200);
    const out = await postForm(web.app, session, '/logout', {});
    assert.equal(out.statusCode, 303);
    assert.equal((await web.app.inject({ method: 'GET', url: '/workspace', headers: { cookie: session.cookie } })).statusCode, 303, 'signed out');
  });

  test('repeated wrong passwords lock the account for a while: 429 with Retry-After, even for the right password', async () => {
    await new Accounts(web.store, loadReferenceData().reference).add('test', { username: 'victim', role: 'secretariat' }, PASSWORD);
    for (let i = 0; i < 5; i++) assert.equal((await postLogin(web.app, 'victim', 'not the password at all')).statusCode, 401);
    const locked = await postLogin(web.app, 'victim', PASSWORD);
    assert.equal(locked.statusCode, 429);
    assert.ok(Number(locked.headers['retry-after']) > 0);
    assert.equal(setCookie(locked.headers, 'missive_session'), undefined);
    // Later, the lock is gone.
    const later = web.serverAt(new Date('2025-06-01T10:00:00Z'));
    try {
      assert.equal((await postLogin(later, 'victim', PASSWORD)).statusCode, 303);
    } finally {
      await later.close();
    }
  });

  test('stored text with markup is shown as text, never run (workspace and portal)', async () => {
    const staff = await signIn(web.app, 'amira');
    const mission = await signIn(web.app, 'korea');
    const slug = `AL-PRK-1-2025`;
    for (const [url, session] of [[`/workspace/communications/${slug}`, staff], [`/workspace/replies/${extra.koreaReply}`, staff], ['/workspace', mission]] as const) {
      const page = await web.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
      assert.equal(page.statusCode, 200, url);
      assert.doesNotMatch(page.body, /<script>alert|<img src=x/, url);
      assert.match(page.body, /&lt;script&gt;alert|&lt;img src=x/, url);
    }
  });

  test('API tokens work for scripts without cookies or CSRF; an unknown token is a JSON 401', async () => {
    const accounts = new Accounts(web.store, loadReferenceData().reference);
    const user = await web.store.accounts.byUsername('korea');
    assert.ok(user);
    const { token } = await accounts.createToken(user, 'script');
    const lists = await web.app.inject({ method: 'GET', url: '/api/v1/workspace/lists', headers: { authorization: `Bearer ${token}` } });
    assert.equal(lists.statusCode, 200);
    assert.equal(lists.json().user, 'korea');
    const bad = await web.app.inject({ method: 'GET', url: '/api/v1/workspace/lists', headers: { authorization: 'Bearer mst_nope' } });
    assert.equal(bad.statusCode, 401);
    assert.equal(bad.json().error.code, 'unauthorized');
    assert.equal((await web.app.inject({ method: 'GET', url: '/api/v1/workspace/lists' })).statusCode, 401);
  });

  test('IDOR: a mission or mandate-holder asking for what is not theirs by reference, id, file hash, search, feed or export gets the same 404 as for nothing', async () => {
    const file = await web.blobs.put(Buffer.from('%PDF-1.4\nthe student\n%%EOF\n'), 'student.pdf', 'application/pdf');
    await web.store.documents.record(file);
    await web.store.communications.attachFile(web.fixture.ids.tomorrow, file, 'original');
    const sessions: Partial<Record<Person, Session>> = {};
    for (const p of ['egypt', 'korea', 'torture', 'privacy'] as const) sessions[p] = await signIn(web.app, p);
    const as = (p: Person, url: string) => web.app.inject({ method: 'GET', url, headers: { cookie: sessions[p]?.cookie ?? '' } });
    const targets = [
      `/workspace/communications/${web.fixture.slugs.tomorrow}`, `/api/v1/workspace/communications/${web.fixture.slugs.tomorrow}`,
      `/workspace/communications/${web.fixture.slugs.held}`, `/workspace/replies/${web.fixture.ids.early}`, `/workspace/replies/${web.fixture.ids.confidential}`,
      `/workspace/files/${file.sha256}`,
    ];
    for (const url of targets) {
      for (const outsider of ['korea', 'privacy'] as const) {
        const r = await as(outsider, url);
        assert.equal(r.statusCode, 404, `${outsider} ${url}`);
        assert.doesNotMatch(r.body, /student|witness|Confidential details/i);
      }
      assert.equal((await as('egypt', url)).statusCode, 200, `egypt ${url}`);
      assert.equal((await as('torture', url)).statusCode, 200, `torture ${url}`);
    }
    const nothing = await as('korea', '/workspace/communications/AL-EGY-99-2025');
    assert.equal(nothing.statusCode, 404);
    // The portal never reads a session: a mission's cookie changes nothing there.
    for (const url of ['/api/v1/search?q=student', '/api/v1/search.csv?q=student', '/api/v1/search.atom?q=student', '/api/v1/export', '/search?q=student', `/files/${file.sha256}`]) {
      const r = await as('egypt', url);
      assert.doesNotMatch(r.body, new RegExp(`${web.fixture.slugs.tomorrow}|A student was tortured`), url);
    }
    // Work lists hold the mission's own State only.
    const lists = (await as('korea', '/api/v1/workspace/lists')).json() as { lists: { name: string; items: { reference: string }[] }[] };
    const refs = lists.lists.flatMap((l) => l.items.map((i) => i.reference));
    assert.ok(refs.length > 0 && refs.every((r) => / PRK /.test(r)), refs.join());
    const egypt = (await as('egypt', '/api/v1/workspace/lists')).json() as { lists: { name: string; items: { reference: string }[] }[] };
    assert.ok(egypt.lists.find((l) => l.name === 'all')?.items.some((i) => i.reference.replace(/[ /]/g, '-') === web.fixture.slugs.tomorrow), 'its own letter before publication');
  });

  test('workspace search finds what each person may see and nothing else: the secretariat everything, a mission its State\'s letters before publication, another mission none of them', async () => {
    await indexAll(web.store); // as the server's indexer does (an earlier test attached a file)
    const as = async (p: Person, url: string) => web.app.inject({ method: 'GET', url, headers: { cookie: (await signIn(web.app, p)).cookie } });
    const student = (p: Person) => as(p, '/api/v1/workspace/search?q=student');
    const urls = async (p: Person) => ((await student(p)).json() as { hits: { url: string }[] }).hits.map((h) => h.url);
    const tomorrow = `/workspace/communications/${web.fixture.slugs.tomorrow}`;
    assert.ok((await urls('amira')).includes(tomorrow), 'the secretariat finds the letter public tomorrow');
    assert.ok((await urls('egypt')).includes(tomorrow), 'so does the mission of its State');
    assert.ok((await urls('torture')).includes(tomorrow), 'and the holder of its mandate');
    for (const outsider of ['korea', 'privacy'] as const) {
      const r = await student(outsider);
      assert.equal(r.statusCode, 200);
      assert.doesNotMatch(r.body, new RegExp(`${web.fixture.slugs.tomorrow}|Torture of a student|A student was tortured`), outsider);
      assert.equal((r.json() as { total: number }).total, 0, `${outsider}: nothing counted either`);
    }
    const held = ((await (await as('amira', '/api/v1/workspace/search?q=witness')).json()) as { hits: { url: string }[] }).hits.map((h) => h.url);
    assert.ok(held.includes(`/workspace/communications/${web.fixture.slugs.held}`), 'the secretariat finds the held letter');
    assert.equal(((await (await as('egypt', '/api/v1/workspace/search?q=witness')).json()) as { total: number }).total, 1, 'its State\'s held letter: the mission sees its own letters');
    const page = await as('egypt', '/workspace/search?q=student');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`href="${tomorrow}"`));
    assert.match(page.body, /<mark>student<\/mark>|<mark>Student<\/mark>/);
    assert.equal((await as('egypt', '/workspace/search?q=country%3A')).statusCode, 400, 'a query that cannot be read says so');
    assert.equal((await web.app.inject({ method: 'GET', url: '/workspace/search?q=student' })).statusCode, 303, 'anonymous: to the login');
  });

  test('a mandate-holder\'s work page lists its mandates\' letters (unpublished too) and the replies to them; another mandate\'s holder sees neither', async () => {
    const page = async (p: Person) => (await web.app.inject({ method: 'GET', url: '/workspace', headers: { cookie: (await signIn(web.app, p)).cookie } })).body;
    const torture = await page('torture');
    assert.match(torture, new RegExp(web.fixture.slugs.tomorrow.replace(/-/g, '[ /]').replace(/^AL\[ \/\]/, 'AL ')), 'its letter before publication');
    assert.match(torture, new RegExp(`href="/workspace/replies/${web.fixture.ids.early}"`), 'a reply to it, not public yet');
    const privacy = await page('privacy');
    assert.doesNotMatch(privacy, new RegExp(`href="/workspace/replies/(${web.fixture.ids.early}|${web.fixture.ids.confidential})"`));
    assert.doesNotMatch(privacy, /Torture of a student/);
  });

  test('every workspace route answers each role as it should: anonymous to the login, admin pages to admins only', async () => {
    const routes = [...new Set(web.routes.filter((u) => u.startsWith('/workspace') || u.startsWith('/api/v1/workspace')))];
    assert.ok(routes.length >= 8, routes.join());
    const concrete = (u: string) => u.replace(':slug', web.fixture.slugs.published).replace(':id', String(web.fixture.ids.reply)).replace(':sha256', '0'.repeat(64)).replace(':username', 'amira');
    for (const route of routes) {
      const url = concrete(route);
      const anonymous = await web.app.inject({ method: 'GET', url });
      // Programs (the API, calendar subscriptions) get a 401; browsers are sent to the login.
      if (url.startsWith('/api/') || url.endsWith('.ics')) assert.equal(anonymous.statusCode, 401, url);
      else assert.match(`${anonymous.statusCode} ${String(anonymous.headers.location)}`, /^303 \/login\?next=/, url);
    }
    // Every form: nothing without signing in; staff-only decisions refused to missions and mandate-holders.
    const posts = [...new Set(web.posts.filter((u) => u.startsWith('/workspace') || u === '/logout'))].map(concrete);
    assert.ok(posts.length >= 12, posts.join());
    for (const url of posts) assert.equal((await postForm(web.app, null, url, { name: 'x', reason: 'because of it' }, null)).statusCode, 401, url);
    const staffOnly = posts.filter((u) => /^\/workspace\/(communications|intake|admin)/.test(u));
    for (const p of ['korea', 'torture'] as const) {
      const session = await signIn(web.app, p);
      for (const url of staffOnly) assert.equal((await postForm(web.app, session, url, { reason: 'because of it', on: '2025-05-01' })).statusCode, 403, `${p} ${url}`);
    }
    const admin = await signIn(web.app, 'root');
    for (const p of Object.keys(PEOPLE) as Person[]) {
      const session = p === 'root' ? admin : await signIn(web.app, p);
      for (const url of ['/workspace/admin/users', '/workspace/admin/audit', '/api/v1/workspace/audit.jsonl']) {
        const r = await web.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
        assert.equal(r.statusCode, p === 'root' ? 200 : 403, `${p} ${url}`);
      }
      const lists = await web.app.inject({ method: 'GET', url: '/workspace', headers: { cookie: session.cookie } });
      assert.equal(lists.statusCode, 200, p);
    }
  });
});
