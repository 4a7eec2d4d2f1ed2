import type { EntityKind } from '../../../common/kinds.ts';
import { RELATIONSHIP_TYPES } from '../domain/relationshipTypes.ts';
import type { Mention, Proposal, ProposalType, Span } from './types.ts';

/** What the relationship rules read: the text, its mentions (sorted by start), clauses and paragraphs, and where proposals go. */
export interface RelationContext {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly clauses: readonly Span[];
  readonly paragraphs: readonly Span[];
  readonly proposals: Proposal[];
  /** For each mention, the mentions that contain it. */
  readonly containers: readonly (readonly number[])[];
}

/** A context for the rules; `mentions` must be sorted by start, longer first, and may nest but not cross. */
export function relationContext(
  text: string,
  mentions: readonly Mention[],
  clauses: readonly Span[],
  paragraphs: readonly Span[],
): RelationContext {
  const containers: number[][] = [];
  const open: number[] = [];
  mentions.forEach((m, i) => {
    while (open.length > 0 && (mentions[open[open.length - 1] as number] as Mention).end <= m.start) open.pop();
    containers.push(open.filter((o) => (mentions[o] as Mention).end >= m.end));
    open.push(i);
  });
  return { text, mentions, clauses, paragraphs, proposals: [], containers };
}

/** Index of the first item whose start is at or after an offset. */
function firstFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The clause that holds an offset (the whole text if none does). */
export function clauseAt(ctx: RelationContext, offset: number): Span {
  const i = firstFrom(ctx.clauses, offset + 1) - 1;
  const clause = ctx.clauses[i];
  return clause && offset < clause.end ? clause : { start: 0, end: ctx.text.length, text: ctx.text };
}

/** Indices of the mentions of the given kinds inside a span, in text order, outermost only. */
export function mentionsIn(ctx: RelationContext, span: { start: number; end: number }, kinds: readonly EntityKind[]): number[] {
  const out: number[] = [];
  for (let i = firstFrom(ctx.mentions, span.start); i < ctx.mentions.length; i += 1) {
    const m = ctx.mentions[i] as Mention;
    if (m.start >= span.end) break;
    if (m.end > span.end || !m.kind || !kinds.includes(m.kind)) continue;
    const nested = (ctx.containers[i] ?? []).some((o) => {
      const c = ctx.mentions[o] as Mention;
      return c.kind !== null && kinds.includes(c.kind) && c.end - c.start > m.end - m.start;
    });
    if (!nested) out.push(i);
  }
  return out;
}

/** The mention of one of the kinds nearest before an offset in the same paragraph, if any. */
export function nearestBefore(ctx: RelationContext, offset: number, kinds: readonly EntityKind[]): number | undefined {
  const paragraph = ctx.paragraphs.find((p) => p.start <= offset && offset <= p.end) ?? { start: 0, end: ctx.text.length };
  const found = mentionsIn(ctx, { start: paragraph.start, end: offset }, kinds);
  return found[found.length - 1];
}

/** The outermost mention that starts right after an offset (spaces and closing quotes allowed), if it is of one of the kinds. */
export function mentionAfter(ctx: RelationContext, offset: number, kinds: readonly EntityKind[], gap = 2): number | undefined {
  let best: number | undefined;
  for (let i = firstFrom(ctx.mentions, offset); i < ctx.mentions.length; i += 1) {
    const m = ctx.mentions[i] as Mention;
    if (m.start - offset > gap) break;
    // `“นวัตกรรมผ้าใยกล้วย” กลุ่ม…`: a closing quotation mark may stand between.
    if (!/^[\s”"」』）)]*$/u.test(ctx.text.slice(offset, m.start))) continue;
    if (!m.kind || !kinds.includes(m.kind)) continue;
    if (best === undefined || m.end > (ctx.mentions[best] as Mention).end) best = i;
  }
  return best;
}

/** Whether the domain allows a relationship of this type between mentions of these kinds. */
export function allowedBetween(type: ProposalType, from: Mention, to: Mention): boolean {
  const spec = RELATIONSHIP_TYPES[type];
  return (spec.from as readonly (string | null)[]).includes(from.kind) && (spec.to as readonly (string | null)[]).includes(to.kind);
}

/** Adds a proposal anchored to the clause holding `anchor`, once per type and pair, if the domain allows the ends' kinds. */
export function propose(
  ctx: RelationContext,
  type: ProposalType,
  from: number,
  to: number,
  anchor: number,
  rule: string,
  attributes: Record<string, string> = {},
): void {
  if (from === to || !allowedBetween(type, ctx.mentions[from] as Mention, ctx.mentions[to] as Mention)) return;
  if (ctx.proposals.some((p) => p.type === type && p.from === from && p.to === to)) return;
  ctx.proposals.push({ type, from, to, quote: clauseAt(ctx, anchor), rule, attributes });
}

/** Every match of a cue in the text, with its offset. */
export function cues(text: string, cue: RegExp): { start: number; end: number }[] {
  return [...text.matchAll(new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
