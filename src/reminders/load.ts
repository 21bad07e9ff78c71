import { replyDueDate, type IsoDate } from '../domain/index.js';
import type { CommunicationSummary, Store, Worklist } from '../store/ports.js';
import type { ReminderKind } from '../store/reminder-ports.js';
import type { PendingReply, ReminderPlanInput } from './plan.js';

/** Gathers what a reminder plan needs from the store: the work lists, who gets mail, what went before. */

const PAGE = 1000;
/** The secretariat sees every letter and every reply, so its work lists are the whole truth. */
const SECRETARIAT = { role: 'secretariat' } as const;

async function worklist(store: Store, today: IsoDate, list: Worklist): Promise<CommunicationSummary[]> {
  const rows: CommunicationSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.communications.list({ viewer: SECRETARIAT, today, limit: PAGE, offset, worklist: list });
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

export async function loadPending(store: Store, today: IsoDate, dueWithinDays: number): Promise<PendingReply[]> {
  const lists: [ReminderKind, CommunicationSummary[]][] = [
    ['due', await worklist(store, today, { kind: 'due', days: dueWithinDays })],
    ['overdue', await worklist(store, today, { kind: 'overdue' })],
  ];
  const states = await store.reminders.addressedStates(lists.flatMap(([, rows]) => rows.map((r) => r.id)));
  return lists.flatMap(([kind, rows]) => rows.flatMap((r): PendingReply[] => (r.dateSent === null ? [] : [{
    communicationId: r.id, reference: r.reference, subject: r.subject, dueOn: replyDueDate(r.dateSent), kind, stateCodes: states.get(r.id) ?? [],
  }])));
}

export async function loadPlanInput(store: Store, today: IsoDate, dueWithinDays: number): Promise<ReminderPlanInput> {
  const [pending, missionUsers, secretariatUsers] = await Promise.all([
    loadPending(store, today, dueWithinDays),
    store.accounts.withEmail({ role: 'mission' }),
    store.accounts.withEmail({ role: 'secretariat' }),
  ]);
  const missions = missionUsers.flatMap((u) => (u.email === null || u.stateCode === null ? [] : [{ address: u.email, name: u.displayName, stateCode: u.stateCode }]));
  const secretariat = secretariatUsers.flatMap((u) => (u.email === null ? [] : [{ address: u.email, name: u.displayName }]));
  const alreadySent = await store.reminders.sentAbout(pending.map((p) => p.communicationId));
  return { today, dueWithinDays, pending, missions, secretariat, alreadySent };
}
