import { parseIsoDate } from '../domain/index.js';

/**
 * The demo's one real document is the DPRK mission's note No. 0024 of 16 May 2024
 * (../shared/samples/seed-note-verbale.txt), which answers a joint communication dated
 * 22 March 2024 by date only. The demo adds a synthetic joint communication of that date.
 */
export const SEED_CASE = {
  communication: {
    dateSent: parseIsoDate('2024-03-22'),
    type: 'AL' as const,
    mandateIds: ['sr-dprk', 'wg-discrimination-women', 'sr-violence-women'],
    themeId: 'womens-rights',
  },
  reply: {
    noteNumber: '0024',
    dateOnNote: parseIsoDate('2024-05-16'),
    dateReceived: parseIsoDate('2024-05-17'),
    file: 'seed-note-verbale.txt',
    senderAsWritten: "Permanent Mission of the Democratic People's Republic of Korea to the United Nations Office and Other International Organizations in Geneva",
  },
} as const;
