/** The field of the import format that a stored property holds: `name_en` → `names.en`, `attr_x_th` → `attributes.x`. */
function fieldOf(stored: string): string | null {
  if (stored === 'searchKeys' || stored === 'text') return null; // derived from names, or not part of an entity
  if (stored.startsWith('cite')) return 'citations';
  const name = /^name_(th|en|zh)$/.exec(stored);
  if (name) return `names.${name[1]}`;
  const attr = /^attr_(.+?)(_(th|en|zh))?$/.exec(stored);
  if (attr) return `attributes.${attr[1]}`;
  return stored;
}

/** The fields (as the import format names them) whose stored values differ between two versions, sorted. */
export function changedFields(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string[] {
  const changed = new Set<string>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const field = fieldOf(key);
    if (field && JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changed.add(field);
  }
  return [...changed].sort();
}
