import type { MentionAction, RememberedDecision } from '../analysis/index.ts';
import type { Executor } from '../db/executor.ts';

const ACTIONS = new Set<string>(['LINK', 'NEW_ENTITY', 'NOT_ENTITY']);

/** A stored `MentionDecision` as a remembered decision; null for a row that is not one. */
export function toRememberedDecision(raw: unknown): RememberedDecision | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const str = (k: string): string => (typeof r[k] === 'string' ? (r[k] as string) : '');
  if (!str('key') || !ACTIONS.has(str('action'))) return null;
  return {
    key: str('key'),
    nameKey: str('nameKey'),
    kind: str('kind'),
    context: str('context'),
    text: str('text'),
    action: str('action') as MentionAction,
    entityId: str('entityId') || null,
    decidedBy: str('decidedBy'),
    decidedAt: str('decidedAt'),
    sourceId: str('sourceId') || null,
  };
}

/** The remembered decisions for some normalised names, in one query; none asked, none read. */
export async function loadDecisions(db: Executor, nameKeys: readonly string[]): Promise<RememberedDecision[]> {
  if (nameKeys.length === 0) return [];
  const rows = await db.read('mentionDecisions', { nameKeys: [...nameKeys] });
  return rows.map((row) => toRememberedDecision(row.decision)).filter((d): d is RememberedDecision => d !== null);
}
