import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_SEED_NOTE } from '../../src/cli/demo.js';
import { addLetter, indexAll, state } from '../support/search-fixtures.js';
import { forEachStore } from '../support/stores.js';
import { webSuite } from '../support/web-fixtures.js';
import { addPeople, postForm, postUpload, signIn } from '../support/workspace-fixtures.js';

const SEED = readFileSync(DEFAULT_SEED_NOTE);

forEachStore('the intake queue of replies', (kind) => {
  const web = webSuite(kind, async (store) => {
    await addPeople(store);
    await addLetter(store, { to: state('PRK', "Democratic People's Republic of Korea"), sent: '2024-03-22', type: 'JAL', mandates: ['sr-dprk', 'wg-discrimination-women'], subject: "Women's rights in detention", pages: ['Allegations concerning the detention of women.'] });
    await indexAll(store);
  });
  const slug = 'JAL-PRK-1-2024';

  test('a mission uploads a reply: it waits for review, unseen by the public and other States; the secretariat confirms the proposed link and it is published', async () => {
    const korea = await signIn(web.app, 'korea');
    const up = await postUpload(web.app, korea, '/workspace/replies', {}, { name: 'note-0024.txt', type: 'text/plain', content: SEED });
    assert.equal(up.statusCode, 303, up.body);
    const url = up.headers.location as string;
    const id = Number(/\/workspace\/replies\/(\d+)$/.exec(url)?.[1]);
    assert.ok(id > 0);
    const own = await web.app.inject({ method: 'GET', url, headers: { cookie: korea.cookie } });
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /awaiting review/);
    const egypt = await signIn(web.app, 'egypt');
    assert.equal((await web.app.inject({ method: 'GET', url, headers: { cookie: egypt.cookie } })).statusCode, 404);
    await indexAll(web.store);
    assert.equal((await web.get(`/api/v1/replies/${id}`)).statusCode, 404, 'not public before review');
    assert.equal(((await web.get('/api/v1/search?q=0024')).json() as { total: number }).total, 0);
    const home = await web.app.inject({ method: 'GET', url: '/workspace', headers: { cookie: korea.cookie } });
    assert.match(home.body, /Note 0024.*awaiting review/s, 'its reply history');

    const amira = await signIn(web.app, 'amira');
    const queue = await web.app.inject({ method: 'GET', url: '/workspace/intake', headers: { cookie: amira.cookie } });
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, new RegExp(`Reply ${id}</a> from `));
    assert.match(queue.body, /JAL PRK 1\/2024 — score [01]\.\d\d: /, 'the letter proposed first, with its score and reasons');
    assert.match(queue.body, /name="answers" value="JAL PRK 1\/2024"/);

    const confirm = await postForm(web.app, amira, `/workspace/intake/${id}/confirm`, { answers: 'JAL PRK 1/2024', state: 'PRK', noteNumber: '0024', dateOnNote: '2024-05-16', stance: 'rejects' });
    assert.equal(confirm.statusCode, 303, confirm.body);
    const published = await web.get(`/api/v1/replies/${id}`);
    assert.equal(published.statusCode, 200, 'public once confirmed (its letter is public)');
    assert.deepEqual((published.json() as { answers: { slug: string }[] }).answers.map((a) => a.slug), [slug]);
    assert.equal((published.json() as { stance: string }).stance, 'rejects');
    const trail = await web.store.audit.list({ after: 0, limit: 50, subjectKind: 'reply', subjectId: String(id) });
    assert.deepEqual(trail.map((e) => [e.actor, e.action]), [['korea', 'reply.submit'], ['amira', 'reply.confirm']]);
    assert.deepEqual([(trail[1]?.before as { review: string }).review, (trail[1]?.after as { review: string; answers: string[] }).review, (trail[1]?.after as { answers: string[] }).answers], ['pending', 'confirmed', ['JAL PRK 1/2024']]);
  });

  test('a request for confidentiality reaches the reviewer, and a reply kept confidential is never public', async () => {
    const korea = await signIn(web.app, 'korea');
    const up = await postUpload(web.app, korea, '/workspace/replies', { confidential: 'yes' }, { name: 'note-0031.txt', type: 'text/plain', content: Buffer.concat([SEED, Buffer.from('\nAddendum 0031.')]) });
    assert.equal(up.statusCode, 303, up.body);
    const id = Number(/(\d+)$/.exec(up.headers.location as string)?.[1]);
    const amira = await signIn(web.app, 'amira');
    const queue = await web.app.inject({ method: 'GET', url: '/workspace/intake', headers: { cookie: amira.cookie } });
    assert.match(queue.body, new RegExp(`id="conf-${id}" name="confidential" type="checkbox" value="yes" checked`));
    assert.equal((await postForm(web.app, amira, `/workspace/intake/${id}/confirm`, { answers: 'JAL PRK 1/2024', state: 'PRK', confidential: 'yes' })).statusCode, 303);
    assert.equal((await web.get(`/api/v1/replies/${id}`)).statusCode, 404);
    const own = await web.app.inject({ method: 'GET', url: `/workspace/replies/${id}`, headers: { cookie: korea.cookie } });
    assert.match(own.body, /<dt>Confidential<\/dt><dd>yes/);
  });

  test('who may submit and confirm; errors name the field', async () => {
    const torture = await signIn(web.app, 'torture');
    assert.equal((await postUpload(web.app, torture, '/workspace/replies', {}, { name: 'x.txt', type: 'text/plain', content: SEED })).statusCode, 403);
    const korea = await signIn(web.app, 'korea');
    assert.equal((await postForm(web.app, korea, '/workspace/intake/1/confirm', { answers: slug, state: 'PRK' })).statusCode, 403, 'missions do not confirm');
    assert.equal((await web.app.inject({ method: 'GET', url: '/workspace/intake', headers: { cookie: korea.cookie } })).statusCode, 403);
    const empty = await postUpload(web.app, korea, '/workspace/replies', {}, { name: 'empty.txt', type: 'text/plain', content: '' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /file: empty\.txt is empty/);
    const amira = await signIn(web.app, 'amira');
    const up = await postUpload(web.app, amira, '/workspace/replies', { state: 'PRK' }, { name: 'n.txt', type: 'text/plain', content: SEED });
    const id = Number(/(\d+)$/.exec(up.headers.location as string)?.[1]);
    const wrong = await postForm(web.app, amira, `/workspace/intake/${id}/confirm`, { answers: 'AL PRK 99/2024', state: 'PRK' });
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.body, /answers: no communication AL PRK 99\/2024/);
    const badStance = await postForm(web.app, amira, `/workspace/intake/${id}/confirm`, { answers: 'JAL PRK 1/2024', state: 'PRK', stance: 'furious' });
    assert.equal(badStance.statusCode, 400);
    assert.equal((await web.get(`/api/v1/replies/${id}`)).statusCode, 404, 'a failed confirmation changes nothing');
  });
});
