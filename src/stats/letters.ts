import type { IsoDate } from '../domain/index.js';
import {
  actorsAddressed, countedReplies, countedType, daysToReply, firstReply, isCounted, isJointRow, isOverdue, stanceOf, statesAddressed,
  type CountedType, type StanceOrUnknown,
} from './definitions.js';
import type { StatsRow } from './rows.js';

/** A communication that counts, reduced to what the figures add up (docs/statistics.md 1–10). */
export interface Letter {
  readonly dateSent: IsoDate;
  readonly type: CountedType;
  readonly joint: boolean;
  readonly followUp: boolean;
  readonly states: readonly string[];
  readonly actors: readonly string[];
  /** null when it has no reply that counts. */
  readonly daysToFirstReply: number | null;
  readonly overdue: boolean;
}

/** A reply that counts, once however many letters of the set it answers (figures 11–12). */
export interface Answer {
  readonly id: number;
  readonly dateReceived: IsoDate;
  readonly stance: StanceOrUnknown;
}

/** The communications and the distinct replies that count, as of the reference day. */
export function lettersAndAnswers(rows: readonly StatsRow[], today: IsoDate): { letters: Letter[]; answers: Answer[] } {
  const letters: Letter[] = [];
  const answers = new Map<number, Answer>();
  for (const row of rows) {
    if (!isCounted(row, today)) continue;
    const replies = countedReplies(row, today);
    const first = firstReply(replies);
    letters.push({
      dateSent: row.dateSent,
      type: countedType(row),
      joint: isJointRow(row),
      followUp: row.followsUp,
      states: statesAddressed(row.addressees),
      actors: actorsAddressed(row.addressees),
      daysToFirstReply: first === null ? null : daysToReply(row.dateSent, first),
      overdue: isOverdue(row, replies, today),
    });
    for (const r of replies) if (!answers.has(r.id)) answers.set(r.id, { id: r.id, dateReceived: r.dateReceived, stance: stanceOf(r) });
  }
  return { letters, answers: [...answers.values()] };
}
