import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Accounts } from '../../src/accounts/service.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { indexAll } from '../support/search-fixtures.js';
import { forEachStore } from '../support/stores.js';
import { webSuite } from '../support/web-fixtures.js';
import { addPeople, postForm, postUpload, signIn, type Session } from '../support/workspace-fixtures.js';

forEachStore('the secretariat at work', (kind) => {
  const web = webSuite(kind, addPeople);
  const slug = 'AL-PRK-1-2025';
  const as = (s: Session, url: string) => web.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });

  test('register a draft (reference allocated), send it, hold it, lift the hold, publish it early, attach its letter and a masked version: each audited; the mission sees it once sent', async () => {
    const amira = await signIn(web.app, 'amira');
    const korea = await signIn(web.app, 'korea');
    const registered = await postForm(web.app, amira, '/workspace/communications', {
      type: 'AL', addressees: 'PRK', mandates: 'sr-dprk, sr-torture', subject: 'Returnees detained', summary: 'People sent back across the border were held.', themes: 'detention, forced return', language: 'en', followsUp: '', dateSent: '',
    });
    assert.equal(registered.statusCode, 303, registered.body);
    assert.equal(registered.headers.location, `/workspace/communications/${slug}`);
    assert.equal((await as(korea, `/workspace/communications/${slug}`)).statusCode, 404, 'a draft is not the mission\'s yet');
    assert.equal((await postForm(web.app, amira, `/workspace/communications/${slug}/send`, { on: '2025-05-20' })).statusCode, 303);
    const seen = await as(korea, `/workspace/communications/${slug}`);
    assert.equal(seen.statusCode, 200, 'sent: the mission sees it before publication');
    assert.match(seen.body, /2025-07-19/, 'due 60 days after sending');
    assert.match((await as(korea, '/workspace')).body, /AL PRK 1\/2025<\/a><\/td><td>2025-05-20<\/td><td>2025-07-19<\/td>/, 'its work page: sent, and the reply deadline');
    assert.equal((await web.get(`/api/v1/communications/${slug}`)).statusCode, 404, 'not public yet');

    assert.equal((await postForm(web.app, amira, `/workspace/communications/${slug}/hold`, { reason: 'x' })).statusCode, 400, 'a decision needs its reason');
    assert.equal((await postForm(web.app, amira, `/workspace/communications/${slug}/hold`, { reason: 'protection of a witness' })).statusCode, 303);
    assert.equal((await postForm(web.app, amira, `/workspace/communications/${slug}/publish-early`, { on: '2025-05-25', reason: 'the State agreed' })).statusCode, 303);
    assert.equal((await web.get(`/api/v1/communications/${slug}`)).statusCode, 404, 'a hold wins over early publication');
    assert.equal((await postForm(web.app, amira, `/workspace/communications/${slug}/lift-hold`, { reason: 'the witness is safe' })).statusCode, 303);
    assert.equal((await web.get(`/api/v1/communications/${slug}`)).statusCode, 200, 'published early, and the hold lifted');

    const original = await postUpload(web.app, amira, `/workspace/communications/${slug}/files`, { role: 'original' }, { name: 'letter.txt', type: 'text/plain', content: 'Mr Kim Chol Su was detained on return.' });
    assert.equal(original.statusCode, 303, original.body);
    const masked = await postUpload(web.app, amira, `/workspace/communications/${slug}/files`, { role: 'public-version' }, { name: 'letter-public.txt', type: 'text/plain', content: 'Mr K. C. S. was detained on return.' });
    assert.equal(masked.statusCode, 303, masked.body);
    const c = (await web.get(`/api/v1/communications/${slug}`)).json() as { files: { sha256: string; filename: string }[] };
    assert.deepEqual(c.files.map((f) => f.filename), ['letter-public.txt'], 'the public gets the masked version only');
    const staffView = (await as(amira, `/api/v1/workspace/communications/${slug}`)).json() as { communication: { files: { sha256: string; role: string }[] } };
    const originalSha = staffView.communication.files.find((f) => f.role === 'original')?.sha256 ?? '';
    assert.equal((await web.get(`/files/${originalSha}`)).statusCode, 404, 'the original stays private');
    assert.equal((await as(amira, `/workspace/files/${originalSha}`)).statusCode, 200);
    await indexAll(web.store);
    const search = (q: string) => web.get(`/api/v1/search?q=${encodeURIComponent(q)}`).then((r) => (r.json() as { total: number }).total);
    assert.equal(await search('Chol'), 0, 'the original\'s names are not searchable');
    assert.equal(await search('returnees detained'), 1);
    assert.equal(await search('"forced return"'), 1, 'its themes are searchable');
    assert.deepEqual((c as unknown as { themes: string[] }).themes, ['detention', 'forced return']);
    assert.match((await web.get(`/communications/${slug}`)).body, /<dt>Themes<\/dt><dd lang="en">detention, forced return<\/dd>/);

    const audit = await web.store.audit.list({ after: 0, limit: 100, subjectKind: 'communication', subjectId: 'AL PRK 1/2025' });
    assert.deepEqual(audit.map((e) => [e.actor, e.action]), [
      ['amira', 'communication.register'], ['amira', 'communication.send'], ['amira', 'communication.hold'], ['amira', 'communication.publish-early'],
      ['amira', 'communication.lift-hold'], ['amira', 'communication.attach'], ['amira', 'communication.attach'],
    ]);
    const send = audit[1];
    assert.deepEqual([(send?.before as { state: string }).state, (send?.after as { state: string; dueOn: string }).state, (send?.after as { dueOn: string }).dueOn], ['draft', 'sent', '2025-07-19']);
    assert.equal((audit[2]?.after as { reason: string }).reason, 'protection of a witness');
  });

  test('only the secretariat and admins register and decide; follow-ups must exist; bad fields are named', async () => {
    const korea = await signIn(web.app, 'korea');
    const torture = await signIn(web.app, 'torture');
    for (const s of [korea, torture]) {
      assert.equal((await postForm(web.app, s, '/workspace/communications', { type: 'AL', addressees: 'PRK', mandates: 'sr-dprk', subject: 'x' })).statusCode, 403);
      assert.equal((await postForm(web.app, s, `/workspace/communications/${slug}/hold`, { reason: 'because of it' })).statusCode, 403);
      assert.equal((await as(s, '/workspace/communications/new')).statusCode, 403);
    }
    const root = await signIn(web.app, 'root');
    const bad = await postForm(web.app, root, '/workspace/communications', { type: 'AL', addressees: 'ZZZ', mandates: 'sr-dprk', subject: 'x' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /addressees\[0\]: &quot;ZZZ&quot;/);
    const missing = await postForm(web.app, root, '/workspace/communications', { type: 'UA', addressees: 'PRK', mandates: 'sr-dprk', subject: 'Follow-up', followsUp: 'AL PRK 9/2020', dateSent: '2025-05-30' });
    assert.equal(missing.statusCode, 404);
    const follow = await postForm(web.app, root, '/workspace/communications', { type: 'UA', addressees: 'PRK', mandates: 'sr-dprk', subject: 'Follow-up', followsUp: 'AL PRK 1/2025', dateSent: '2025-05-30' });
    assert.equal(follow.statusCode, 303, follow.body);
    const page = await as(root, follow.headers.location as string);
    assert.match(page.body, /UA PRK 2\/2025/);
  });

  test('a mission subscribes to its deadlines with a token in the address; no other State\'s letters are in it', async () => {
    const accounts = new Accounts(web.store, loadReferenceData().reference);
    const token = async (username: string) => {
      const user = await web.store.accounts.byUsername(username);
      assert.ok(user);
      return (await accounts.createToken(user, 'calendar')).token;
    };
    const korea = await web.get(`/workspace/deadlines.ics?token=${await token('korea')}`);
    assert.equal(korea.statusCode, 200, korea.body);
    assert.match(korea.headers['content-type'] as string, /text\/calendar/);
    assert.match(korea.body, /AL PRK 1\/2025/);
    const egypt = await web.get(`/workspace/deadlines.ics?token=${await token('egypt')}`);
    assert.doesNotMatch(egypt.body, /PRK/);
    assert.equal((await web.get(`/workspace/deadlines.ics?token=${await token('torture')}`)).statusCode, 403);
    assert.equal((await web.get('/workspace/deadlines.ics?token=mst_nothing')).statusCode, 401);
    assert.equal((await web.get(`/api/v1/workspace/lists?token=${await token('korea')}`)).statusCode, 401, 'no other route takes a token in its address');
    const staff = await signIn(web.app, 'amira');
    assert.match((await as(staff, '/workspace/deadlines.ics?state=PRK')).body, /AL PRK 1\/2025/);
  });
});
