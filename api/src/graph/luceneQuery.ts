import { searchKey } from '../domain/searchKeys.ts';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes a term so that Lucene's query parser reads it as plain text. */
export function escapeLucene(term: string): string {
  // Lower case also keeps AND / OR / NOT from being read as operators.
  return term.toLowerCase().replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * Builds the full-text query for as-you-type search: every word as typed, the last word
 * also as a prefix, and the folded form of the whole text (`PMU-A` → `pmua`) exactly and
 * as a prefix, so acronyms match with or without dots and hyphens.
 */
export function buildSearchQuery(text: string): { query: string; key: string } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const key = searchKey(text);
  const parts = words.map(escapeLucene);
  const last = words.at(-1);
  if (last && /[\p{L}\p{N}]$/u.test(last)) parts.push(`${escapeLucene(last)}*`);
  if (key) parts.push(escapeLucene(key), `${escapeLucene(key)}*`);
  return { query: [...new Set(parts)].join(' '), key };
}
