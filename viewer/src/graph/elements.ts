import type { EdgeFieldsFragment, NodeFieldsFragment } from '../__generated__/graphql';
import type { EntityKind } from '../../../common/kinds.ts';
import type { Lang } from '../../../common/langs.ts';
import { type Side, sideOf } from '../../../common/sides.ts';

/** Data of a Cytoscape node. */
export interface NodeData {
  id: string;
  kind: EntityKind;
  side: Side;
  label: string;
  name_th: string;
  name_en: string;
  name_zh: string;
  /** ISO start date of dated things (meetings), for the date filter. */
  date: string;
}

/** Data of a Cytoscape edge. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  label_th: string;
  label_en: string;
  label_zh: string;
}

/** A Cytoscape element definition. */
export type Element = { group: 'nodes'; data: NodeData } | { group: 'edges'; data: EdgeData };

const THAI = /[\u0E00-\u0E7F]/;
const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('th', { granularity: 'word' }) : null;

/**
 * A label as drawn: Thai is written without spaces between words, so zero-width spaces are
 * put at word boundaries (found by the browser's Thai segmenter) to let long names wrap.
 */
export function displayLabel(text: string): string {
  if (!segmenter || !THAI.test(text)) return text;
  return Array.from(segmenter.segment(text), (s) => s.segment).join('\u200B');
}

/** Turns API nodes and edges into Cytoscape elements, labelled in a language with the names the API gives. */
export function toElements(nodes: readonly NodeFieldsFragment[], edges: readonly EdgeFieldsFragment[], lang: Lang): Element[] {
  const out: Element[] = [];
  for (const n of nodes) {
    const date = n.properties.find((p) => p.key === 'startDate')?.value ?? '';
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        kind: n.kind,
        side: sideOf(n.countryCode),
        label: displayLabel(n[lang]),
        name_th: n.th,
        name_en: n.en,
        name_zh: n.zh,
        date,
      },
    });
  }
  for (const e of edges) {
    out.push({
      group: 'edges',
      data: { id: e.id, source: e.from, target: e.to, type: e.type, label: e[lang], label_th: e.th, label_en: e.en, label_zh: e.zh },
    });
  }
  return out;
}

/** Merges element lists by id; the first occurrence wins, so existing elements keep their data. */
export function mergeElements(...lists: readonly Element[][]): Element[] {
  const seen = new Set<string>();
  const out: Element[] = [];
  for (const list of lists) {
    for (const el of list) {
      const key = `${el.group}:${el.data.id}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(el);
      }
    }
  }
  return out;
}
