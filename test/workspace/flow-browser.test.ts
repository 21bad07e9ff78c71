import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { parseIsoDate } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { sendReminders } from '../../src/reminders/send.js';
import { buildServer } from '../../src/web/server.js';
import { launchBrowser, screenshot, seriousViolations } from '../support/browser.js';
import { indexAll } from '../support/search-fixtures.js';
import { webSuite } from '../support/web-fixtures.js';
import { addPeople, PASSWORD } from '../support/workspace-fixtures.js';
import { startSmtp, type TestSmtp } from '../reminders/smtp.js';

/**
 * The whole workspace flow in a real browser, on a server whose clock the test moves: the
 * secretariat registers a communication; the mission signs in and sees it; a reminder reaches the
 * loopback SMTP server; the mission uploads its reply; the secretariat confirms the proposed link;
 * after the public date the public sees both.
 */

const NOTE = `Permanent Mission to the United Nations Office at Geneva
Note No. 77/2025
The Permanent Mission presents its compliments to the Special Rapporteur and, with reference to the communication
AL PRK 1/2025 of 20 May 2025 concerning returnees, rejects the allegations it contains.
Geneva, 10 July 2025`;

describe('the workspace flow in a browser', () => {
  const web = webSuite('sqlite', addPeople);
  let clock = new Date('2025-06-01T09:00:00Z');
  let app: FastifyInstance;
  let browser: Browser;
  let smtp: TestSmtp;
  let base = '';

  before(async () => {
    app = buildServer({ store: web.store, blobs: web.blobs, reference: loadReferenceData().reference, now: () => clock });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    smtp = await startSmtp();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await smtp?.close();
  });

  async function signIn(username: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/login`);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(`${base}/workspace`), page.click('form[action="/login"] button[type=submit]')]);
    return page;
  }

  test('register → the mission sees it → a reminder → the mission replies → the secretariat confirms → public after the public date', async () => {
    let amira = await signIn('amira');
    assert.deepEqual((await seriousViolations(amira)).map((v) => v.id), [], 'the work page');
    await amira.goto(`${base}/workspace/communications/new`);
    await amira.fill('#addressees', 'PRK');
    await amira.fill('#mandates', 'sr-dprk');
    await amira.fill('#subject', 'Detention of returnees');
    await amira.fill('#summary', 'Themes: detention, forced return.');
    await amira.fill('#dateSent', '2025-05-20');
    assert.deepEqual((await seriousViolations(amira)).map((v) => v.id), [], 'the registration form');
    await Promise.all([amira.waitForURL(`${base}/workspace/communications/AL-PRK-1-2025`), amira.click('form[action="/workspace/communications"] button[type=submit]')]);
    assert.equal(await amira.textContent('h1'), 'AL PRK 1/2025');
    await screenshot(amira, 'workspace-communication');

    let korea = await signIn('korea');
    await Promise.all([korea.waitForURL(`${base}/workspace/communications/AL-PRK-1-2025`), korea.click('a:has-text("AL PRK 1/2025")')]);
    assert.match((await korea.textContent('main')) ?? '', /2025-07-19/, 'its deadline');
    assert.equal((await korea.request.get(`${base}/communications/AL-PRK-1-2025`)).status(), 404, 'not public yet');

    // A week before the deadline, the daily reminder run reaches the mission.
    clock = new Date('2025-07-15T06:00:00Z');
    const mail = { host: '127.0.0.1', port: smtp.port, secure: false, auth: null, from: 'missive@ohchr.example', display: smtp.url };
    const run = await sendReminders(web.store, { today: parseIsoDate('2025-07-15'), mail });
    assert.ok(run.sent >= 1, JSON.stringify(run));
    const toMission = smtp.to('prk@mission.example');
    assert.equal(toMission.length, 1);
    assert.match(toMission[0]?.text ?? '', /AL PRK 1\/2025/);

    // Weeks later (sessions last 12 hours), the mission signs in again and replies.
    clock = new Date('2025-07-16T09:00:00Z');
    korea = await signIn('korea');
    await korea.goto(`${base}/workspace/replies/new`);
    await korea.setInputFiles('#file', { name: 'note-77-2025.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTE) });
    await Promise.all([korea.waitForURL(/\/workspace\/replies\/\d+$/), korea.click('form[action="/workspace/replies"] button[type=submit]')]);
    assert.match((await korea.textContent('main')) ?? '', /awaiting review/);
    const replyUrl = new URL(korea.url()).pathname.replace('/workspace', '');
    await screenshot(korea, 'workspace-reply-submitted');
    // The mission finds its letter with the workspace search before it is public (once the indexer has run).
    await indexAll(web.store);
    await korea.goto(`${base}/workspace/search?q=returnees`);
    assert.equal(await korea.locator('ol.hits a[href="/workspace/communications/AL-PRK-1-2025"]').count(), 1);
    assert.deepEqual((await seriousViolations(korea)).map((v) => v.id), [], 'the workspace search');

    amira = await signIn('amira');
    await amira.goto(`${base}/workspace/intake`);
    assert.equal(await amira.inputValue('input[name="answers"]'), 'AL PRK 1/2025', 'the proposed link');
    assert.deepEqual((await seriousViolations(amira)).map((v) => v.id), [], 'the intake queue');
    await screenshot(amira, 'workspace-intake');
    await Promise.all([amira.waitForURL(`${base}/workspace/intake`), amira.click('form[action$="/confirm"] button[type=submit]')]);
    assert.match((await amira.textContent('main')) ?? '', /Nothing waits/);

    // The letter is public 60 days after it was sent; the reply with it.
    const visitor = await (await browser.newContext()).newPage();
    assert.equal((await visitor.request.get(`${base}${replyUrl}`)).status(), 404, 'the letter is not public yet, nor its reply');
    clock = new Date('2025-07-19T09:00:00Z');
    await indexAll(web.store);
    await visitor.goto(`${base}/communications/AL-PRK-1-2025`);
    assert.equal(await visitor.textContent('h1'), 'AL PRK 1/2025');
    await Promise.all([visitor.waitForURL(`${base}${replyUrl}`), visitor.click(`a[href="${replyUrl}"]`)]);
    assert.match((await visitor.textContent('main')) ?? '', /77\/2025/);
    await visitor.goto(`${base}/search?q=returnees`);
    assert.ok((await visitor.locator('ol.hits > li').count()) >= 1);
    await screenshot(visitor, 'public-after-flow');

    const actions = (await web.store.audit.list({ after: 0, limit: 200 })).map((e) => e.action);
    for (const a of ['communication.register', 'session.login', 'reminder.send', 'reply.submit', 'reply.confirm']) assert.ok(actions.includes(a), a);
  });
});
