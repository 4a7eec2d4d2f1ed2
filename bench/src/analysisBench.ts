/**
 * The analysis benchmark: `analyzeText` on a 10,000-character article against a generated
 * gazetteer of 100,000 names, and the time to build and refresh that gazetteer. Run with
 * `node bench/src/analysisBench.ts [--runs 25]`; prints a table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS } from '../../common/kinds.ts';
import { LANGS, type Lang } from '../../common/langs.ts';
import { createRandom, type Random } from '../../common/random.ts';
import { analyzeText, buildGazetteer, type GazetteerEntry } from '../../api/src/analysis/index.ts';
import { REPO_ROOT } from '../../api/src/config.ts';
import { median } from './stats.ts';

const NAMES = 100_000;
const ARTICLE_CHARS = 10_000;
const TARGET_MS = 100;
const runsArg = process.argv.indexOf('--runs');
const RUNS = Math.max(20, runsArg > 0 ? Number(process.argv[runsArg + 1]) : 25);

const THAI_SYLLABLES = ['สม', 'ชัย', 'ศรี', 'วิ', 'ทย', 'ประ', 'เสริฐ', 'กิจ', 'พงษ์', 'นิ', 'รันดร์', 'สุ', 'ข', 'ธนา', 'กร', 'วงศ์'];
const EN_WORDS = ['Lattice', 'Harbor', 'Quantum', 'Delta', 'Northern', 'Rural', 'Maritime', 'Applied', 'Orbital', 'Coastal'];
const EN_TAILS = ['Institute', 'Centre', 'Agency', 'Council', 'Laboratory', 'Foundation', 'Programme', 'Office'];
const HAN = [...'国家科学技术研究院中心农业海洋能源信息工程大学发展合作委员会'];
const KINDS = ENTITY_KINDS.filter((k) => k !== 'SOURCE');

function thaiName(r: Random): string {
  const word = () => Array.from({ length: r.int(2, 3) }, () => r.pick(THAI_SYLLABLES)).join('');
  return `${word()} ${word()}`;
}

/** One name per entity, in Thai, English and Chinese in turn: `count` names in all. */
function generateEntries(count: number, seed: number): GazetteerEntry[] {
  const r = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const lang = LANGS[i % LANGS.length] as Lang;
    const name =
      lang === 'th'
        ? thaiName(r)
        : lang === 'en'
          ? `${r.pick(EN_WORDS)} ${r.pick(EN_WORDS)} ${r.pick(EN_TAILS)} ${i}`
          : Array.from({ length: r.int(4, 8) }, () => r.pick(HAN)).join('');
    return { entityId: `bench:${i}`, kind: KINDS[i % KINDS.length] as GazetteerEntry['kind'], names: { [lang]: name }, aliases: [] };
  });
}

/** The seed article in Thai, repeated to the size wanted, with a generated name every ~400 characters. */
function buildArticle(entries: readonly GazetteerEntry[], r: Random): string {
  const seed = readFileSync(path.join(REPO_ROOT, 'data/seed/sources/pmua-thai-china-poverty-2023.th.txt'), 'utf8');
  let text = '';
  let offset = 0;
  while (text.length < ARTICLE_CHARS) {
    const piece = seed.slice(offset, offset + 400);
    offset = (offset + 400) % seed.length;
    const names = r.pick(entries).names;
    text += `${piece} ${names.th ?? names.en ?? names.zh} `;
  }
  return text.slice(0, ARTICLE_CHARS);
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const entries = generateEntries(NAMES, 42);
const builds = Array.from({ length: 3 }, () => time(() => buildGazetteer(entries)));
const gazetteer = builds[0]!.value;
const article = buildArticle(entries, createRandom(7));

for (let i = 0; i < 3; i++) analyzeText(article, { gazetteer, language: 'th' });
const runs = Array.from({ length: RUNS }, () => time(() => analyzeText(article, { gazetteer, language: 'th' })));
const analysis = runs[0]!.value;
const runMs = runs.map((r) => r.ms);

// A refresh after an edit: the server rebuilds from the graph (the build above, plus the query);
// the gazetteer can also take the changed entities in place, which this measures.
const added = generateEntries(100, 99).map((e) => ({ ...e, entityId: `${e.entityId}-new` }));
const addMs = time(() => added.forEach((e) => gazetteer.add(e))).ms;
const afterAdd = time(() => analyzeText(article, { gazetteer, language: 'th' })).ms;
const removeMs = time(() => added.forEach((e) => gazetteer.remove(e.entityId))).ms;

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const rows: [string, string][] = [
  ['names in the gazetteer', `${NAMES.toLocaleString('en')} (${gazetteer.size.toLocaleString('en')} entities)`],
  ['article', `${article.length.toLocaleString('en')} characters (Thai, with generated names)`],
  ['found', `${analysis.mentions.length} mentions, ${analysis.dates.length} dates, ${analysis.proposals.length} proposals`],
  [`analyzeText, median of ${RUNS}`, fmt(median(runMs))],
  [`analyzeText, p95 of ${RUNS}`, `${fmt(percentile(runMs, 95))} (target ≤ ${TARGET_MS} ms)`],
  ['build the gazetteer (full rebuild)', `${fmt(median(builds.map((b) => b.ms)))} median of ${builds.length}`],
  ['refresh in place: add 100 entities', fmt(addMs)],
  ['first analysis after the add', fmt(afterAdd)],
  ['remove the 100 entities', fmt(removeMs)],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`Analysis benchmark (Node ${process.version})\n`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
const p95 = percentile(runMs, 95);
console.log(`\n${p95 <= TARGET_MS ? 'Within' : 'Over'} the target: p95 ${fmt(p95)} against ${TARGET_MS} ms.`);
