/**
 * How the offline analysis rules fare on the atlas: every text of `data/atlas/sources` is
 * analysed with an empty gazetteer (what `npm run analyze -- … --offline` does), and its proposed
 * relationships are compared with the relationships people curated from that text in
 * `data/atlas/facts`. Run with `node bench/src/atlasProposalEval.ts [--misses]`; prints
 * precision and recall per language.
 *
 * A proposal matches a curated relationship when the type is the same, each end's mention text
 * names that end (equal to one of its names or aliases after folding case, spaces and dots, or
 * one holding the other when the shorter is at least half the longer), and the proposal's quote
 * overlaps the curated quote in the same text. The facts were curated by people reading the
 * pages, not by the rules: recall is the share of what people kept that the rules propose.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { RELATIONSHIP_TYPES, isRelationshipType } from '../../api/src/domain/relationshipTypes.ts';
import { analyzeText, buildGazetteer, type Mention, type Proposal } from '../../api/src/analysis/index.ts';
import { REPO_ROOT } from '../../api/src/config.ts';

interface FactEntity {
  id: string;
  kind: string;
  names?: Record<string, string>;
  aliases?: string[];
}
interface FactRelationship {
  type: string;
  from: string;
  to: string;
  citations?: { source: string; quote: string }[];
}
interface SourceEntry {
  id: string;
  language: string;
  textFile: string;
}

const ATLAS = path.join(REPO_ROOT, 'data/atlas');
const showMisses = process.argv.includes('--misses');

const fold = (s: string): string => s.toLowerCase().replace(/[\s.·,'’\-–()（）]/gu, '');

/** Whether a mention's text names an entity with these names. */
function names(mentionText: string, entityNames: readonly string[]): boolean {
  const m = fold(mentionText);
  if (m.length === 0) return false;
  return entityNames.some((n) => {
    const f = fold(n);
    if (f.length === 0) return false;
    if (f === m) return true;
    const [short, long] = f.length < m.length ? [f, m] : [m, f];
    return long.includes(short) && short.length * 2 >= long.length;
  });
}

const entities = new Map<string, string[]>();
const relationships: FactRelationship[] = [];
const factFiles = readdirSync(path.join(ATLAS, 'facts'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => path.join(ATLAS, 'facts', f));
// The atlas's facts also point at entities of the seed dataset (the ministries, their people).
for (const file of [path.join(REPO_ROOT, 'data/seed/thai-china-st-committee-4.yaml'), ...factFiles]) {
  const doc = parse(readFileSync(file, 'utf8')) as { entities?: FactEntity[]; relationships?: FactRelationship[] };
  for (const e of doc.entities ?? []) entities.set(e.id, [...Object.values(e.names ?? {}), ...(e.aliases ?? [])]);
  if (factFiles.includes(file)) relationships.push(...(doc.relationships ?? []));
}
// The names a merge decision took for one entity are its names too.
for (const file of ['decisions.yaml', 'decisions-2.yaml']) {
  const doc = parse(readFileSync(path.join(ATLAS, file), 'utf8')) as { merges?: { entity: string; names?: string[] }[] };
  for (const m of doc.merges ?? []) entities.set(m.entity, [...(entities.get(m.entity) ?? []), ...(m.names ?? [])]);
}
const sources = (parse(readFileSync(path.join(ATLAS, 'sources.yaml'), 'utf8')) as { sources: SourceEntry[] }).sources;

interface Tally {
  proposals: number;
  matchedProposals: number;
  invalid: number;
  curated: number;
  found: number;
  quoteLengths: number[];
}
const tallies = new Map<string, Tally>();
const tally = (lang: string): Tally => {
  let t = tallies.get(lang);
  if (!t) tallies.set(lang, (t = { proposals: 0, matchedProposals: 0, invalid: 0, curated: 0, found: 0, quoteLengths: [] }));
  return t;
};
const gazetteer = buildGazetteer([]);
let totalMs = 0;

for (const source of sources) {
  const text = readFileSync(path.join(ATLAS, source.textFile), 'utf8');
  const t0 = performance.now();
  const analysis = analyzeText(text, { gazetteer, language: source.language as 'th' | 'en' | 'zh' });
  totalMs += performance.now() - t0;
  const t = tally(source.language);
  const curated = relationships.flatMap((r) =>
    (r.citations ?? [])
      .filter((c) => c.source === source.id)
      .map((c) => ({ r, start: text.indexOf(c.quote), end: text.indexOf(c.quote) + c.quote.length, quote: c.quote }))
      .filter((c) => c.start >= 0),
  );
  const matches = (p: Proposal, c: (typeof curated)[number]): boolean => {
    const from = analysis.mentions[p.from] as Mention;
    const to = analysis.mentions[p.to] as Mention;
    return (
      p.type === c.r.type &&
      p.quote.start < c.end &&
      c.start < p.quote.end &&
      names(from.text, entities.get(c.r.from) ?? []) &&
      names(to.text, entities.get(c.r.to) ?? [])
    );
  };
  for (const p of analysis.proposals) {
    t.proposals += 1;
    t.quoteLengths.push(p.quote.end - p.quote.start);
    const from = analysis.mentions[p.from] as Mention;
    const to = analysis.mentions[p.to] as Mention;
    const spec = isRelationshipType(p.type) ? RELATIONSHIP_TYPES[p.type] : null;
    const allowed =
      spec !== null && (spec.from as readonly string[]).includes(from.kind ?? '') && (spec.to as readonly string[]).includes(to.kind ?? '');
    if (!allowed) t.invalid += 1;
    if (curated.some((c) => matches(p, c))) t.matchedProposals += 1;
    else if (showMisses) console.log(`  extra ${source.id} ${p.type} ${from.text} → ${to.text}${allowed ? '' : ' (not allowed)'}`);
  }
  // One curated relationship may be cited several times in a text: it counts once per text.
  const seen = new Set<FactRelationship>();
  for (const c of curated) {
    if (seen.has(c.r)) continue;
    seen.add(c.r);
    t.curated += 1;
    const hit = curated.filter((o) => o.r === c.r).some((o) => analysis.proposals.some((p) => matches(p, o)));
    if (hit) t.found += 1;
    else if (showMisses) console.log(`  missed ${source.id} ${c.r.type} ${c.r.from} → ${c.r.to}`);
  }
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const row = (name: string, texts: number, t: Tally): string =>
  `| ${name} | ${texts} | ${t.proposals} | ${t.invalid} | ${t.matchedProposals} | ${pct(t.matchedProposals, t.proposals)} | ${t.curated} | ${t.found} | ${pct(t.found, t.curated)} | ${median(t.quoteLengths)} / ${Math.max(0, ...t.quoteLengths)} |`;
console.log(
  '| language | texts | proposals | not allowed by the domain | matching a curated fact | precision | curated | found | recall | quote length, median / max |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
const all: Tally = { proposals: 0, matchedProposals: 0, invalid: 0, curated: 0, found: 0, quoteLengths: [] };
for (const lang of ['th', 'en', 'zh']) {
  const t = tally(lang);
  all.proposals += t.proposals;
  all.matchedProposals += t.matchedProposals;
  all.invalid += t.invalid;
  all.curated += t.curated;
  all.found += t.found;
  all.quoteLengths.push(...t.quoteLengths);
  console.log(row(lang, sources.filter((s) => s.language === lang).length, t));
}
console.log(row('all', sources.length, all));
console.log(`analysis of all texts: ${totalMs.toFixed(0)} ms`);
