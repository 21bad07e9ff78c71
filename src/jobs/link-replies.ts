import type { ReferenceData, Stance } from '../domain/index.js';
import { AUTO_LINK_THRESHOLD, autoLinks, CandidatePool, communicationFacts, replyFactsFrom, type Candidate } from '../link/index.js';
import type { BlobStore } from '../store/blobs.js';
import type { Store } from '../store/ports.js';
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

const BATCH = 250;

interface Decision {
  readonly replyId: number;
  readonly linked: readonly Candidate[];
  readonly candidates: readonly Candidate[];
  readonly stance: Stance | null;
  readonly evidence: readonly string[];
}

type Counts = { linkedReplies: number; links: number; queued: number; stillQueued: number; refused: number };

/** Writes one reply's decision: its automatic stance, its automatic links, or its place in the review queue. */
async function record(trx: Store, d: Decision, counts: Counts): Promise<void> {
  await trx.links.setAutoStance(d.replyId, d.stance, d.evidence);
  let made = 0;
  for (const c of d.linked) {
    const change = await trx.links.link({ replyId: d.replyId, communicationId: c.communicationId, origin: 'automatic', score: c.score, by: null });
    if (change === 'created') made++;
    if (change === 'refused') counts.refused++;
  }
  if (made > 0) {
    counts.linkedReplies++;
    counts.links += made;
  } else if ((await trx.links.queueForReview(d.replyId, d.candidates)) === 'unchanged') {
    counts.stillQueued++;
  } else {
    counts.queued++;
  }
}


/**
 * Links every reply that answers nothing yet: above the threshold automatically, below it into
 * the review queue with its top candidates. Manual decisions stand; a second run changes nothing.
 */
export async function linkReplies(
  ctx: { store: Store; blobs: BlobStore; reference: ReferenceData },
  options: { dryRun: boolean; limit?: number; onReply?: () => void } = { dryRun: false },
): Promise<LinkReport> {
  const { store, blobs, reference } = ctx;
  const pool = new CandidatePool((await store.communications.linkable()).map(communicationFacts));
  const ids = (await store.links.unlinkedReplyIds()).slice(0, options.limit ?? Infinity);
  const rejections = await store.links.allRejections();
  const counts = { linkedReplies: 0, links: 0, queued: 0, stillQueued: 0, refused: 0 };
  const decisions: Decision[] = [];
  // Decisions are read first, then written a batch at a time: one transaction per batch, not per reply.
  for (let from = 0; from < ids.length; from += BATCH) {
    const batch: Decision[] = [];
    for (const id of ids.slice(from, from + BATCH)) {
      const reply = await store.replies.get(id);
      if (!reply) continue;
      const text = await replyText(store, blobs, reply);
      const u = understand(text, { reference, languages: [...reply.languages] });
      const facts = replyFactsFrom(u, { senderCode: reply.sender.code, senderName: reply.sender.name, dateReceived: reply.dateReceived, text });
      const candidates = pool.rank(facts, 3).filter((c) => !rejections.has(`${id}:${c.communicationId}`));
      batch.push({ replyId: id, linked: autoLinks(candidates), candidates, stance: u.stance?.value ?? null, evidence: u.stance?.evidence.map((e) => e.text) ?? [] });
    }
    if (options.dryRun) {
      for (const d of batch) {
        if (d.linked.length > 0) { counts.linkedReplies++; counts.links += d.linked.length; } else counts.queued++;
      }
    } else {
      await store.transaction(async (trx) => { for (const d of batch) await record(trx, d, counts); });
    }
    decisions.push(...batch);
    for (let i = 0; i < batch.length; i++) options.onReply?.();
  }
  const { linkedReplies, links, queued, stillQueued, refused } = counts;
  return { considered: ids.length, linkedReplies, links, queued, stillQueued, refused, threshold: AUTO_LINK_THRESHOLD, decisions };
}

