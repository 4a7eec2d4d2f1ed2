import { normalizeName } from './normalizeText.ts';
import { positionAt } from './positionAt.ts';
import type { Candidate, Mention, RememberedDecision, TextAnalysis } from './types.ts';

/**
 * The kind of context a decision about a mention is remembered for: the title of office printed
 * beside the name (`title:<normalised title>`), or `none`. A name beside the same title is taken
 * to be the same one; rule names are not used, since a name linked once is found by the
 * gazetteer the next time rather than by the rule that first found it.
 */
export function mentionContext(text: string, mention: Pick<Mention, 'end' | 'attributes'>): string {
  const title = mention.attributes.position ?? positionAt(text, mention.end)?.text;
  const key = title ? normalizeName(title) : '';
  return key ? `title:${key}` : 'none';
}

/** The key decisions are stored and looked up under: normalised name, kind and context. */
export function decisionKey(name: string, kind: string | null, context: string): { key: string; nameKey: string; kind: string } {
  const nameKey = normalizeName(name);
  const k = kind ?? 'NONE';
  return { key: `${nameKey}|${k}|${context}`, nameKey, kind: k };
}

/** The normalised names of an analysis's mentions, to look their decisions up by. */
export function mentionNameKeys(analysis: Pick<TextAnalysis, 'mentions'>): string[] {
  return [...new Set(analysis.mentions.map((m) => normalizeName(m.text)).filter(Boolean))];
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * Sets each mention's context and, where a decision is remembered for its name and kind, the
 * decision: one made in the same context first, else the newest made in another. A remembered
 * link puts its entity first among the candidates, with a reason saying who decided and when
 * (score 1 in the same context, 0.9 in another); a "not an entity" decision only marks the mention.
 */
export function applyDecisions(text: string, analysis: TextAnalysis, decisions: readonly RememberedDecision[]): TextAnalysis {
  const newestFirst = [...decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt) || a.key.localeCompare(b.key));
  const mentions = analysis.mentions.map((m): Mention => {
    const context = mentionContext(text, m);
    const { nameKey, kind } = decisionKey(m.text, m.kind, context);
    const forName = newestFirst.filter((d) => d.nameKey === nameKey && d.kind === kind);
    const same = forName.find((d) => d.context === context);
    const found = same ?? forName[0];
    if (!found) return { ...m, context };
    const decision = { ...found, sameContext: Boolean(same) };
    if (found.action === 'NOT_ENTITY' || !found.entityId) return { ...m, context, decision };
    const verb = found.action === 'LINK' ? 'linked' : 'created';
    const where = same ? 'in the same context' : `in another context (${found.context})`;
    const remembered: Candidate = {
      entityId: found.entityId,
      score: same ? 1 : 0.9,
      reason: `remembered: ${verb} by ${found.decidedBy} on ${day(found.decidedAt)} ${where}`,
    };
    const others = m.candidates.filter((c) => c.entityId !== found.entityId);
    return { ...m, context, decision, candidates: [remembered, ...others] };
  });
  return { ...analysis, mentions };
}
