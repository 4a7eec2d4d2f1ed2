import type { z } from 'zod';
import { rawRecordLabel } from './dataset.ts';
import { formatPath, type Result } from './datasetIssue.ts';
import {
  entitySchema,
  type EntityRecord,
  relationshipSchema,
  type RelationshipRecord,
  sourceSchema,
  type SourceRecord,
} from './datasetSchema.ts';

/** One line of a JSON Lines dataset as written: exactly one source, entity or relationship. */
export type DatasetLineInput =
  | { source: z.input<typeof sourceSchema> }
  | { entity: z.input<typeof entitySchema> }
  | { relationship: z.input<typeof relationshipSchema> };

/** One line after the schema check, with defaults filled in. */
export type DatasetLine =
  | { readonly kind: 'source'; readonly record: SourceRecord }
  | { readonly kind: 'entity'; readonly record: EntityRecord }
  | { readonly kind: 'relationship'; readonly record: RelationshipRecord };

/** The kind of record a line holds. */
export type LineKind = DatasetLine['kind'];

const SCHEMAS = { source: sourceSchema, entity: entitySchema, relationship: relationshipSchema } as const;
const KINDS = Object.keys(SCHEMAS) as LineKind[];

/** Parses and schema-checks one line; problems name the file, line, record id and field. */
export function parseDatasetLine(text: string, file: string, line: number): Result<{ line: DatasetLine }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ file, line, message: `is not valid JSON: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const keys = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
  const kind = keys[0] as LineKind;
  if (keys.length !== 1 || !KINDS.includes(kind)) {
    return {
      ok: false,
      issues: [{ file, line, message: 'a line holds one object with exactly one key: "source", "entity" or "relationship"' }],
    };
  }
  const value = (raw as Record<string, unknown>)[kind];
  const parsed = SCHEMAS[kind].safeParse(value);
  if (!parsed.success) {
    const id = rawRecordLabel(value);
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        file,
        line,
        ...(id ? { id } : {}),
        field: formatPath(issue.path) || '(record)',
        message: issue.message,
      })),
    };
  }
  return { ok: true, line: { kind, record: parsed.data } as DatasetLine };
}

/** Which kind of record a line holds, from its first key, without parsing it (undefined if unclear). */
export function lineKindOf(text: string): LineKind | undefined {
  const m = /^\s*\{\s*"(source|entity|relationship)"\s*:/.exec(text);
  return m ? (m[1] as LineKind) : undefined;
}
