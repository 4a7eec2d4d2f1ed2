import { LANGS } from '../../../common/langs.ts';
import { SOURCE_FIELDS, type StoredEntity } from '../db/storedProps.ts';

/** Fields named as they are; a source's text is no field of an entity. */
const PLAIN_FIELDS = ['id', 'kind', 'aliases', 'country', ...SOURCE_FIELDS.filter((f) => f !== 'text')] as const;

const differ = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);

/** The fields (as the import format names them: `names.en`, `attributes.x`, `citations`) that differ between two versions, sorted. */
export function changedFields(before: StoredEntity, after: StoredEntity): string[] {
  const changed = new Set<string>();
  for (const field of PLAIN_FIELDS) if (differ(before[field], after[field])) changed.add(field);
  for (const lang of LANGS) if (differ(before.names[lang], after.names[lang])) changed.add(`names.${lang}`);
  for (const key of new Set([...Object.keys(before.attributes), ...Object.keys(after.attributes)])) {
    if (differ(before.attributes[key], after.attributes[key])) changed.add(`attributes.${key}`);
  }
  if (differ(before.citations, after.citations)) changed.add('citations');
  return [...changed].sort();
}
