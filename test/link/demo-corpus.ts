/**
 * The demo corpus as the matcher sees it: communications from their records, replies from
 * their rendered text read by understand/ (the seed reply from the real note), with the
 * ground truth beside them.
 */
import { readFileSync } from 'node:fs';
import type { ReferenceData } from '../../src/domain/index.js';
import type { DemoCommunication, DemoCorpus, DemoReply } from '../../src/demo/corpus.js';
import { replyDocument } from '../../src/demo/documents.js';
import { understand, type Understanding } from '../../src/understand/index.js';
import { communicationFacts, replyFactsFrom, type CommunicationFacts, type ReplyFacts } from '../../src/link/index.js';

/** The project's one real document, beside the checkout: ../shared/samples. */
const SAMPLES = new URL(import.meta.url.includes('/dist/') ? '../../../../shared/samples/' : '../../../shared/samples/', import.meta.url);
export const SEED_NOTE = readFileSync(new URL('seed-note-verbale.txt', SAMPLES), 'utf8');

/** A communication's facts from its record, as the store gives it to the matcher; its id is its index in the corpus. */
export function demoCommunicationFacts(c: DemoCommunication): CommunicationFacts {
  return communicationFacts({
    id: c.index, code: c.addressee.code, number: c.number, year: c.year, type: c.type, legacyReference: c.legacyReference,
    addresseeName: c.addressee.name, dateSent: c.dateSent, mandateIds: c.mandateIds, subject: c.subject, summary: c.summary,
  });
}

export interface ReadReply {
  readonly reply: DemoReply;
  readonly understanding: Understanding;
  readonly facts: ReplyFacts;
}

/** A reply's text as the intake would store it: the real note for the seed, the rendered one otherwise. */
export function replyText(r: DemoReply, seed: string): string {
  return r.isSeed ? SEED_NOTE : replyDocument(r, seed).text;
}

export function readReply(r: DemoReply, corpus: DemoCorpus, reference: ReferenceData): ReadReply {
  const text = replyText(r, corpus.seed);
  const languages = r.isSeed ? ['en', 'ko'] : r.language === 'ko' ? ['ko', 'en'] : [r.language];
  const understanding = understand(text, { reference, languages });
  return { reply: r, understanding, facts: replyFactsFrom(understanding, { dateReceived: r.dateReceived, text }) };
}
