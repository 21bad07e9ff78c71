/**
 * bench/reminders: 20,000 unanswered communications to 150 States, all on the due-soon or
 * overdue work lists, two mission accounts per State and three in the secretariat. Times the
 * reminder job's reading of the store and its plan (one e-mail per address, with its text),
 * beside a plain `communications.list` of the same rows in the same run.
 * Run: `npm run build && node dist/bench/reminders.js [--size 20000] [--database URL]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext } from '../src/cli/context.js';
import { addDays, parseIsoDate, type IsoDate } from '../src/domain/index.js';
import { loadPlanInput } from '../src/reminders/load.js';
import { planReminders, remindersOf } from '../src/reminders/plan.js';
import { DUE_WITHIN_DAYS, sendReminders } from '../src/reminders/send.js';
import type { CommunicationSummary, Store } from '../src/store/ports.js';
import { flag, machine, timed } from './machine.js';

const size = Number(flag('size', '20000'));
const database = flag('database', '');
const today = parseIsoDate('2026-06-10');
const STATES = 150;

async function seed(store: Store, states: readonly { code: string; name: string }[]): Promise<void> {
  await store.transaction(async (trx) => trx.search.inBulk(async () => {
    for (let i = 0; i < size; i++) {
      const state = states[i % states.length] ?? { code: 'PRK', name: 'PRK' };
      // Sent 53 to ~1,000 days ago: due within the week or overdue, never answered.
      const sent: IsoDate = addDays(today, -(53 + (i % 950)));
      await trx.communications.create({
        type: 'AL', state: 'sent', dateSent: sent, mandateIds: ['sr-torture'], addressees: [{ kind: 'state', ...state }],
        subject: `Allegations concerning case ${i}`, summary: '', language: 'en',
      });
    }
    for (const [n, state] of states.entries()) {
      for (const k of [1, 2]) {
        await trx.accounts.create({ username: `mission.${state.code.toLowerCase()}.${k}`, displayName: `Mission ${state.code}`, email: `m${k}.${state.code.toLowerCase()}@missions.example`, role: 'mission', stateCode: state.code, mandateIds: [], passwordHash: `unused-${n}` });
      }
    }
    for (const k of [1, 2, 3]) {
      await trx.accounts.create({ username: `registry.${k}`, displayName: `Registry ${k}`, email: `registry${k}@ohchr.example`, role: 'secretariat', stateCode: null, mandateIds: [], passwordHash: 'unused' });
    }
  }));
}

async function listAll(store: Store): Promise<CommunicationSummary[]> {
  const rows: CommunicationSummary[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.communications.list({ viewer: { role: 'secretariat' }, today, limit: 1000, offset });
    rows.push(...page);
    if (page.length < 1000) return rows;
  }
}

const root = mkdtempSync(join(tmpdir(), 'missive-bench-reminders-'));
try {
  const ctx = await openContext(database === '' ? { dataDir: root } : { dataDir: root, database });
  const states = ctx.reference.countries.filter((c) => c.status === 'member').slice(0, STATES).map((c) => ({ code: c.code, name: c.names.en ?? c.code }));
  const seeded = await timed(() => seed(ctx.store, states));
  const baseline = await timed(() => listAll(ctx.store));
  const load = await timed(() => loadPlanInput(ctx.store, today, DUE_WITHIN_DAYS));
  const plan = await timed(() => planReminders(load.value));
  const lines = plan.value.messages.reduce((n, m) => n + m.due.length + m.overdue.length, 0);
  const allSent = plan.value.messages.flatMap(remindersOf);
  const replan = await timed(() => planReminders({ ...load.value, alreadySent: allSent }));
  const dryRun = await timed(() => sendReminders(ctx.store, { today, dryRun: true }));
  await ctx.store.close();
  const ratio = (s: number) => `${(s / baseline.seconds).toFixed(2)} ×`;
  const row = (label: string, seconds: number, note: string) => console.log(`  ${label.padEnd(30)} ${seconds.toFixed(2)} s  ${ratio(seconds)}  (${note})`);
  console.log(`bench/reminders on ${machine()}: ${size} communications to ${states.length} States on ${ctx.store.kind} (seeded in ${seeded.seconds.toFixed(1)} s)`);
  row('list the same rows (baseline)', baseline.seconds, `${baseline.value.length} rows`);
  row('load work lists, recipients', load.seconds, `${load.value.pending.length} pending replies, ${load.value.missions.length + load.value.secretariat.length} addresses`);
  row('plan (pure)', plan.seconds, `${plan.value.messages.length} e-mails, ${lines} lines`);
  row('plan, everything sent before', replan.seconds, `${replan.value.messages.length} e-mails, ${replan.value.skipped} skipped`);
  row('whole dry run (load + plan)', dryRun.seconds, `${dryRun.value.planned} e-mails`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
