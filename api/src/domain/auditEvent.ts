import { randomUUID } from 'node:crypto';

/** The kinds of change the audit log records. */
export const AUDIT_ACTIONS = [
  'CREATE_ENTITY',
  'UPDATE_ENTITY',
  'DELETE_ENTITY',
  'LINK',
  'UNLINK',
  'IMPORT',
  'ADD_SOURCE',
  'REMEMBER_DECISIONS',
  'COMMIT_CHANGESET',
  'REVERT_CHANGESET',
  'REVERT',
] as const;

/** One kind of change. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One change as stored: who (the key's name and role), what, to which id, and when (ISO, UTC).
 * `before` and `after` are the record in the import format as JSON text (`null` when it did not
 * exist), because Neo4j stores no nested maps; events recorded before values were kept have none.
 */
export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly role: string;
  readonly action: AuditAction;
  readonly target: string;
  readonly summary: string;
  readonly before?: string | null;
  readonly after?: string | null;
  /** The changeset the change belongs to. */
  readonly changeset?: string | null;
  /** The event this one reverts. */
  readonly reverts?: string | null;
}

/** The values an event keeps besides who, what and when. */
export interface AuditValues {
  readonly before?: unknown;
  readonly after?: unknown;
  readonly changeset?: string;
  readonly reverts?: string;
}

/** A new audit event for a change made now by `actor`; `before`/`after` are stored as JSON when given. */
export function newAuditEvent(
  actor: { readonly name: string; readonly role: string },
  action: AuditAction,
  target: string,
  summary: string,
  values: AuditValues = {},
  now: Date = new Date(),
): AuditEvent {
  return {
    id: randomUUID(),
    at: now.toISOString(),
    actor: actor.name,
    role: actor.role,
    action,
    target,
    summary: summary.slice(0, 500),
    // JSON `null` (kept as the text "null") says the record did not exist; no property says no values were kept.
    ...('before' in values ? { before: JSON.stringify(values.before ?? null) } : {}),
    ...('after' in values ? { after: JSON.stringify(values.after ?? null) } : {}),
    ...(values.changeset ? { changeset: values.changeset } : {}),
    ...(values.reverts ? { reverts: values.reverts } : {}),
  };
}
