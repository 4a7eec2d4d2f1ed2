import type { DatasetLine } from '../datasetLine.ts';
import type { AttributeValue, EntityRecord, RelationshipRecord, SourceRecord } from '../datasetSchema.ts';

/** The fields each record may have; a test keeps them equal to the schema's, so that a new field is not missed here. */
export const NORMALIZED_FIELDS = {
  source: ['id', 'title', 'language', 'date', 'datePrinted', 'publisher', 'thread', 'url', 'note', 'text', 'textFile'],
  entity: ['id', 'kind', 'names', 'aliases', 'country', 'attributes', 'citations'],
  relationship: ['type', 'from', 'to', 'key', 'attributes', 'citations'],
  citation: ['source', 'quote', 'about'],
} as const;

type Raw = Record<string, unknown>;
const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

function trimmedText(value: unknown): Raw {
  const out: Raw = {};
  for (const lang in value as Raw) out[lang] = trim((value as Raw)[lang]);
  return out;
}

function attributes(value: unknown): Record<string, AttributeValue> {
  const out: Raw = {};
  for (const key in (value ?? {}) as Raw) {
    const v = (value as Raw)[key];
    out[key] = v !== null && typeof v === 'object' ? trimmedText(v) : trim(v);
  }
  return out as Record<string, AttributeValue>;
}

/**
 * Turns a parsed line that already passed the schema check into the line `parseDatasetLine` would
 * have produced (strings trimmed, defaults filled in), without checking it again: the write
 * pass of a streamed import reads every line a second time, and running the schema twice was a
 * large share of its time. Only for lines the check pass accepted; a test compares it with the
 * schema on every kind of field.
 */
export function normalizeCheckedLine(raw: Raw): DatasetLine {
  if (raw.entity) {
    const e = raw.entity as Raw;
    return {
      kind: 'entity',
      record: {
        ...(e as unknown as EntityRecord),
        names: trimmedText(e.names),
        aliases: ((e.aliases as string[] | undefined) ?? []).map((a) => a.trim()),
        attributes: attributes(e.attributes),
      },
    };
  }
  if (raw.relationship) {
    const r = raw.relationship as Raw;
    return { kind: 'relationship', record: { ...(r as unknown as RelationshipRecord), attributes: attributes(r.attributes) } };
  }
  const s = raw.source as Raw;
  const out: Raw = { ...s, title: trim(s.title) };
  for (const key of ['date', 'datePrinted', 'publisher', 'thread', 'note', 'textFile'] as const)
    if (s[key] !== undefined) out[key] = trim(s[key]);
  return { kind: 'source', record: out as unknown as SourceRecord };
}
