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
] as const;

/** One kind of change. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One change as stored: who (the key's name and role), what, to which id, and when (ISO, UTC). */
export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly role: string;
  readonly action: AuditAction;
  readonly target: string;
  readonly summary: string;
}

/** A new audit event for a change made now by `actor`. */
export function newAuditEvent(
  actor: { readonly name: string; readonly role: string },
  action: AuditAction,
  target: string,
  summary: string,
  now: Date = new Date(),
): AuditEvent {
  return { id: randomUUID(), at: now.toISOString(), actor: actor.name, role: actor.role, action, target, summary: summary.slice(0, 500) };
}
