/** The offsets of a text at which `Intl.Segmenter` puts a word boundary (Thai and Chinese by dictionary). */
export function wordBoundaries(text: string): ReadonlySet<number> {
  const boundaries = new Set<number>([0, text.length]);
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  for (const segment of segmenter.segment(text)) {
    boundaries.add(segment.index);
    boundaries.add(segment.index + segment.segment.length);
  }
  return boundaries;
}
