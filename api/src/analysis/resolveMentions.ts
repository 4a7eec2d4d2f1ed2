import type { Candidate, Mention, Span } from './types.ts';

const BLOCK = 64;
const inside = (a: Span | Mention, b: Span | Mention): boolean => b.start <= a.start && a.end <= b.end;
const crosses = (a: Span | Mention, b: Span | Mention): boolean => a.start < b.end && b.start < a.end && !inside(a, b) && !inside(b, a);

function mergeCandidates(into: readonly Candidate[], from: readonly Candidate[], factor: number, note: string): Candidate[] {
  const byId = new Map(into.map((c) => [c.entityId, c]));
  for (const c of from) {
    const scaled = {
      entityId: c.entityId,
      score: Math.round(c.score * factor * 1000) / 1000,
      reason: note ? `${note}: ${c.reason}` : c.reason,
    };
    if ((byId.get(c.entityId)?.score ?? -1) < scaled.score) byId.set(c.entityId, scaled);
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId));
}

/**
 * One list of mentions from the gazetteer and the rules: the longer of two crossing spans wins;
 * a span nested in one of another kind stays (a place inside an agency's name); one nested in a
 * span of its own kind gives it its candidates; the same span found twice is merged.
 */
export function resolveMentions(found: readonly Mention[]): Mention[] {
  const ranked = found
    .map((m, order) => ({ m, order }))
    .sort(
      (a, b) =>
        b.m.end - b.m.start - (a.m.end - a.m.start) ||
        (a.m.rule === 'gazetteer' ? -1 : 0) - (b.m.rule === 'gazetteer' ? -1 : 0) ||
        a.order - b.order,
    )
    .map(({ m }) => m);
  const kept: Mention[] = [];
  // Kept mentions by blocks of the text they touch, so each check reads only its neighbours.
  const blocks = new Map<number, number[]>();
  const near = (m: Span | Mention): number[] => {
    const out = new Set<number>();
    for (let b = Math.floor(m.start / BLOCK); b <= Math.floor((m.end - 1) / BLOCK); b += 1) for (const i of blocks.get(b) ?? []) out.add(i);
    return [...out];
  };
  for (const m of ranked) {
    const neighbours = near(m);
    if (neighbours.some((i) => crosses(m, kept[i] as Mention))) continue;
    const same = neighbours.find((i) => {
      const k = kept[i] as Mention;
      return k.start === m.start && k.end === m.end && (k.kind === m.kind || k.rule === 'gazetteer' || m.rule === 'gazetteer');
    });
    if (same !== undefined) {
      const k = kept[same] as Mention;
      const gazetteerFirst = k.rule === 'gazetteer' ? k : m.rule === 'gazetteer' ? m : null;
      kept[same] = {
        ...k,
        kind: gazetteerFirst && gazetteerFirst.candidates.length > 0 ? gazetteerFirst.kind : k.kind,
        candidates: mergeCandidates(k.candidates, m.candidates, 1, ''),
        rule: k.rule === m.rule ? k.rule : `${k.rule}; ${m.rule}`,
        attributes: { ...m.attributes, ...k.attributes },
      };
      continue;
    }
    // A parent printed at the head of its unit's name (`中国科学院` in `中国科学院昆明植物研究所`) stays, for the part-of rule.
    const container = m.attributes.parentInName
      ? undefined
      : neighbours.find((i) => inside(m, kept[i] as Mention) && (kept[i] as Mention).kind === m.kind);
    if (container !== undefined) {
      const k = kept[container] as Mention;
      if (m.candidates.length > 0)
        kept[container] = { ...k, candidates: mergeCandidates(k.candidates, m.candidates, 0.9, `contains "${m.text}"`) };
      continue;
    }
    const index = kept.push(m) - 1;
    for (let b = Math.floor(m.start / BLOCK); b <= Math.floor((m.end - 1) / BLOCK); b += 1) {
      const list = blocks.get(b);
      if (list) list.push(index);
      else blocks.set(b, [index]);
    }
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
