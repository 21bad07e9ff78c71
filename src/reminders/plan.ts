import type { IsoDate } from '../domain/index.js';
import type { ReminderKind, SentReminder } from '../store/reminder-ports.js';
import { reminderSubject, reminderText } from './message.js';

/**
 * Who hears about which reply: a mission about the letters addressed to its State, the
 * secretariat about all of them, each (communication, kind, address) once. Pure: the job
 * loads the facts and sends what this decides.
 */

/** A communication whose reply is due soon ('due') or overdue, on the day of the plan. */
export interface PendingReply {
  readonly communicationId: number;
  readonly reference: string;
  readonly subject: string;
  readonly dueOn: IsoDate;
  readonly kind: ReminderKind;
  /** The States it is addressed to. */
  readonly stateCodes: readonly string[];
}

export interface MissionRecipient {
  readonly address: string;
  readonly name: string;
  readonly stateCode: string;
}

export interface SecretariatRecipient {
  readonly address: string;
  readonly name: string;
}

export interface ReminderPlanInput {
  readonly today: IsoDate;
  /** The due-soon window, in days from today (the subject and text say it). */
  readonly dueWithinDays: number;
  readonly pending: readonly PendingReply[];
  readonly missions: readonly MissionRecipient[];
  readonly secretariat: readonly SecretariatRecipient[];
  /** The reminders sent before (addresses compared without case). */
  readonly alreadySent: readonly SentReminder[];
}

/** One e-mail: to one address, about the replies it has not been reminded of yet. */
export interface ReminderMessage {
  /** Lower-cased. */
  readonly to: string;
  readonly toName: string;
  /** The States it is about, or 'all' for the secretariat. */
  readonly scope: readonly string[] | 'all';
  readonly subject: string;
  readonly text: string;
  /** Soonest due first. */
  readonly due: readonly PendingReply[];
  /** Longest overdue first. */
  readonly overdue: readonly PendingReply[];
}

export interface ReminderPlan {
  readonly messages: readonly ReminderMessage[];
  /** Reminders left out because they were sent before. */
  readonly skipped: number;
}

const reminderKey = (communicationId: number, kind: ReminderKind, address: string): string => `${communicationId}\u0000${kind}\u0000${address.toLowerCase()}`;

/** The reminders a message carries, as the store records them. */
export function remindersOf(message: ReminderMessage): SentReminder[] {
  return [...message.due, ...message.overdue].map((p) => ({ communicationId: p.communicationId, kind: p.kind, recipient: message.to }));
}

interface Audience {
  readonly name: string;
  all: boolean;
  readonly states: Set<string>;
}

/** One audience per address: an address shared by several accounts hears about the union of their scopes. */
function audiences(input: ReminderPlanInput): Map<string, Audience> {
  const byAddress = new Map<string, Audience>();
  const audience = (address: string, name: string): Audience => {
    const key = address.trim().toLowerCase();
    let found = byAddress.get(key);
    if (!found) byAddress.set(key, (found = { name, all: false, states: new Set() }));
    return found;
  };
  for (const s of input.secretariat) audience(s.address, s.name).all = true;
  for (const m of input.missions) audience(m.address, m.name).states.add(m.stateCode);
  return byAddress;
}

function byDueDate(a: PendingReply, b: PendingReply): number {
  return a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.reference.localeCompare(b.reference);
}

export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const sent = new Set(input.alreadySent.map((r) => reminderKey(r.communicationId, r.kind, r.recipient)));
  const pending = [...input.pending].sort(byDueDate);
  const byState = new Map<string, PendingReply[]>();
  for (const p of pending) {
    for (const code of new Set(p.stateCodes)) {
      const list = byState.get(code);
      if (list) list.push(p);
      else byState.set(code, [p]);
    }
  }
  const messages: ReminderMessage[] = [];
  let skipped = 0;
  for (const [address, audience] of [...audiences(input)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const scope: readonly string[] | 'all' = audience.all ? 'all' : [...audience.states].sort();
    const relevant = scope === 'all' ? pending
      : scope.length === 1 ? byState.get(scope[0] ?? '') ?? []
        : pending.filter((p) => p.stateCodes.some((code) => audience.states.has(code)));
    const fresh = relevant.filter((p) => !sent.has(reminderKey(p.communicationId, p.kind, address)));
    skipped += relevant.length - fresh.length;
    if (fresh.length === 0) continue;
    const due = fresh.filter((p) => p.kind === 'due');
    const overdue = fresh.filter((p) => p.kind === 'overdue');
    const content = { today: input.today, dueWithinDays: input.dueWithinDays, scope, toName: audience.name, due, overdue };
    messages.push({ to: address, toName: audience.name, scope, subject: reminderSubject(content), text: reminderText(content), due, overdue });
  }
  return { messages, skipped };
}
