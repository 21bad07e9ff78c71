import { PUBLIC_VIEWER, type IsoDate, type ReferenceData } from '../domain/index.js';
import { exportRows, prepareExport } from '../search/export.js';
import type { Store } from '../store/ports.js';
import { PublicRecords, type PublicCommunication, type PublicReply } from './records.js';

/**
 * The open dataset: every public communication and reply as it is published (the same
 * records the portal and the API show), oldest first, one record at a time, so a snapshot of any
 * size streams in bounded memory.
 */
export type DatasetRecord = ({ readonly record: 'communication' } & PublicCommunication) | ({ readonly record: 'reply' } & PublicReply);

export async function* publicDataset(store: Store, reference: ReferenceData, today: IsoDate): AsyncGenerator<DatasetRecord> {
  const records = new PublicRecords(store, reference);
  const everything = prepareExport({ referenceData: reference }, { q: '', sort: 'oldest' });
  for await (const row of exportRows(store, everything, { viewer: PUBLIC_VIEWER, today, facets: false })) {
    if (row.kind === 'communication') {
      const c = await records.communicationById(row.recordId, today);
      if (c) yield { record: 'communication', ...c };
    } else {
      const r = await records.reply(row.recordId, today);
      if (r) yield { record: 'reply', ...r };
    }
  }
}
