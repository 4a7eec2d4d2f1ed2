import type { EntityKind } from '../../../common/kinds.ts';
import type { Mention, Proposal, ProposalType, Span } from './types.ts';

/** What the relationship rules read: the text, its mentions, clauses and paragraphs, and where proposals go. */
export interface RelationContext {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly clauses: readonly Span[];
  readonly paragraphs: readonly Span[];
  readonly proposals: Proposal[];
}

/** The clause that holds an offset (the whole text if none does). */
export function clauseAt(ctx: RelationContext, offset: number): Span {
  return ctx.clauses.find((c) => c.start <= offset && offset < c.end) ?? { start: 0, end: ctx.text.length, text: ctx.text };
}

/** Indices of the mentions of the given kinds inside a span, in text order, outermost only. */
export function mentionsIn(ctx: RelationContext, span: { start: number; end: number }, kinds: readonly EntityKind[]): number[] {
  const out: number[] = [];
  ctx.mentions.forEach((m, i) => {
    if (m.start < span.start || m.end > span.end || !m.kind || !kinds.includes(m.kind)) return;
    const nested = ctx.mentions.some(
      (o, j) =>
        j !== i && o.kind !== null && kinds.includes(o.kind) && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start,
    );
    if (!nested) out.push(i);
  });
  return out;
}

/** The mention of one of the kinds nearest before an offset in the same paragraph, if any. */
export function nearestBefore(ctx: RelationContext, offset: number, kinds: readonly EntityKind[]): number | undefined {
  const paragraph = ctx.paragraphs.find((p) => p.start <= offset && offset <= p.end) ?? { start: 0, end: ctx.text.length };
  const found = mentionsIn(ctx, { start: paragraph.start, end: offset }, kinds);
  return found[found.length - 1];
}

/** The outermost mention that starts right after an offset (spaces allowed), if it is of one of the kinds. */
export function mentionAfter(ctx: RelationContext, offset: number, kinds: readonly EntityKind[], gap = 2): number | undefined {
  let best: number | undefined;
  ctx.mentions.forEach((m, i) => {
    // Spaces and closing quotation marks may stand between (`“นวัตกรรมผ้าใยกล้วย” กลุ่ม…`).
    if (m.start < offset || m.start - offset > gap || !/^[\s”"」』）)]*$/u.test(ctx.text.slice(offset, m.start))) return;
    if (!m.kind || !kinds.includes(m.kind)) return;
    if (best === undefined || m.end > (ctx.mentions[best] as Mention).end) best = i;
  });
  return best;
}

/** Adds a proposal anchored to the clause holding `anchor`, once per type, pair and rule. */
export function propose(
  ctx: RelationContext,
  type: ProposalType,
  from: number,
  to: number,
  anchor: number,
  rule: string,
  attributes: Record<string, string> = {},
): void {
  if (from === to) return;
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
