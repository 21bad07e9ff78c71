import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousViolations } from '../support/browser.js';
import { indexAll } from '../support/search-fixtures.js';
import { webSuite } from '../support/web-fixtures.js';

/** The portal in a real browser: what a visitor does, and what axe-core finds on every page type. */

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1500, 0x20), Buffer.from('\n%%EOF\n')]);

describe('portal in a browser', () => {
  const web = webSuite('sqlite');
  let browser: Browser;
  let page: Page;
  let base = '';

  before(async () => {
    // The published letter gets a PDF original, for the download step (and is indexed again).
    const file = await web.blobs.put(PDF, 'letter.pdf', 'application/pdf');
    await web.store.documents.record(file);
    await web.store.communications.attachFile(web.fixture.ids.published, file, 'original');
    await indexAll(web.store);
    await web.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(web.app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  });
  after(async () => { await browser?.close(); });

  test('search, click a facet, open a communication, download its file, switch to Arabic, follow a feed', async () => {
    await page.goto(`${base}/?hl=en`);
    await page.fill('#q', 'torture');
    await Promise.all([page.waitForURL(/\/search\?q=torture/), page.click('form.search button[type=submit]')]);
    assert.ok((await page.locator('ol.hits > li').count()) >= 2);
    await screenshot(page, 'search');

    await Promise.all([page.waitForURL(/country%3AEGY/), page.click('aside.facets a:has-text("Egypt")')]);
    assert.equal(await page.locator('ol.hits > li').count(), 2);

    const slug = web.fixture.slugs.published;
    await Promise.all([page.waitForURL(new RegExp(`/communications/${slug}$`)), page.click(`ol.hits a[href="/communications/${slug}"]`)]);
    assert.match((await page.textContent('h1')) ?? '', /^AL EGY \d+\/2025$/);
    await screenshot(page, 'communication');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('li:has(a:has-text("letter.pdf")) a[download]')]);
    assert.equal(download.suggestedFilename(), 'letter.pdf');
    assert.deepEqual(readFileSync(await download.path()), PDF);

    await Promise.all([page.waitForURL(new RegExp(`/ar/communications/${slug}$`)), page.click('nav.languages a[hreflang="ar"]')]);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    await screenshot(page, 'communication-ar');

    await page.goto(`${base}/search?q=torture`);
    const feed = await page.getAttribute('a[type="application/atom+xml"]', 'href');
    assert.ok(feed);
    const atom = await page.request.get(new URL(feed, base).toString());
    assert.equal(atom.status(), 200);
    assert.match(atom.headers()['content-type'] ?? '', /application\/atom\+xml/);
    assert.match(await atom.text(), /<entry>/);
  });

  test('axe-core finds no serious or critical violation on any page type, in English and Arabic', async () => {
    const pages = ['/?hl=en', '/search?q=torture', '/search?q=contry%3AX', `/communications/${web.fixture.slugs.published}`, `/replies/${web.fixture.ids.reply}`,
      '/communications/AL-EGY-99-2025', '/communications', '/states/EGY', '/mandates/sr-torture', '/about/figures', '/ar/states/EGY', '/ar/', `/ar/communications/${web.fixture.slugs.published}`, '/zh/search?q=torture', '/api/docs'];
    for (const path of pages) {
      await page.goto(base + path);
      const violations = await seriousViolations(page);
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`), [], path);
    }
  });
});
