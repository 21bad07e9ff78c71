import type { Command } from 'commander';
import { MissiveError, parseIsoDate, todayUtc, type ReferenceData, type Viewer } from '../domain/index.js';
import { FACET_NAMES } from '../store/ports.js';
import { checkFacets, search, SEARCH_SORTS, type SearchResult, type SearchSort } from '../search/service.js';
import { markSnippet } from '../search/snippet.js';
import { withContext, withStoreOptions, type StoreOptions } from './context.js';
import { printResult } from './output.js';
import { updateSearchIndex } from './search-index.js';

interface SearchOptions extends StoreOptions {
  readonly json?: boolean;
  readonly facets?: string | boolean;
  readonly limit: number;
  readonly sort: string;
  readonly cursor?: string;
  readonly as: string;
  readonly today?: string;
}

/** `public`, `secretariat`, `admin`, `mission:PRK` or `mandate-holder:id,id`. */
export function parseViewer(text: string, reference: ReferenceData): Viewer {
  const [role, scope = ''] = text.split(':', 2);
  switch (role) {
    case 'public': case 'admin': case 'secretariat':
      return { role };
    case 'mission':
      return { role: 'mission', stateCode: reference.country(scope.toUpperCase(), '--as').code };
    case 'mandate-holder':
      return { role: 'mandate-holder', mandateIds: scope.split(',').filter((m) => m.length > 0).map((m) => reference.mandate(m, '--as').id) };
    default:
      throw new MissiveError('INVALID_VALUE', `--as: "${text}" is not a viewer; use public, secretariat, admin, mission:ISO3 or mandate-holder:mandate-id[,…]`, { field: '--as', value: text });
  }
}

function words(result: SearchResult): string {
  const lines = [`${result.total ?? result.hits.length} hit${result.total === 1 ? '' : 's'} for: ${result.query || '(everything)'}  (sorted by ${result.sort})`];
  if (result.window !== null) {
    lines.push(`(more than ${result.window.toLocaleString('en')} matches: ranked and counted among the newest ${result.window.toLocaleString('en')}; --sort date, or a narrower query, reaches all)`);
  }
  result.hits.forEach((hit, i) => {
    const status = hit.replied === null ? '' : ` · ${hit.replied === 'yes' ? 'replied' : hit.replied}`;
    lines.push(`${String(i + 1).padStart(3)}. ${hit.title} · ${hit.kind} · ${hit.date ?? 'undated'}${status}`);
    if (hit.kind === 'reply' && hit.subject) lines.push(`     answers ${hit.subject}`);
    if (hit.snippet) lines.push(`     ${hit.snippet.page === null ? '' : `p.${hit.snippet.page} `}${markSnippet(hit.snippet, '«', '»')}`);
  });
  for (const [field, values] of Object.entries(result.facets)) {
    lines.push(`${field}: ${values.slice(0, 12).map((v) => `${v.value} ${v.count}`).join(', ')}${values.length > 12 ? `, … (${values.length} values)` : ''}`);
  }
  if (result.nextCursor) lines.push(`next page: --cursor ${result.nextCursor}`);
  return lines.join('\n');
}

export function registerSearch(program: Command): void {
  withStoreOptions(program.command('search').argument('<query>', 'words, "phrases", OR, -exclusions, prefix*, and fields such as country:PRK year:2024 replied:overdue')
    .description('search communications and replies, with the visibility of a viewer (the public by default)'))
    .option('--json', 'print the result as JSON')
    .option('--facets [names]', `count hits by facet: all, or a comma list of ${FACET_NAMES.join(', ')}`)
    .option('--limit <n>', 'hits per page (1-100)', (v) => Number(v), 20)
    .option('--sort <order>', `${SEARCH_SORTS.join(', ')}`, 'relevance')
    .option('--cursor <cursor>', 'the next page, as printed by the previous one')
    .option('--as <viewer>', 'whose visibility applies: public, secretariat, admin, mission:ISO3, mandate-holder:id[,id]', 'public')
    .option('--today <date>', 'the day the search is made (what is public then)')
    .action(async (query: string, options: SearchOptions) => {
      await withContext(options, async ({ store, reference }) => {
        const viewer = parseViewer(options.as, reference);
        const today = options.today ? parseIsoDate(options.today, '--today') : todayUtc();
        const facets = options.facets === undefined ? [] : options.facets === true || options.facets === 'all' ? [...FACET_NAMES] : checkFacets(String(options.facets).split(','));
        await updateSearchIndex(store, { quiet: options.json === true });
        const result = await search(store, { referenceData: reference }, {
          q: query, viewer, today, sort: options.sort as SearchSort, limit: options.limit, cursor: options.cursor ?? null, facets,
        });
        printResult(options.json, result, () => words(result));
      });
    });

  withStoreOptions(program.command('index').description('bring the search index up to date (it is also updated after demo, ingest and link)'))
    .option('--rebuild', 'index every record again')
    .action(async (options: StoreOptions & { rebuild?: boolean }) => {
      await withContext(options, async ({ store }) => {
        const started = Date.now();
        const indexed = await updateSearchIndex(store, { rebuild: options.rebuild === true });
        process.stdout.write(`Indexed ${indexed} records in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      });
    });
}
