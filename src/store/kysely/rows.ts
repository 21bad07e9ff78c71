import type { Selectable } from 'kysely';
import type {
  ActorKind, Addressee, AttachedFile, Communication, FileRole, IsoDate, LinkOrigin, Reply, ReplyLink, ReferenceType, Stance,
} from '../../domain/index.js';
import type { Database } from '../schema.js';

/** Row ↔ domain mapping: the only place that knows how records are laid out in tables. */
export type CommunicationRow = Selectable<Database['communications']>;
export type ReplyRow = Selectable<Database['replies']>;

/** Lists (languages) are stored comma-separated; the empty string is the empty list. */
export function splitList(text: string): string[] {
  return text.split(',').filter((item) => item.length > 0);
}

export function toAddressee(row: { kind: string; code: string; name: string }): Addressee {
  return row.kind === 'state'
    ? { kind: 'state', code: row.code, name: row.name }
    : { kind: row.kind as ActorKind, code: 'OTH', name: row.name };
}

export function toAttachedFile(row: { sha256: string; mime: string; size: number; filename: string; role: string }): AttachedFile {
  return { sha256: row.sha256, mime: row.mime, size: Number(row.size), filename: row.filename, role: row.role as FileRole };
}

export function toCommunication(
  row: CommunicationRow,
  parts: { mandateIds: string[]; addressees: Addressee[]; followsUp: number[]; files: AttachedFile[] },
): Communication {
  return {
    id: Number(row.id),
    reference: { type: row.type as ReferenceType, code: row.code, number: row.number, year: row.year, legacy: row.legacy_reference },
    state: row.state as Communication['state'],
    dateSent: row.date_sent as IsoDate | null,
    mandateIds: parts.mandateIds,
    addressees: parts.addressees,
    subject: row.subject,
    summary: row.summary,
    themes: splitList(row.themes),
    language: row.language,
    followsUp: parts.followsUp,
    files: parts.files,
    publication: {
      publishedEarlyOn: row.published_early_on as IsoDate | null,
      confidentialHold: row.confidential_reason === null ? null : { reason: row.confidential_reason },
    },
  };
}

export function toReplyLink(row: { communication_id: number; origin: string; score: number | null; confirmed_by: string | null; confirmed_at: string | null }): ReplyLink {
  return {
    communicationId: Number(row.communication_id),
    origin: row.origin as LinkOrigin,
    score: row.score === null ? null : Number(row.score),
    confirmedBy: row.confirmed_by,
    confirmedAt: row.confirmed_at,
  };
}

export function toReply(row: ReplyRow, links: ReplyLink[], files: AttachedFile[]): Reply {
  return {
    id: Number(row.id),
    sender: toAddressee({ kind: row.sender_kind, code: row.sender_code, name: row.sender_name }),
    noteNumber: row.note_number,
    dateOnNote: row.date_on_note as IsoDate | null,
    dateReceived: row.date_received as IsoDate,
    languages: splitList(row.languages),
    links,
    stance: row.stance as Stance | null,
    stanceAuto: row.stance_auto as Stance | null,
    files,
    confidential: row.confidential === 1,
    review: row.review === 'pending' ? 'pending' : 'confirmed',
    submittedBy: row.submitted_by,
    confidentialityRequested: row.confidentiality_requested === 1,
  };
}
