import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDate, referenceSlug } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { LOCALES } from '../../src/web/i18n/locales.js';
import { MESSAGES } from '../../src/web/i18n/messages.js';
import { forEachStore } from '../support/stores.js';
import { addLetter, indexAll, state } from '../support/search-fixtures.js';
import { webSuite, WEB_TOMORROW } from '../support/web-fixtures.js';

const reference = loadReferenceData().reference;
const html = (body: string) => body.replace(/\s+/g, ' ');

forEachStore('portal pages', (kind) => {
  const web = webSuite(kind);

  test('the home page lists the newest published records, in the language asked for', async () => {
    const home = await web.get('/?hl=en');
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /<html lang="en" dir="ltr">/);
    assert.match(home.body, new RegExp(`href="/communications/${web.fixture.slugs.published}"`));
    assert.match(home.body, new RegExp(`href="/replies/${web.fixture.ids.reply}"`));
    assert.doesNotMatch(home.body, /student|witness|Confidential/);
    assert.ok(home.body.includes(MESSAGES.en.headline('1', '1')), 'headline figures: the published letter and its public reply');
    const french = await web.app.inject({ method: 'GET', url: '/', headers: { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' } });
    assert.equal(french.statusCode, 302);
    assert.equal(french.headers.location, '/fr/');
    assert.equal((await web.app.inject({ method: 'GET', url: '/', headers: { 'accept-language': 'de, en;q=0.5' } })).statusCode, 200);
    assert.equal((await web.app.inject({ method: 'GET', url: '/?hl=en', headers: { 'accept-language': 'fr' } })).statusCode, 200, 'English chosen from the switcher stays English');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const r = await web.get(`/${locale}/`);
      assert.equal(r.statusCode, 200, locale);
      assert.match(r.body, new RegExp(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`));
      assert.ok(r.body.includes(MESSAGES[locale].tagline), locale);
      assert.match(r.body, new RegExp(`href="/${locale}/communications/${web.fixture.slugs.published}"`), 'links stay in the language');
    }
  });

  test('the search page: hits with highlights and permalinks, facets as links, downloads; a bad query is a 400 saying why', async () => {
    const r = await web.get('/search?q=torture');
    assert.equal(r.statusCode, 200);
    const body = html(r.body);
    assert.match(body, /<mark>[Tt]orture<\/mark>/);
    assert.match(body, new RegExp(`href="/communications/${web.fixture.slugs.published}"`));
    assert.match(body, /href="\/search\?q=torture\+country%3AEGY"/);
    assert.match(body, /Egypt<\/a> <span class="muted">2<\/span>/);
    assert.match(body, /href="\/api\/v1\/search\.csv\?q=torture"/);
    assert.doesNotMatch(body, /student|witness|Confidential/);
    const facet = await web.get('/search?q=torture+kind%3Areply');
    assert.doesNotMatch(html(facet.body), new RegExp(`href="/communications/${web.fixture.slugs.published}"`));
    const bad = await web.get('/search?q=contry%3AEGY');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /role="alert">[^<]*country/);
    assert.match((await web.get('/search?q=zzzzqqq')).body, new RegExp(MESSAGES.en.noResults));
  });

  test('Arabic pages are right to left, with Arabic labels; records keep their own language', async () => {
    const r = await web.get('/ar/search?q=torture');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<html lang="ar" dir="rtl">/);
    assert.ok(r.body.includes(MESSAGES.ar.searchButton));
    assert.match(r.body, /Torture in custody/, 'the subject as written');
  });

  test('a communication page: its fields, public replies and timeline; unpublished is the same 404 as unknown', async () => {
    const r = await web.get(`/communications/${web.fixture.slugs.published}`);
    assert.equal(r.statusCode, 200);
    const body = html(r.body);
    assert.match(body, /<h1>AL EGY \d+\/2025<\/h1>/);
    assert.match(body, /<dt>Reply due<\/dt><dd>2025-03-11<\/dd>/);
    assert.match(body, new RegExp(`href="/replies/${web.fixture.ids.reply}"`));
    assert.doesNotMatch(body, new RegExp(`href="/replies/${web.fixture.ids.confidential}"`));
    assert.match(body, /<time datetime="2025-01-10">2025-01-10<\/time> — sent/);
    const fr = await web.get(`/fr/communications/${web.fixture.slugs.published}`);
    assert.ok(fr.body.includes(MESSAGES.fr.replyDue));
    for (const url of [`/communications/${web.fixture.slugs.tomorrow}`, `/communications/${web.fixture.slugs.held}`, '/communications/AL-EGY-99-2025', `/replies/${web.fixture.ids.confidential}`, `/replies/${web.fixture.ids.early}`, '/replies/x']) {
      const x = await web.get(url);
      assert.equal(x.statusCode, 404, url);
      assert.ok(x.body.includes(MESSAGES.en.notFoundText), url);
      assert.doesNotMatch(x.body, /student|witness|Confidential/);
    }
    const later = web.serverAt(WEB_TOMORROW);
    try {
      assert.equal((await web.get(`/communications/${web.fixture.slugs.tomorrow}`, later)).statusCode, 200);
    } finally {
      await later.close();
    }
  });

  test('a reply page names the letters it answers', async () => {
    const r = await web.get(`/replies/${web.fixture.ids.reply}`);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, new RegExp(`href="/communications/${web.fixture.slugs.published}"`));
    assert.match(html(r.body), /<dt>Stance<\/dt><dd>rejects<\/dd>/);
  });
});

forEachStore('published documents', (kind) => {
  const web = webSuite(kind);

  test('a public record\'s file opens in the browser or downloads; a file of an unpublished record is a 404', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
    const published = await web.blobs.put(pdf, 'letter.pdf', 'application/pdf');
    await web.store.documents.record(published);
    await web.store.communications.attachFile(web.fixture.ids.published, published, 'original');
    const hidden = await web.blobs.put(Buffer.from('<html>the student\'s file</html>'), 'student.html', 'text/html');
    await web.store.documents.record(hidden);
    await web.store.communications.attachFile(web.fixture.ids.tomorrow, hidden, 'original');

    const page = await web.get(`/communications/${web.fixture.slugs.published}`);
    assert.match(page.body, new RegExp(`href="/files/${published.sha256}"`));
    const view = await web.get(`/files/${published.sha256}`);
    assert.equal(view.statusCode, 200);
    assert.equal(view.headers['content-type'], 'application/pdf');
    assert.match(view.headers['content-disposition'] as string, /^inline; filename\*=UTF-8''letter\.pdf/);
    assert.deepEqual(view.rawPayload, pdf);
    const download = await web.get(`/files/${published.sha256}?download=1`);
    assert.match(download.headers['content-disposition'] as string, /^attachment/);
    for (const sha of [hidden.sha256, 'a'.repeat(64), 'not-a-hash']) {
      const r = await web.get(`/files/${sha}`);
      assert.equal(r.statusCode, 404, sha);
      assert.doesNotMatch(r.body, /student/);
    }
    const later = web.serverAt(WEB_TOMORROW);
    try {
      const r = await web.get(`/files/${hidden.sha256}`, later);
      assert.equal(r.statusCode, 200, 'public from its record\'s day');
      assert.match(r.headers['content-disposition'] as string, /^attachment/, 'HTML is never shown inline from this site');
    } finally {
      await later.close();
    }
  });
});

forEachStore('cached pages', (kind) => {
  const web = webSuite(kind);

  test('a cached page never outlives a change: a reply unlinked from its letter is gone at the next request', async () => {
    const { ids, slugs } = web.fixture;
    for (let i = 0; i < 2; i++) {
      assert.equal((await web.get(`/replies/${ids.reply}`)).statusCode, 200);
      assert.match((await web.get(`/communications/${slugs.published}`)).body, new RegExp(`href="/replies/${ids.reply}"`));
      assert.match((await web.get('/search?q=unfounded')).body, new RegExp(`href="/replies/${ids.reply}"`));
    }
    await web.store.links.unlink(ids.reply, ids.published, 'test');
    // No reindexing yet: the change alone must reach every page.
    assert.equal((await web.get(`/replies/${ids.reply}`)).statusCode, 404, 'a reply answering nothing public is not public');
    assert.doesNotMatch((await web.get(`/communications/${slugs.published}`)).body, new RegExp(`href="/replies/${ids.reply}"`));
    assert.doesNotMatch((await web.get('/search?q=unfounded')).body, new RegExp(`href="/replies/${ids.reply}"`));
    await indexAll(web.store);
    assert.equal((await web.get(`/replies/${ids.reply}`)).statusCode, 404);
    assert.doesNotMatch((await web.get('/search?q=unfounded')).body, new RegExp(`href="/replies/${ids.reply}"`));
  });
});

forEachStore('State, mandate and figures pages', (kind) => {
  const web = webSuite(kind);

  test('the trends page shows the whole system year by year, as the statistics count it, in every language', async () => {
    const r = await web.get('/trends');
    assert.equal(r.statusCode, 200);
    const body = html(r.body);
    assert.match(body, /<h1>Trends<\/h1>/);
    assert.equal((body.match(/<figure class="chart /g) ?? []).length, 2);
    // The fixture's published letters: one of 2025 (replied), none earlier public; the held and tomorrow's do not count.
    assert.match(body, /<th scope="row">2025<\/th><td>1<\/td>/);
    assert.doesNotMatch(body, /<th scope="row">2024<\/th>/, 'the held letter of 2024 is not public');
    assert.match(html((await web.get('/es/trends')).body), /<h1>Tendencias<\/h1>/);
    assert.match(body, /href="\/trends"/, 'linked from every page');
  });

  test('a State page shows its figures, a chart and the table by year, in every language; a methodology page explains them', async () => {
    const r = await web.get('/states/EGY');
    assert.equal(r.statusCode, 200);
    const body = html(r.body);
    assert.match(body, /<h1>Egypt<\/h1>/);
    assert.match(body, /<dt>Response rate<\/dt><dd>100 %<\/dd>/);
    // Two server-drawn charts (src/charts): bars of communications, the response rate; each an accessible SVG.
    assert.equal((body.match(/<figure class="chart /g) ?? []).length, 2);
    assert.match(body, new RegExp(`<svg[^>]* role="img"[^>]* aria-label="${MESSAGES.en.figures.chart}"`));
    assert.match(body, new RegExp(`aria-label="${MESSAGES.en.figures.rateChart}"`));
    assert.doesNotMatch(body, /<script/);
    assert.match(html((await web.get('/ar/states/EGY')).body), /<figure class="chart [^"]*" dir="rtl"/);
    assert.match(body, /<th scope="row">2025<\/th><td>1<\/td><td>1<\/td>/);
    assert.match(body, /href="\/search\?q=country%3AEGY&amp;sort=date"/);
    assert.match(body, /<link rel="alternate" type="application\/atom\+xml" title="Egypt" href="\/api\/v1\/search\.atom\?q=country%3AEGY">/, 'its feed, for readers to discover');
    const fr = await web.get('/fr/states/EGY');
    assert.match(html(fr.body), /<h1>Égypte<\/h1>/);
    assert.ok(fr.body.includes(MESSAGES.fr.figures.responseRate));
    assert.equal((await web.get('/mandates/sr-torture')).statusCode, 200);
    assert.equal((await web.get('/states/ZZZ')).statusCode, 404);
    const about = await web.get('/about/figures');
    assert.equal(about.statusCode, 200);
    assert.ok(MESSAGES.en.methodology.every((p) => about.body.includes(p.replace(/'/g, '&#39;'))));
    assert.match((await web.get(`/communications/${web.fixture.slugs.published}`)).body, /href="\/states\/EGY"/);
  });
});

forEachStore('follow-up chain', (kind) => {
  let later = -1;
  let unpublished = -1;
  const web = webSuite(kind, async (store) => {
    const first = (await store.communications.list({ viewer: { role: 'admin' }, today: parseIsoDate('2030-01-01'), limit: 10 })).find((c) => c.subject === 'Torture in custody');
    const bra = state('BRA', 'Brazil');
    later = await addLetter(store, { to: bra, sent: '2025-02-15', subject: 'Follow-up on custody', mandates: ['sr-torture'], followsUp: [first?.id ?? -1], pages: ['A follow-up letter.'] });
    unpublished = await addLetter(store, { to: bra, sent: '2025-05-20', subject: 'Second follow-up', mandates: ['sr-torture'], followsUp: [first?.id ?? -1], pages: ['Not public yet.'] });
    await indexAll(store);
  });

  test('a communication names the letters that follow it up, public ones only, and each names it back', async () => {
    const followUp = await web.store.communications.get(later);
    const slug = followUp ? referenceSlug(followUp.reference) : '';
    const first = (await web.get(`/api/v1/communications/${web.fixture.slugs.published}`)).json();
    assert.deepEqual(first.followedBy.map((l: { slug: string }) => l.slug), [slug]);
    assert.ok(unpublished > 0);
    const page = html((await web.get(`/communications/${web.fixture.slugs.published}`)).body);
    assert.match(page, new RegExp(`<dt>Followed up by</dt><dd><a href="/communications/${slug}">`));
    assert.doesNotMatch(page, /Second follow-up/);
    const back = (await web.get(`/api/v1/communications/${slug}`)).json();
    assert.deepEqual(back.followsUp.map((l: { slug: string }) => l.slug), [web.fixture.slugs.published]);
  });
});
