import { parseReference, referenceSlug } from '../domain/index.js';
import type { SearchRow } from '../store/ports.js';

/** Where a search hit is read: its communication's permalink (`/communications/AL-PRK-1-2024`), or its reply's page. */
export function recordPath(row: Pick<SearchRow, 'kind' | 'recordId' | 'title'>): string {
  if (row.kind === 'reply') return `/replies/${row.recordId}`;
  try {
    return `/communications/${referenceSlug(parseReference(row.title))}`;
  } catch {
    return `/search?q=${encodeURIComponent(`ref:"${row.title}"`)}`;
  }
}

/** This server's origin as the request reached it (for absolute links in feeds and exports). */
export function origin(request: { readonly protocol: string; readonly host: string }): string {
  return `${request.protocol}://${request.host}`;
}
