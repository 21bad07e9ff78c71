import type { ReferenceData } from '../domain/index.js';
import { AUTO_LINK_THRESHOLD, autoLinks, CandidatePool, replyFactsFrom, type Candidate, type CommunicationFacts } from '../link/index.js';
import type { BlobStore } from '../store/blobs.js';
import type { LinkableCommunication, Store } from '../store/ports.js';
import { understand } from '../understand/index.js';
import { replyText } from './reply-text.js';

export interface LinkReport {
  /** Replies that had no link when the run began. */
  readonly considered: number;
  /** Replies that got at least one automatic link, and the links made. */
  readonly linkedReplies: number;
  readonly links: number;
  /** Replies newly put (or put again, with other candidates) in the review queue. */
  readonly queued: number;
  /** Replies already waiting in the queue with the same candidates. */
  readonly stillQueued: number;
  /** Links a person had removed, which the run did not put back. */
  readonly refused: number;
  readonly threshold: number;
  readonly decisions: readonly { readonly replyId: number; readonly linked: readonly Candidate[]; readonly candidates: readonly Candidate[] }[];
}

export function communicationFacts(c: LinkableCommunication): CommunicationFacts {
  return {
    id: c.id, code: c.code, number: c.number, year: c.year, type: c.type, legacyReference: c.legacyReference,
    addresseeName: c.addresseeName, dateSent: c.dateSent, mandateIds: [...c.mandateIds], text: `${c.subject}\n${c.summary}`,
  };
}

/**
 * Links every reply that answers nothing yet: above the threshold automatically, below it into
 * the review queue with its top candidates. Manual decisions stand; a second run changes nothing.
 */
export async function linkReplies(
  ctx: { store: Store; blobs: BlobStore; reference: ReferenceData },
  options: { dryRun: boolean; onReply?: () => void } = { dryRun: false },
): Promise<LinkReport> {
  const { store, blobs, reference } = ctx;
  const pool = new CandidatePool((await store.communications.linkable()).map(communicationFacts));
  const ids = await store.links.unlinkedReplyIds();
  let linkedReplies = 0;
  let links = 0;
  let queued = 0;
  let stillQueued = 0;
  let refused = 0;
  const decisions: LinkReport['decisions'][number][] = [];
  for (const id of ids) {
    const reply = await store.replies.get(id);
    if (!reply) continue;
    const text = await replyText(store, blobs, reply);
    const u = understand(text, { reference, languages: [...reply.languages] });
    const facts = replyFactsFrom(u, { senderCode: reply.sender.code, senderName: reply.sender.name, dateReceived: reply.dateReceived, text });
    const rejected = new Set(await store.links.rejectedFor(id));
    const candidates = pool.rank(facts, 3).filter((c) => !rejected.has(c.communicationId));
    const chosen = autoLinks(candidates);
    decisions.push({ replyId: id, linked: chosen, candidates });
    if (options.dryRun) {
      if (chosen.length > 0) { linkedReplies++; links += chosen.length; } else queued++;
      options.onReply?.();
      continue;
    }
    await store.transaction(async (trx) => {
      await trx.links.setAutoStance(id, u.stance?.value ?? null, u.stance?.evidence.map((e) => e.text) ?? []);
      let made = 0;
      for (const c of chosen) {
        const change = await trx.links.link({ replyId: id, communicationId: c.communicationId, origin: 'automatic', score: c.score, by: null });
        if (change === 'created') made++;
        if (change === 'refused') refused++;
      }
      if (made > 0) {
        linkedReplies++;
        links += made;
      } else if ((await trx.links.queueForReview(id, candidates)) === 'unchanged') {
        stillQueued++;
      } else {
        queued++;
      }
    });
    options.onReply?.();
  }
  return { considered: ids.length, linkedReplies, links, queued, stillQueued, refused, threshold: AUTO_LINK_THRESHOLD, decisions };
}

