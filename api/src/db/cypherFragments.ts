import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';
import { invariant } from '../errors.ts';
import { withoutCommentLines } from './cypherText.ts';

/**
 * The pieces compiled reads are built from (`cypher/fragments/<name>.cypher`), with the slots
 * each one has. A slot is written `{{name}}` and is filled only by the read compiler, with other
 * fragments, variable names it made, or labels and relationship types from the fixed lists;
 * values from the client always travel as `$parameters`.
 */
export const FRAGMENT_SLOTS = {
  readEntity: ['entity'],
  readSearch: ['entity'],
  readList: ['count', 'label', 'filter', 'sortKey', 'after', 'order', 'entity'],
  listCount: ['label', 'filter'],
  listNoCount: [],
  listFilter: ['node', 'conditions'],
  listByCountry: ['node'],
  listByType: ['node'],
  listByText: ['node'],
  listByName: ['node', 'key'],
  listByNameAfter: ['node', 'key'],
  listSortByName: ['node', 'key'],
  listSortByDate: ['node'],
  listSortById: ['node'],
  listAfterAscending: ['node'],
  listAfterDescending: ['node'],
  listOrderAscending: ['node'],
  listOrderDescending: ['node'],
  listOrderByName: ['node'],
  listOrderByCountryAndName: ['node'],
  entity: ['properties', 'links', 'sources'],
  citedSources: ['cited'],
  linksOut: ['self', 'rel', 'type', 'other', 'properties', 'sources', 'entity'],
  linksIn: ['self', 'rel', 'type', 'other', 'properties', 'sources', 'entity'],
  ofLabels: ['node', 'labels', 'links'],
  neighborhood: ['rings', 'sources', 'node', 'rel'],
  neighborhoodRings: [],
  neighborhoodRingsDeep: [],
  neighborhoodSources: [],
  neighborhoodNoSources: [],
} as const satisfies Record<string, readonly string[]>;

/** The name of one fragment. */
export type FragmentName = keyof typeof FRAGMENT_SLOTS;

/** The values of a fragment's slots. */
export type SlotValues<F extends FragmentName> = Record<(typeof FRAGMENT_SLOTS)[F][number], string>;

/** The text of every fragment, comment lines dropped. */
export type FragmentRegistry = Readonly<Record<FragmentName, string>>;

const SLOT = /\{\{(\w+)\}\}/g;

/**
 * Loads every fragment once and checks that its slots are exactly the declared ones, so that a
 * fragment edited out of step with the compiler stops the start, naming the file.
 */
export function loadFragments(dir = path.join(REPO_ROOT, 'cypher', 'fragments')): FragmentRegistry {
  const entries = (Object.keys(FRAGMENT_SLOTS) as FragmentName[]).map((name) => {
    const file = path.join(dir, `${name}.cypher`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`The Cypher fragment file ${file} is missing.`);
    }
    const body = withoutCommentLines(text).trim();
    const found = [...new Set([...body.matchAll(SLOT)].map((m) => m[1] as string))].sort();
    const declared = [...FRAGMENT_SLOTS[name]].sort();
    if (found.join() !== declared.join()) {
      throw new Error(`The Cypher fragment ${file} has the slots {${found.join(', ')}}; the compiler fills {${declared.join(', ')}}.`);
    }
    return [name, body] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<FragmentName, string>);
}

/** A fragment with its slots filled; every slot must be given. */
export function fill<F extends FragmentName>(fragments: FragmentRegistry, name: F, values: SlotValues<F>): string {
  return fragments[name].replace(SLOT, (_, slot: string) => {
    const value = (values as Record<string, string | undefined>)[slot];
    invariant(value !== undefined, `slot ${slot} of fragment ${name} was not filled`);
    return value;
  });
}

let loaded: FragmentRegistry | undefined;

/** The fragments of `cypher/fragments/`, read once per process. */
export function cypherFragments(): FragmentRegistry {
  return (loaded ??= loadFragments());
}
