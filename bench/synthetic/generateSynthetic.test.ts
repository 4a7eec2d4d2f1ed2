import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Dataset, LoadedEntity, LoadedRelationship, LoadedSource } from '../../api/src/ingest/dataset.ts';
import { parseDatasetLine } from '../../api/src/ingest/datasetLine.ts';
import { validateDataset } from '../../api/src/ingest/check/validateDataset.ts';
import { generateSynthetic, SIZES } from './generateSynthetic.ts';

function generate(target: number, seed?: number) {
  const hash = createHash('sha256');
  const lines: string[] = [];
  const degree = new Map<string, number>();
  const counts = generateSynthetic({ target, ...(seed === undefined ? {} : { seed }) }, (line) => {
    const text = JSON.stringify(line);
    hash.update(text).update('\n');
    if (target <= SIZES.small) lines.push(text);
    if ('relationship' in line) {
      for (const end of [line.relationship.from, line.relationship.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
  });
  return { counts, lines, degree, hash: hash.digest('hex') };
}

/** The share of relationship ends held by the best-connected 1 % of nodes. */
function topShare(degree: Map<string, number>, nodes: number): number {
  const sorted = [...degree.values()].sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  return sorted.slice(0, Math.ceil(nodes / 100)).reduce((a, b) => a + b, 0) / total;
}

const small = generate(SIZES.small);

describe('generateSynthetic', () => {
  it('is deterministic: the same seed gives byte-identical output, another seed different output', () => {
    expect(generate(SIZES.small).hash).toBe(small.hash);
    expect(generate(SIZES.small, 7).hash).not.toBe(small.hash);
  });

  it('hits the size targets within 10 %, with skewed degrees (a few hubs, many leaves)', () => {
    const medium = generate(SIZES.medium);
    for (const [target, run] of [
      [SIZES.small, small],
      [SIZES.medium, medium],
    ] as const) {
      const elements = run.counts.nodes + run.counts.relationships;
      expect(Math.abs(elements - target) / target).toBeLessThan(0.1);
      expect(run.counts.nodes).toBe(run.counts.sources + run.counts.entities);
    }
    // With uniform degrees the top 1 % would hold about 1 % of the ends (a few % with noise).
    expect(topShare(small.degree, small.counts.nodes)).toBeGreaterThan(0.15);
    expect(topShare(medium.degree, medium.counts.nodes)).toBeGreaterThan(0.25);
  }, 60_000);

  it('writes only synthetic ids, and records that pass the import schema and the full validation', () => {
    const sources: LoadedSource[] = [];
    const entities: LoadedEntity[] = [];
    const relationships: LoadedRelationship[] = [];
    small.lines.forEach((text, i) => {
      const parsed = parseDatasetLine(text, 'small.ndjson', i + 1);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const { line } = parsed;
      const file = 'small.ndjson';
      if (line.kind === 'source') sources.push({ ...line.record, text: line.record.text ?? '', file });
      else {
        const citations = line.record.citations.map((c) => ({ ...c, source: c.source ?? '' }));
        if (line.kind === 'entity') entities.push({ ...line.record, citations, file });
        else relationships.push({ ...line.record, citations, file });
      }
    });
    for (const id of [...sources, ...entities].map((r) => r.id)) expect(id).toMatch(/^[a-z-]+:synthetic-/);
    expect(sources.every((s) => s.publisher?.startsWith('Synthetic'))).toBe(true);
    const dataset: Dataset = { sources, entities, relationships };
    expect(validateDataset(dataset)).toEqual([]);
    const kinds = new Set(entities.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['AGENCY', 'COMMITTEE', 'MEETING', 'PERSON', 'PLACE', 'PROGRAM', 'SITE', 'TOPIC', 'WORKING_GROUP']);
    expect(new Set(relationships.map((r) => r.type)).size).toBeGreaterThanOrEqual(18);
  });
});
