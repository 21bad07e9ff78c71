export type { Candidate, CommunicationFacts, ReplyFacts } from './types.js';
export { CandidatePool } from './pool.js';
export { AUTO_LINK_THRESHOLD, autoLinks } from './policy.js';
export { communicationFacts, replyFactsFrom, type LinkableRow } from './reply-facts.js';
export { followedUp, type FollowUpOptions } from './follow-ups.js';
