import { z } from 'zod';
import { entityIdSchema, entitySchema, relationshipSchema } from '../ingest/datasetSchema.ts';

/** The most items one changeset may hold: a review of one document, not a bulk import. */
export const MAX_CHANGESET_ITEMS = 1_000;

/** A changeset as submitted: the items reviewed from one source, in the import format. */
export const changesetInputSchema = z.strictObject({
  source: entityIdSchema.refine((id) => id.startsWith('source:'), 'name the source (document) the items were read from, "source:…"'),
  note: z.string().trim().max(500, 'keep the note under 500 characters').optional(),
  entities: z.array(entitySchema).default([]),
  updates: z.array(entitySchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
});

/** A changeset input, checked. */
export type ChangesetInput = z.output<typeof changesetInputSchema>;

/** A changeset as stored: who committed it from which source, and the ids it wrote. */
export interface ChangesetRecord {
  readonly id: string;
  readonly source: string;
  readonly note?: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revertedBy?: string | null;
  readonly revertedAt?: string | null;
  readonly revertReason?: string | null;
  /** Ids of the entities it created. */
  readonly created: readonly string[];
  /** Ids of the existing entities it replaced. */
  readonly updated: readonly string[];
  /** Stable ids of the relationships it created or replaced. */
  readonly relationships: readonly string[];
}
