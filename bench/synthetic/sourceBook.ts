import type { DatasetLineInput } from '../../api/src/ingest/datasetLine.ts';
import type { SourceLang } from './syntheticNames.ts';

/** Marks every synthetic source, so that such data is never mistaken for curated data. */
export const SYNTHETIC_PUBLISHER = 'Synthetic benchmark data (generated, not real)';

/** A citation of a synthetic sentence. */
export interface SyntheticCitation {
  readonly source: string;
  readonly quote: string;
  readonly about?: string[];
}

/** Collects sentences into synthetic source documents of bounded size, emitting each when it is full. */
export interface SourceBook {
  /** Adds a sentence to the current document and returns the citation that quotes it. */
  cite(sentence: string, about?: string[]): SyntheticCitation;
  /** Emits the last, partly filled document. */
  close(): void;
}

/** Opens a book of synthetic documents `source:synthetic-<slug>-<n>`, each of at most `pageSize` sentences. */
export function createSourceBook(
  options: { slug: string; title: string; lang: SourceLang; pageSize: number; date?: string },
  emit: (line: DatasetLineInput) => void,
): SourceBook {
  let sentences: string[] = [];
  let page = 1;
  const id = () => `source:synthetic-${options.slug}-${page}`;
  const close = () => {
    if (sentences.length === 0) return;
    emit({
      source: {
        id: id(),
        title: `${options.title} (part ${page})`,
        language: options.lang,
        ...(options.date ? { date: options.date } : {}),
        publisher: SYNTHETIC_PUBLISHER,
        note: 'Generated for benchmarks by npm run generate; every name and fact in it is invented.',
        text: sentences.join('\n'),
      },
    });
    sentences = [];
    page += 1;
  };
  return {
    cite(sentence, about) {
      if (sentences.length >= options.pageSize) close();
      if (sentences[sentences.length - 1] !== sentence) sentences.push(sentence);
      return { source: id(), quote: sentence, ...(about ? { about } : {}) };
    },
    close,
  };
}
