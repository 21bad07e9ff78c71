import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { DEFAULT_SEED_NOTE } from '../../src/cli/demo.js';
import { isMissiveError, parseIsoDate, type Viewer } from '../../src/domain/index.js';
import { loadReferenceData } from '../../src/reference/load.js';
import { search, type SearchRequest } from '../../src/search/service.js';
import type { Store } from '../../src/store/ports.js';
import { addLetter, addReply, indexAll, state } from '../support/search-fixtures.js';
import { forEachStore, freshStore } from '../support/stores.js';

const reference = loadReferenceData().reference;
const TODAY = parseIsoDate('2025-06-01');
const PUBLIC: Viewer = { role: 'public' };

const prk = state('PRK', "Democratic People's Republic of Korea");
const chn = state('CHN', 'China');
const jpn = state('JPN', 'Japan');
const egy = state('EGY', 'Egypt');
const rus = state('RUS', 'Russian Federation');
const fra = state('FRA', 'France');
const gbr = state('GBR', 'United Kingdom');

forEachStore('search', (kind) => {
  let store: Store;
  const ids: Record<string, number> = {};
  const key = (name: string) => {
    const id = ids[name];
    if (id === undefined) throw new Error(`no fixture ${name}`);
    return id;
  };

  before(async () => {
    store = await freshStore(kind, () => new Date('2025-01-01T00:00:00Z'));
    ids.prkLetter = await addLetter(store, { to: prk, sent: '2024-03-22', type: 'JAL', mandates: ['sr-dprk', 'wg-discrimination-women'], subject: "Women's rights in detention", pages: ['Allegations concerning the detention of women.'] });
    ids.seed = await addReply(store, { from: prk, received: '2024-05-17', answers: [key('prkLetter')], languages: ['en', 'ko'], stance: 'rejects', note: '0024', pages: [readFileSync(DEFAULT_SEED_NOTE, 'utf8')] });
    ids.korean = await addReply(store, { from: prk, received: '2024-06-02', answers: [key('prkLetter')], languages: ['ko'], stance: 'rejects', pages: ['조선민주주의인민공화국 상설대표부는 특별보고관들의 서한을 전면 거부한다.'] });
    ids.chnLetter = await addLetter(store, { to: chn, sent: '2024-02-01', type: 'UA', mandates: ['sr-hrds'], subject: 'Detention of a lawyer', pages: ['Information received concerning a lawyer.'] });
    ids.chinese = await addReply(store, { from: chn, received: '2024-03-15', answers: [key('chnLetter')], languages: ['zh'], stance: 'partial', pages: ['中国常驻代表团感谢联合国人权事务高级专员办事处的来函，并提供以下资料。'] });
    ids.jpnLetter = await addLetter(store, { to: jpn, sent: '2024-01-15', type: 'OL', mandates: ['sr-privacy'], subject: 'Draft law on surveillance', pages: ['Comments on a draft law.'] });
    ids.japanese = await addReply(store, { from: jpn, received: '2024-03-01', answers: [key('jpnLetter')], languages: ['ja'], stance: 'substantive', pages: ['日本政府代表部は、国連人権高等弁務官事務所からの書簡を受領し、次のとおり回答します。'] });
    ids.egyLetter = await addLetter(store, { to: egy, sent: '2024-04-10', mandates: ['sr-torture'], subject: 'Torture in custody', pages: ['Allegations of torture.'] });
    ids.arabic = await addReply(store, { from: egy, received: '2024-05-20', answers: [key('egyLetter')], languages: ['ar'], stance: 'rejects', pages: ['تتشرف البعثة الدائمة بأن تشير إلى رسالة المقررين الخاصين، وتؤكد احترامها لميثاق الأُمَم المتَّحدة وحقوق الإنسان.'] });
    ids.rusLetter = await addLetter(store, { to: rus, sent: '2024-05-05', mandates: ['sr-hrds'], subject: 'Arbitrary detention of defenders', pages: ['Concerning human rights defenders.'] });
    ids.russian = await addReply(store, { from: rus, received: '2024-06-20', answers: [key('rusLetter')], languages: ['ru'], stance: 'rejects', pages: ['Постоянное представительство отвергает утверждения о произвольном задержании правозащитников.'] });
    ids.fraLetter = await addLetter(store, { to: fra, sent: '2023-11-20', language: 'fr', mandates: ['sr-expression'], subject: 'Arrestations de journalistes', pages: ['Le Rapporteur spécial a reçu des informations sur les arrestations de défenseurs par l’État.'] });
    ids.gbrLetter = await addLetter(store, { to: gbr, sent: '2024-02-20', mandates: ['sr-migrants'], subject: 'Removal of migrants', pages: ['Page one on removals.', 'Page two on detention centres.', 'Page three: the meeting in Geneva with the delegation.'] });
    ids.unanswered = await addLetter(store, { to: egy, sent: '2025-02-01', mandates: ['sr-torture'], subject: 'Torture of a student', pages: ['Second letter on torture.'] });
    ids.held = await addLetter(store, { to: chn, sent: '2024-01-05', mandates: ['sr-torture'], subject: 'Torture held back', hold: 'protection of a victim', pages: ['Torture of a witness.'] });
    ids.tomorrow = await addLetter(store, { to: prk, sent: '2025-04-02', mandates: ['sr-dprk'], subject: 'Torture of returnees', pages: ['Torture of returnees.'] });
    await indexAll(store);
  });
  after(async () => { await store.close(); });

  const run = (q: string, over: Partial<SearchRequest> = {}) => search(store, { referenceData: reference }, { q, viewer: PUBLIC, today: TODAY, limit: 100, ...over });
  const titles = async (q: string, over: Partial<SearchRequest> = {}) => (await run(q, over)).hits.map((h) => `${h.kind}:${h.recordId}`).sort();
  const only = (...names: string[]) => names.map((n) => `${n.endsWith('Letter') || ['unanswered', 'held', 'tomorrow'].includes(n) ? 'communication' : 'reply'}:${key(n)}`).sort();

  test('the seed is found by 인민, Geneva and women\'s rights', async () => {
    for (const q of ['인민', 'Geneva', "women's rights"]) {
      assert.ok((await titles(q)).includes(`reply:${key('seed')}`), `seed not found by ${q}`);
    }
    assert.deepEqual(await titles('인민'), only('seed', 'korean'));
  });

  test('Korean, Chinese and Japanese words are found inside longer runs', async () => {
    assert.deepEqual(await titles('특별보고관'), only('korean'));
    assert.deepEqual(await titles('人权'), only('chinese'));
    assert.deepEqual(await titles('高级专员'), only('chinese'));
    assert.deepEqual(await titles('人権'), only('japanese'));
    assert.deepEqual(await titles('弁務官'), only('japanese'));
    assert.deepEqual(await titles('人民'), [], 'characters that are not adjacent do not match');
  });

  test('Arabic is found with and without hamza and harakat', async () => {
    for (const q of ['الامم', 'الأمم', 'الأُمَم', 'المتحده', 'المقررين']) assert.deepEqual(await titles(q), only('arabic'), q);
  });

  test('Russian inflections meet through stemming; quoted words match exactly', async () => {
    assert.deepEqual(await titles('задержание'), only('russian'));
    assert.deepEqual(await titles('правозащитник'), only('russian'));
    assert.deepEqual(await titles('"правозащитник"'), []);
    assert.deepEqual(await titles('"правозащитников"'), only('russian'));
  });

  test('French accents fold, and stems join singular and plural', async () => {
    assert.deepEqual(await titles('etat'), only('fraLetter'));
    assert.deepEqual(await titles('ÉTAT défenseur'), only('fraLetter'));
    assert.deepEqual(await titles('arrestation'), only('fraLetter'));
  });

  test('the query language: phrases, OR, exclusion, prefix and fields', async () => {
    assert.deepEqual(await titles('"detention of women"'), only('prkLetter'));
    assert.deepEqual(await titles('"women of detention"'), []);
    assert.deepEqual(await titles('lawyer OR surveillance'), only('chnLetter', 'jpnLetter'));
    assert.deepEqual(await titles('torture -custody kind:communication'), only('unanswered', 'tomorrow'));
    assert.deepEqual(await titles('surveil*'), only('jpnLetter'));
    assert.deepEqual(await titles('country:PRK kind:reply'), only('seed', 'korean'));
    assert.deepEqual(await titles('country:EGY,JPN type:OL'), only('jpnLetter', 'japanese'));
    assert.deepEqual(await titles('mandate:sr-hrds kind:communication'), only('chnLetter', 'rusLetter'));
    assert.deepEqual(await titles('year:2023'), only('fraLetter'));
    assert.deepEqual(await titles('from:2024-05-01 to:2024-05-31'), only('rusLetter', 'arabic', 'seed'));
    assert.deepEqual(await titles('ref:"JAL PRK 1/2024"'), only('prkLetter', 'seed', 'korean'));
    assert.deepEqual(await titles('stance:rejects country:PRK,RUS'), only('seed', 'korean', 'russian'));
    assert.deepEqual(await titles('lang:fr'), only('fraLetter'));
    assert.deepEqual(await titles('replied:no'), only('fraLetter', 'gbrLetter', 'unanswered', 'tomorrow'));
    assert.deepEqual(await titles('replied:overdue'), only('fraLetter', 'gbrLetter', 'unanswered'));
    assert.deepEqual(await titles('replied:pending'), only('tomorrow'), 'due today, so not yet overdue');
    assert.deepEqual(await titles('replied:yes kind:communication country:CHN'), only('chnLetter'));
    assert.deepEqual(await titles('(torture OR lawyer) -country:EGY'), only('chnLetter', 'tomorrow'));
  });

  test('an unknown field or value is an error listing what is allowed, never an empty result', async () => {
    await assert.rejects(run('contry:PRK'), (e: unknown) => isMissiveError(e, 'INVALID_VALUE') && /country/.test(e.message) && /stance/.test(e.message));
    await assert.rejects(run('replied:maybe'), (e: unknown) => isMissiveError(e, 'INVALID_VALUE') && /overdue/.test(e.message));
    await assert.rejects(run('type:XX'), (e: unknown) => isMissiveError(e, 'INVALID_VALUE') && /JUA/.test(e.message));
    await assert.rejects(run('torture', { limit: 0 }), (e: unknown) => isMissiveError(e, 'INVALID_VALUE') && e.field === 'limit');
    await assert.rejects(run('torture', { cursor: 'nonsense' }), (e: unknown) => isMissiveError(e, 'INVALID_VALUE') && e.field === 'cursor');
  });

  test('hits say on which page they matched, with the match highlighted', async () => {
    const [hit] = (await run('Geneva kind:communication')).hits;
    assert.equal(hit?.recordId, key('gbrLetter'));
    assert.equal(hit?.snippet?.page, 3);
    const [start, end] = hit?.snippet?.highlights[0] ?? [0, 0];
    assert.equal(hit?.snippet?.text.slice(start, end), 'Geneva');
  });

  test('facets count hits by field, and totals count them all', async () => {
    const q = 'torture OR detention';
    const result = await run(q, { facets: ['country', 'kind', 'replied', 'year', 'mandate', 'stance', 'lang', 'type'], limit: 2 });
    assert.equal(result.total, 7, 'the seven public letters on torture or detention');
    assert.equal(result.hits.length, 2);
    assert.deepEqual(result.facets.kind, [{ value: 'communication', count: 7 }]);
    assert.deepEqual(result.facets.replied, [{ value: 'yes', count: 4 }, { value: 'overdue', count: 2 }, { value: 'pending', count: 1 }]);
    for (const [field, values] of Object.entries(result.facets)) {
      for (const { value, count } of values) {
        assert.equal((await run(`(${q}) ${field}:${value}`)).total, count, `${field}:${value}`);
      }
    }
  });

  test('cursor pagination walks every hit once, by relevance and by date', async () => {
    const all = (await run('country:PRK,CHN,JPN,EGY,RUS,FRA,GBR', { sort: 'date' })).hits.map((h) => h.key);
    for (const sort of ['date', 'oldest', 'relevance'] as const) {
      for (const q of ['country:PRK,CHN,JPN,EGY,RUS,FRA,GBR', 'torture OR detention OR rights OR 人权 OR law']) {
        const seen: number[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await run(q, { sort, limit: 2, cursor });
          seen.push(...page.hits.map((h) => h.key));
          cursor = page.nextCursor;
          pages++;
        } while (cursor !== null && pages < 50);
        const full = (await run(q, { sort })).hits.map((h) => h.key);
        assert.deepEqual(seen, full, `${sort} ${q}`);
        assert.equal(new Set(seen).size, seen.length);
      }
    }
    const dates = (await run('country:PRK,CHN,JPN,EGY,RUS,FRA,GBR', { sort: 'date' })).hits.map((h) => h.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.ok(all.length >= 12);
  });

  test('the public sees only what is public on the day of the query, in hits, totals and facets', async () => {
    const torture = (today: string, viewer: Viewer = PUBLIC) => run('torture', { today: parseIsoDate(today), viewer, facets: ['country'] });
    const before = await torture('2025-05-31');
    assert.ok(!before.hits.some((h) => h.recordId === key('tomorrow') && h.kind === 'communication'));
    assert.equal(before.facets.country?.find((c) => c.value === 'PRK'), undefined);
    const onTheDay = await torture('2025-06-01');
    assert.ok(onTheDay.hits.some((h) => h.recordId === key('tomorrow')));
    assert.equal(onTheDay.total, (before.total ?? 0) + 1);
    for (const r of [before, onTheDay]) assert.ok(!r.hits.some((h) => h.recordId === key('held') && h.kind === 'communication'), 'a held letter never shows');
    const mission = await torture('2025-05-31', { role: 'mission', stateCode: 'PRK' });
    assert.ok(mission.hits.some((h) => h.recordId === key('tomorrow')), 'a mission sees what was sent to its State before it is public');
    assert.ok(!mission.hits.some((h) => h.recordId === key('held')), 'but not another State\'s');
    const staff = await torture('2025-05-31', { role: 'secretariat' });
    assert.ok(staff.hits.some((h) => h.recordId === key('held')));
  });

  test('a text matching more than the window is ranked and counted among its newest matches', async () => {
    const q = 'torture OR detention';
    const full = await run(q, { facets: ['country'] });
    assert.equal(full.window, null);
    assert.equal(full.total, 7);
    const small = await run(q, { window: 3, facets: ['country', 'kind'] });
    assert.equal(small.window, 3);
    // The window is the three newest matching records, whoever may see them; the public then sees its share.
    const newest = (await run(q, { viewer: { role: 'admin' } })).hits.map((h) => h.key).sort((a, b) => b - a).slice(0, 3);
    const visible = new Set(full.hits.map((h) => h.key));
    const expected = newest.filter((k) => visible.has(k)).sort((a, b) => a - b);
    assert.ok(expected.length < 3, 'an unpublished letter falls in the window, and stays hidden');
    assert.deepEqual(small.hits.map((h) => h.key).sort((a, b) => a - b), expected);
    assert.equal(small.total, expected.length);
    assert.equal((small.facets.country ?? []).reduce((n, c) => n + c.count, 0), expected.length);
    // Sorting by date is not windowed, and a window as large as the matches changes nothing.
    const byDate = await run(q, { window: 3, sort: 'date' });
    assert.equal(byDate.window, null);
    assert.equal(byDate.total, 7);
    assert.equal((await run(q, { window: 7 + 2 })).window, null);
    await assert.rejects(run(q, { window: 0 }), (e: unknown) => isMissiveError(e, 'INVALID_VALUE') && /window/.test(e.message));
  });

  test('fields the index holds as tokens narrow a text match exactly as the record filters do', async () => {
    const q = 'torture OR detention OR rights OR law OR 人权';
    for (const field of ['country:EGY', 'country:PRK,CHN', '-country:EGY', 'type:AL', 'mandate:sr-torture', 'year:2024', 'year:2023..2024', 'kind:reply', 'lang:ru', 'stance:rejects', '-kind:communication', 'kind:communication', 'kind:reply -kind:reply', 'kind:communication,reply']) {
      const viaTokens = (await titles(`(${q}) ${field}`)).join(' ');
      // The same field inside an OR with nothing can only be applied to records, not folded into the match.
      const viaRecords = (await run(`(${q}) (${field} OR ${field})`)).hits.map((h) => `${h.kind}:${h.recordId}`).sort().join(' ');
      assert.equal(viaTokens, viaRecords, field);
    }
    assert.deepEqual(await titles('torture country:EGY'), only('egyLetter', 'unanswered'));
  });

  test('changes reach the index; until they do, changed records are left out for the public', async () => {
    const reply = await addReply(store, { from: gbr, received: '2024-04-01', answers: [key('gbrLetter')], stance: 'substantive', pages: ['The Government notes the concerns about removals.'] });
    assert.deepEqual(await titles('removals kind:reply'), [], 'not indexed yet');
    assert.ok(!(await titles('Geneva')).includes(`communication:${key('gbrLetter')}`), 'its letter changed, so it waits for the index');
    assert.ok((await store.search.pending()) > 0);
    await indexAll(store);
    assert.deepEqual(await titles('removals kind:reply'), [`reply:${reply}`]);
    assert.ok((await titles('replied:yes')).includes(`communication:${key('gbrLetter')}`));
  });
});
