import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { EntityKind } from '../../../common/kinds.ts';
import type { LocalizedText } from '../../../common/langs.ts';
import { analyzeText } from './analyzeText.ts';
import { buildGazetteer } from './gazetteer.ts';
import { normalizeName } from './normalizeText.ts';
import type { GazetteerEntry, Mention, TextAnalysis } from './types.ts';

// The seed test: the analysis of the seed news item against the hand-made dataset built from it.
// An entity counts as proposed when a mention names it: the gazetteer gives it as a candidate,
// the mention's text is one of its names or aliases (normalised), or — of the same kind — the
// two differ little (character-bigram Dice ≥ 0.8, e.g. `…นวัตกรรมของไทย` for `…นวัตกรรม`); a
// meeting, whose name is descriptive, by what identifies it: its ordinal and its committee's name.
// A relationship counts when a proposal of its type joins mentions of its two ends and quotes a
// clause that is, or holds, one of the dataset's quotes for it from the seed.

interface Citation {
  source?: string;
  quote: string;
  about?: string[];
}
interface Entity {
  id: string;
  kind: EntityKind;
  attributes?: { ordinal?: number };
  names: LocalizedText;
  aliases?: string[];
  citations?: Citation[];
}
interface Relationship {
  type: string;
  from: string;
  to: string;
  citations: Citation[];
}

const root = new URL('../../../', import.meta.url);
const dataset = parse(readFileSync(new URL('data/seed/thai-china-st-committee-4.yaml', root), 'utf8')) as {
  entities: Entity[];
  relationships: Relationship[];
};
const seedText = readFileSync(new URL('data/seed/sources/pmua-thai-china-poverty-2023.th.txt', root), 'utf8');

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i += 1) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
  return out;
}
function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return (2 * common) / Math.max(1, a.length - 1 + (b.length - 1));
}

function names(e: Entity): string[] {
  return [...Object.values(e.names), ...(e.aliases ?? [])].filter((n): n is string => Boolean(n)).map(normalizeName);
}

function committeeNames(meetingId: string): string[] {
  const link = dataset.relationships.find((r) => r.type === 'OF_COMMITTEE' && r.from === meetingId);
  const committee = dataset.entities.find((e) => e.id === link?.to);
  return committee ? names(committee) : [];
}

function mentionMatcher(e: Entity, strictKind: boolean) {
  const all = names(e);
  const committee = e.kind === 'MEETING' ? committeeNames(e.id) : [];
  return (m: Mention): boolean => {
    if (strictKind && m.kind !== e.kind) return false;
    if (m.candidates.some((c) => c.entityId === e.id)) return true;
    const text = normalizeName(m.text);
    if (all.includes(text)) return true;
    if (m.kind === 'MEETING' && e.kind === 'MEETING')
      return m.attributes.ordinal === String(e.attributes?.ordinal) && committee.some((c) => text.includes(c));
    return m.kind === e.kind && all.some((n) => dice(n, text) >= 0.8);
  };
}

/** The shares of the dataset's entities and seed-cited relationships that the analysis proposes. */
function evaluate(analysis: TextAnalysis, strictKind: boolean) {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const matcher = new Map(dataset.entities.map((e) => [e.id, mentionMatcher(e, strictKind)]));
  const entitiesFound = dataset.entities.filter((e) => analysis.mentions.some(matcher.get(e.id) as (m: Mention) => boolean));
  const fromSeed = dataset.relationships.filter((r) => r.citations.some((c) => !c.source));
  const relationshipsFound = fromSeed.filter((r) => {
    const quotes = r.citations.filter((c) => !c.source).map((c) => c.quote);
    const from = matcher.get(r.from);
    const to = matcher.get(r.to);
    if (!from || !to || !byId.has(r.from)) return false;
    return analysis.proposals.some((p) => {
      const a = analysis.mentions[p.from];
      const b = analysis.mentions[p.to];
      return p.type === r.type && a && b && from(a) && to(b) && quotes.some((q) => p.quote.text.includes(q));
    });
  });
  const linked = dataset.entities.filter((e) => analysis.mentions.some((m) => m.candidates.some((c) => c.entityId === e.id)));
  return {
    entitiesFound: entitiesFound.length,
    entitiesTotal: dataset.entities.length,
    relationshipsFound: relationshipsFound.length,
    relationshipsTotal: fromSeed.length,
    linkedToGraph: linked.length,
    proposals: analysis.proposals.length,
    entities: entitiesFound.length / dataset.entities.length,
    entitiesMissed: dataset.entities.filter((e) => !entitiesFound.includes(e)).map((e) => e.id),
    relationships: relationshipsFound.length / fromSeed.length,
    relationshipsMissed: fromSeed.filter((r) => !relationshipsFound.includes(r)).map((r) => `${r.type} ${r.from} → ${r.to}`),
  };
}

