/** Child process for the allocation test: opens the store given in argv and allocates one number. */
import { loadReferenceData } from '../../src/reference/load.js';
import { openStore } from '../../src/store/open.js';

const [file, code = 'PRK', year = '2024'] = process.argv.slice(2);
if (!file) throw new Error('usage: allocate-once.js FILE [CODE] [YEAR]');
const store = await openStore({ kind: 'sqlite', file }, loadReferenceData().reference, { migrate: false });
process.stdout.write(String(await store.communications.allocateNumber(code, Number(year))));
await store.close();
