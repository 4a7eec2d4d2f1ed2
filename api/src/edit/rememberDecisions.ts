import { decisionKey, type MentionAction, type RememberedDecision } from '../analysis/index.ts';
import type { Principal } from '../auth/apiKeys.ts';
import type { Executor } from '../db/executor.ts';
import { newAuditEvent } from '../domain/auditEvent.ts';
import { InvalidInput, type InputIssue } from '../errors.ts';

/** One decision as sent by the review page. */
export interface MentionDecisionInput {
  readonly text: string;
  readonly kind?: string | null;
  readonly context: string;
  readonly action: MentionAction;
  readonly entity?: string | null;
}

// A review commits the decisions of one document; more than this is not one review.
const MAX_DECISIONS = 1000;

/** Checks what can be checked without the database; every problem, named by its place in the list. */
function inputIssues(decisions: readonly MentionDecisionInput[]): InputIssue[] {
  const issues: InputIssue[] = [];
  if (decisions.length > MAX_DECISIONS)
    issues.push({ field: 'decisions', message: `at most ${MAX_DECISIONS} at once; got ${decisions.length}` });
  decisions.forEach((d, i) => {
    const field = `decisions[${i}]`;
    if (!d.text.trim() || d.text.length > 300)
      issues.push({ field: `${field}.text`, message: 'give the name as printed, 1 to 300 characters' });
    if (!d.context.trim() || d.context.length > 300)
      issues.push({ field: `${field}.context`, message: 'give the mention’s `context` as analyzeText gave it' });
    if (d.action === 'NOT_ENTITY' && d.entity)
      issues.push({ field: `${field}.entity`, message: 'a NOT_ENTITY decision names no entity; leave it out' });
    if (d.action !== 'NOT_ENTITY' && !d.entity)
      issues.push({ field: `${field}.entity`, message: `a ${d.action} decision names the entity; give its id` });
  });
  return issues;
}

/**
 * Stores review decisions about mentions with who and when, one per normalised name, kind and
 * context (a later one replaces an earlier one), in one transaction with its audit record. The
 * source and every entity named must exist. The audit record moves the graph's stamp, so each
 * process's gazetteer is rebuilt with the names linked (`graph/graphGazetteer.ts`).
 */
export async function rememberDecisions(
  db: Executor,
  actor: Principal,
  sourceId: string,
  decisions: readonly MentionDecisionInput[],
  now: Date = new Date(),
): Promise<number> {
  const issues = inputIssues(decisions);
  if (issues.length > 0) throw new InvalidInput('The decisions', issues);
  const ids = [...new Set([sourceId, ...decisions.flatMap((d) => (d.entity ? [d.entity] : []))])];
  const decidedAt = now.toISOString();
  const rows = new Map<string, RememberedDecision>();
  for (const d of decisions) {
    const { key, nameKey, kind } = decisionKey(d.text.trim(), d.kind ?? null, d.context.trim());
    rows.set(key, {
      key,
      nameKey,
      kind,
      context: d.context.trim(),
      text: d.text.trim(),
      action: d.action,
      entityId: d.entity ?? null,
      decidedBy: actor.name,
      decidedAt,
      sourceId,
    });
  }
  return db.writeTransaction(async (tx) => {
    const existing = new Map((await tx.run('existingEntities', { ids })).map((r) => [r.id, r.kind]));
    const missing: InputIssue[] = [];
    if (existing.get(sourceId) !== 'SOURCE')
      missing.push({ field: 'source', message: `"${sourceId}" is not a source in the graph; add it first (addSource)` });
    decisions.forEach((d, i) => {
      if (d.entity && !existing.has(d.entity))
        missing.push({ field: `decisions[${i}].entity`, message: `there is no entity "${d.entity}"` });
    });
    if (missing.length > 0) throw new InvalidInput('The decisions', missing);
    const [written] = await tx.run('rememberDecisions', { decisions: [...rows.values()] });
    const count = (a: MentionAction) => [...rows.values()].filter((r) => r.action === a).length;
    const summary = `${rows.size} decision(s): ${count('LINK')} linked, ${count('NEW_ENTITY')} created, ${count('NOT_ENTITY')} not an entity`;
    await tx.run('recordAudit', { event: newAuditEvent(actor, 'REMEMBER_DECISIONS', sourceId, summary, {}, now) });
    return Number(written?.written ?? 0);
  });
}
