import type { LocalizedText } from '../../common/langs.ts';
import type { DatasetLineInput } from '../../api/src/ingest/datasetLine.ts';
import type { Random } from '../../common/random.ts';
import { createSourceBook, type SourceBook, type SyntheticCitation } from './sourceBook.ts';
import type { SourceLang } from './syntheticNames.ts';

/** Something of the synthetic world that records refer to. */
export interface Thing {
  readonly id: string;
  readonly names: LocalizedText;
  readonly country: string;
}

/** The state shared by the generator's steps: randomness, output and the shared reference documents. */
export interface SyntheticContext {
  readonly random: Random;
  emit(line: DatasetLineInput): void;
  /** The shared book of one kind of reference document (directory, gazetteer …) in a language. */
  book(kind: string, lang: SourceLang): SourceBook;
  /** Emits the last page of every shared book. */
  closeBooks(): void;
  /** Emits an entity. */
  entity(
    kind: string,
    thing: Thing,
    citations: SyntheticCitation[],
    extra?: { aliases?: string[]; attributes?: Record<string, unknown>; country?: boolean },
  ): void;
  /** Emits a relationship. */
  relate(
    type: string,
    from: string,
    to: string,
    citation: SyntheticCitation,
    extra?: { key?: string; attributes?: Record<string, unknown> },
  ): void;
}

const BOOK_TITLES: Record<string, string> = {
  directory: 'Synthetic directory of agencies and staff',
  gazetteer: 'Synthetic gazetteer of places and sites',
  thesaurus: 'Synthetic thesaurus of cooperation topics',
  register: 'Synthetic register of committees and programmes',
};

/** The language of a country's own sources: Thai for Thailand, Chinese for China, English elsewhere. */
export function langOf(country: string): SourceLang {
  return country === 'TH' ? 'th' : country === 'CN' ? 'zh' : 'en';
}

/** Creates the shared context over an output function. */
export function createContext(random: Random, emit: (line: DatasetLineInput) => void): SyntheticContext {
  const books = new Map<string, SourceBook>();
  return {
    random,
    emit,
    book(kind, lang) {
      const key = `${kind}-${lang}`;
      let book = books.get(key);
      if (!book) {
        book = createSourceBook({ slug: key, title: `${BOOK_TITLES[kind] ?? kind} [${lang}]`, lang, pageSize: 40 }, emit);
        books.set(key, book);
      }
      return book;
    },
    closeBooks() {
      for (const book of books.values()) book.close();
    },
    entity(kind, thing, citations, extra = {}) {
      emit({
        entity: {
          id: thing.id,
          kind,
          names: thing.names,
          ...(extra.aliases?.length ? { aliases: extra.aliases } : {}),
          ...(extra.country === false ? {} : { country: thing.country }),
          ...(extra.attributes ? { attributes: extra.attributes as never } : {}),
          citations,
        },
      });
    },
    relate(type, from, to, citation, extra = {}) {
      emit({
        relationship: {
          type,
          from,
          to,
          ...(extra.key ? { key: extra.key } : {}),
          ...(extra.attributes ? { attributes: extra.attributes as never } : {}),
          // A relationship's citation covers all of it: no `about`.
          citations: [{ source: citation.source, quote: citation.quote }],
        },
      });
    },
  };
}
