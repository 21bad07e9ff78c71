import { addDays, daysBetween, parseIsoDate, type IsoDate, type Stance } from '../domain/index.js';
import { writtenReference, type CitationStyle, type DemoCommunication, type DemoReply } from './corpus.js';
import { createRandom, type Random } from './random.js';
import { SEED_CASE } from './seed-case.js';
import { DEMO_LAST_DAY, replyHabit, stateLanguage, type ReplyHabit, type ReplyLanguage } from './world.js';

/** Days after sending by which replies come: most within the window, some late, a few years later. */
const REPLY_DELAYS: ReadonlyArray<readonly [readonly [number, number], number]> = [[[12, 60], 0.68], [[61, 240], 0.27], [[365, 1800], 0.05]];
const CITATION_STYLES: ReadonlyArray<readonly [CitationStyle, number]> = [['reference', 0.55], ['date', 0.25], ['mandates', 0.12], ['none', 0.08]];
/** Replies keep arriving a little after the last letter. */
const LAST_RECEIPT = addDays(parseIsoDate(DEMO_LAST_DAY), 25);
/** How often a mission writes in English rather than its own language. */
const ENGLISH_INSTEAD: Partial<Record<ReplyLanguage, number>> = { ar: 0.3, ru: 0.25, zh: 0.15, ko: 0.2, fr: 0.1, es: 0.1 };

type PlannedReply = Omit<DemoReply, 'index'>;

/**
 * Which letters get answered, when, how and by what: acknowledgements then answers, later
 * additions, one note for two letters, late replies years after, and the seed's real note.
 */
export function planReplies(communications: readonly DemoCommunication[], seed: string, random: Random): DemoReply[] {
  const habits = new Map<string, ReplyHabit>();
  const habitOf = (code: string): ReplyHabit => {
    let habit = habits.get(code);
    if (!habit) {
      habit = code === 'OTH' ? { replyRate: 0.45, rejectShare: 0.2 } : replyHabit(createRandom(`${seed}:${code}`));
      habits.set(code, habit);
    }
    return habit;
  };
  const noteCounters = new Map<string, number>();
  const answered = new Set<number>();
  const planned: PlannedReply[] = [];

  for (const c of communications) {
    if (answered.has(c.index)) continue;
    const seedCase = c.addressee.code === 'PRK' && c.dateSent === SEED_CASE.communication.dateSent && c.themeId === SEED_CASE.communication.themeId;
    if (seedCase) {
      planned.push(seedReply(c));
      answered.add(c.index);
      continue;
    }
    const habit = habitOf(c.addressee.code);
    if (!random.chance(habit.replyRate)) continue;
    const [min, max] = random.weighted(REPLY_DELAYS);
    const received = addDays(c.dateSent, random.int(min, max));
    if (received > LAST_RECEIPT) continue;

    const answers = [c];
    if (random.chance(0.05)) {
      const sibling = communications.find((o) => o.index !== c.index && !answered.has(o.index) && o.addressee.code === c.addressee.code
        && o.addressee.code !== 'OTH' && Math.abs(daysBetween(c.dateSent, o.dateSent)) <= 20 && o.dateSent <= received);
      if (sibling) answers.push(sibling);
    }
    answers.forEach((a) => answered.add(a.index));
    const note = (stance: Stance, on: IsoDate): PlannedReply => reply(answers, stance, on, random, noteCounters);

    const ackDay = addDays(c.dateSent, random.int(4, 15));
    if (random.chance(0.12) && ackDay < received) planned.push(note('acknowledges', ackDay));
    const stance: Stance = random.chance(habit.rejectShare) ? 'rejects' : random.chance(0.78) ? 'substantive' : 'partial';
    planned.push(note(stance, received));
    const addition = addDays(received, random.int(60, 300));
    if (stance !== 'rejects' && random.chance(0.05) && addition <= LAST_RECEIPT) planned.push(note('substantive', addition));
  }

  return planned
    .sort((a, b) => (a.dateReceived < b.dateReceived ? -1 : a.dateReceived > b.dateReceived ? 1 : 0))
    .map((r, index) => ({ ...r, index }));
}

function reply(answers: readonly DemoCommunication[], stance: Stance, received: IsoDate, random: Random, counters: Map<string, number>): PlannedReply {
  const first = answers[0];
  if (!first) throw new Error('a reply answers at least one communication');
  const code = first.addressee.code;
  const own = code === 'OTH' ? first.language : stateLanguage(code);
  const language: ReplyLanguage = random.chance(ENGLISH_INSTEAD[own] ?? 0) ? 'en' : own;
  const style = random.weighted(CITATION_STYLES);
  const wrongReference = style === 'reference' && random.chance(0.03);
  const references = answers.map((a) => writtenReference(a));
  if (wrongReference && first) references[0] = writtenReference({ ...first, number: first.number + random.int(1, 3), legacyReference: null });
  const year = Number(received.slice(0, 4));
  const counterKey = `${code} ${year}`;
  const n = (counters.get(counterKey) ?? random.int(1, 60)) + random.int(1, 12);
  counters.set(counterKey, n);
  const dateOnNote = addDays(received, -random.int(0, 4));
  return {
    sender: first.addressee,
    noteNumber: noteNumber(code, n, year, random),
    dateOnNote: dateOnNote < first.dateSent ? received : dateOnNote,
    dateReceived: received,
    language,
    stance,
    answers: answers.map((a) => a.index),
    citation: {
      style, references, wrongReference,
      dates: answers.map((a) => a.dateSent),
      mandateIds: [...new Set(answers.flatMap((a) => a.mandateIds))],
      joint: answers.some((a) => a.mandateIds.length > 1),
    },
    themeId: first.themeId,
    confidential: random.chance(0.01),
    isSeed: false,
  };
}

function noteNumber(code: string, n: number, year: number, random: Random): string {
  const padded = String(n).padStart(4, '0');
  return random.weighted([
    [padded, 3], [`${n}/${year}`, 3], [`GVA/HR/${year}/${n}`, 2], [`${code}/GVA/${padded}`, 1], [`HR-${String(year).slice(2)}-${n}`, 1],
  ] as const);
}

function seedReply(c: DemoCommunication): PlannedReply {
  const note = SEED_CASE.reply;
  return {
    sender: c.addressee, noteNumber: note.noteNumber, dateOnNote: note.dateOnNote, dateReceived: note.dateReceived, language: 'en',
    stance: 'rejects', answers: [c.index], themeId: c.themeId, confidential: false, isSeed: true,
    citation: { style: 'date', references: [], dates: [c.dateSent], mandateIds: [], joint: true, wrongReference: false },
  };
}
