import type { CitationModel } from '../model/models.ts';
import type { BriefingCitation } from './briefingModel.ts';

/** Numbers citations in order of first use; the same quote from the same source keeps its number. */
export class CitationList {
  readonly items: BriefingCitation[] = [];
  private readonly numbers = new Map<string, number>();
  add(citations: readonly CitationModel[]): number[] {
    const numbers = citations.map((c) => {
      const key = `${c.source.id}\u0000${c.quote}`;
      let n = this.numbers.get(key);
      if (n === undefined) {
        n = this.items.length + 1;
        this.numbers.set(key, n);
        this.items.push({ number: n, quote: c.quote, source: c.source });
      }
      return n;
    });
    return [...new Set(numbers)];
  }
}
