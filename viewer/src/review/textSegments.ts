/** A run of the document's text, and the mention it shows when it is one. */
export interface TextSegment {
  readonly start: number;
  readonly end: number;
  readonly mention: number | null;
}

/**
 * Cuts the text into runs: plain text and highlighted mentions, in order. A mention inside an
 * earlier, longer one (a place inside an agency's name) is not highlighted on its own; it stays
 * in the list of mentions.
 */
export function textSegments(length: number, mentions: readonly { readonly start: number; readonly end: number }[]): TextSegment[] {
  const order = mentions.map((m, i) => ({ ...m, i })).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSegment[] = [];
  let at = 0;
  for (const m of order) {
    if (m.start < at || m.end > length || m.end <= m.start) continue;
    if (m.start > at) out.push({ start: at, end: m.start, mention: null });
    out.push({ start: m.start, end: m.end, mention: m.i });
    at = m.end;
  }
  if (at < length) out.push({ start: at, end: length, mention: null });
  return out;
}
