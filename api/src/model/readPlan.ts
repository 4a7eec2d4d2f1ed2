import type { EntityKind } from '../../../common/kinds.ts';
import type { AttributeForm, EntityPart } from '../db/storedProps.ts';

export type { EntityPart };

/** An attribute a field reads, and in which form: one value, text in several languages, or either. */
export interface AttributeRead {
  readonly key: string;
  readonly form: AttributeForm;
}
import type { RelationshipType } from '../domain/relationshipTypes.ts';

/** The direction a relationship is followed in, from the entity that has the field. */
export type LinkDirection = 'OUT' | 'IN';

/** What to read of an entity: the parts a request selected, nested relationship fields included. */
export interface EntityPlan {
  /** Whether a selected field reads more than `parts`: then every stored property is read. */
  properties: boolean;
  /** The parts the selected fields read, when not every property is (`name` reads every name, the aliases and a title). */
  parts: EntityPart[];
  /** The full text of a source (`Source.text`). */
  text: boolean;
  /** Its citations (`citations`); when not selected, its stored quotes are left out of the row. */
  citations: boolean;
  /** The sources of its citations (`citations { source }`). */
  sources: boolean;
  /** Its relationships to read, one entry per direction and type, in the order first selected. */
  links: LinkPlan[];
}

/** One direction and type of relationship of an entity, and what to read at the other end. */
export interface LinkPlan {
  readonly dir: LinkDirection;
  readonly type: RelationshipType;
  /** The kinds whose fields ask for it (the list is read only for those), or null for all. */
  kinds: EntityKind[] | null;
  /** Whether a selected field reads more of the relationships than their id, type, ends and `attributes`. */
  properties: boolean;
  /** The attributes the selection reads (`side`, `role`, `title`), when not every property is read. */
  attributes: AttributeRead[];
  /** The relationships' citations; when not selected, their stored quotes are left out of the rows. */
  citations: boolean;
  /** The sources of the relationships' citations. */
  sources: boolean;
  /** What to read of the entity at the other end. */
  readonly entity: EntityPlan;
}

/** An empty plan: the entity's own properties only. */
export function emptyEntityPlan(): EntityPlan {
  return { properties: false, parts: [], text: false, citations: false, sources: false, links: [] };
}

/** The key of one direction and type of relationship, as read plans and entity models name it. */
export function linkKey(dir: LinkDirection, type: string): string {
  return `${dir}:${type}`;
}
