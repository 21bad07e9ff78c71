/**
 * Where in a long text a snippet's words can be: windows around each occurrence of a query
 * term's leading letters in the normalised text, widened to whitespace, so that only those
 * windows are cut into words. Null when the whole text must be read: short texts, texts whose
 * normalised form does not keep their offsets, or leads so short they occur everywhere.
 */
export type Window = readonly [number, number];

const REACH = 60; // characters kept either side of an occurrence: a phrase starting there fits
const SHORT_TEXT = 800;
const MIN_LEAD = 3;

export function nearWindows(text: string, normal: string, leads: readonly string[]): Window[] | null {
  if (text.length < SHORT_TEXT || normal.length !== text.length || leads.length === 0 || leads.some((l) => l.length < MIN_LEAD)) return null;
  const hits: number[] = [];
  for (const lead of new Set(leads)) for (let at = normal.indexOf(lead); at >= 0; at = normal.indexOf(lead, at + lead.length)) hits.push(at);
  hits.sort((a, b) => a - b);
  const windows: [number, number][] = [];
  for (const at of hits) {
    const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - REACH)));
    const space = text.indexOf(' ', Math.min(text.length, at + REACH));
    const end = space < 0 ? text.length : space;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}