/** Places only: the graph knows the countries, cities and provinces, nothing else the item names. */
function placesOnly(): GazetteerEntry[] {
  return dataset.entities
    .filter((e) => e.kind === 'PLACE')
    .map((e) => ({ entityId: e.id, kind: e.kind, names: e.names, aliases: e.aliases ?? [] }));
}

/** Places, plus every name and alias the dataset takes from a reference source rather than from the item (acronym expansions, official spellings). */
function referenceNames(): GazetteerEntry[] {
  const entries = new Map(placesOnly().map((e) => [e.entityId, e]));
  for (const e of dataset.entities) {
    const about = new Set((e.citations ?? []).filter((c) => c.source).flatMap((c) => c.about ?? []));
    const namesFromReferences: LocalizedText = {};
    for (const lang of ['th', 'en', 'zh'] as const)
      if (about.has(`names.${lang}`) && e.names[lang]) namesFromReferences[lang] = e.names[lang];
    const aliases = about.has('aliases') ? (e.aliases ?? []) : [];
    if (Object.keys(namesFromReferences).length === 0 && aliases.length === 0) continue;
    const known = entries.get(e.id);
    entries.set(e.id, {
      entityId: e.id,
      kind: e.kind,
      names: { ...namesFromReferences, ...known?.names },
      aliases: [...new Set([...(known?.aliases ?? []), ...aliases])],
    });
  }
  return [...entries.values()];
}

describe('the seed test', () => {
  for (const [label, entries, pinned] of [
    // Pinned: 40 of 44 entities (90.9 %) and 38 of 51 relationships (74.5 %), loose and of the same kind alike.
    ['places only', placesOnly(), { entities: 40, entitiesStrict: 40, relationships: 38, relationshipsStrict: 38, linked: 4 }],
    ['reference names', referenceNames(), { entities: 40, entitiesStrict: 40, relationships: 38, relationshipsStrict: 38, linked: 9 }],
  ] as const) {
    it(`proposes the dataset's entities and relationships against a graph of ${label}`, () => {
      const analysis = analyzeText(seedText, { language: 'th', gazetteer: buildGazetteer(entries) });
      for (const m of analysis.mentions) expect(seedText.slice(m.start, m.end)).toBe(m.text);
      for (const p of analysis.proposals) expect(seedText.slice(p.quote.start, p.quote.end)).toBe(p.quote.text);
      const loose = evaluate(analysis, false);
      const strict = evaluate(analysis, true);
      console.log(
        label,
        JSON.stringify({ loose, strict: { entities: strict.entitiesFound, relationships: strict.relationshipsFound } }, null, 1),
      );
      expect([loose.entitiesTotal, loose.relationshipsTotal]).toEqual([44, 51]);
      expect(loose.entitiesFound).toBeGreaterThanOrEqual(pinned.entities);
      expect(strict.entitiesFound).toBeGreaterThanOrEqual(pinned.entitiesStrict);
      expect(loose.relationshipsFound).toBeGreaterThanOrEqual(pinned.relationships);
      expect(strict.relationshipsFound).toBeGreaterThanOrEqual(pinned.relationshipsStrict);
      expect(loose.linkedToGraph).toBeGreaterThanOrEqual(pinned.linked);
      // The targets of the issue: 80 % of the entities, 70 % of the relationships.
      expect(loose.entities).toBeGreaterThanOrEqual(0.8);
      expect(loose.relationships).toBeGreaterThanOrEqual(0.7);
    });
  }
});
