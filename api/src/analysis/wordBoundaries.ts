const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
// Enough context on either side for the dictionary segmenter to place the words around a span.
const WINDOW = 24;

/**
 * Whether `Intl.Segmenter` puts a word boundary at each end of a span (Thai and Chinese by
 * dictionary), reading only a window of text around it so the cost does not grow with the text.
 */
export function boundariesAt(text: string, start: number, end: number): [boolean, boolean] {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const boundaries = new Set<number>([0, text.length]);
  for (const segment of segmenter.segment(text.slice(from, to))) {
    // The window's own edges are not boundaries of the text unless they are its ends.
    if (segment.index > 0) boundaries.add(from + segment.index);
  }
  return [boundaries.has(start), boundaries.has(end)];
}
