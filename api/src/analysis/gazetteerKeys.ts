import { LANGS } from '../../../common/langs.ts';
import { normalizeName } from './normalizeText.ts';
import { romanizeChineseName } from './romanizeChineseName.ts';
import type { GazetteerEntry } from './types.ts';

/** How a gazetteer key was derived from an entity's names. */
export type KeyForm = 'name' | 'alias' | 'romanised';

/** One normalised key of an entity, with the name it came from. */
export interface GazetteerKey {
  readonly key: string;
  readonly entityId: string;
  readonly kind: GazetteerEntry['kind'];
  /** The name or alias as the graph holds it (or the romanisation derived from it). */
  readonly name: string;
  /** `names.th`, `aliases`, `names.zh`… */
  readonly field: string;
  readonly form: KeyForm;
}

// Keys this short match too much of any text to be worth proposing.
const MIN_KEY_LENGTH = 2;

/** The normalised keys under which the gazetteer finds an entity: its names, its aliases, and the romanisations of a Chinese personal name. */
export function gazetteerKeys(entry: GazetteerEntry): GazetteerKey[] {
  const keys: GazetteerKey[] = [];
  const seen = new Set<string>();
  const push = (name: string, field: string, form: KeyForm): void => {
    const key = normalizeName(name);
    if (key.length < MIN_KEY_LENGTH || seen.has(key)) return;
    seen.add(key);
    keys.push({ key, entityId: entry.entityId, kind: entry.kind, name, field, form });
  };
  for (const lang of LANGS) {
    const name = entry.names[lang];
    if (name) push(name, `names.${lang}`, 'name');
  }
  for (const alias of entry.aliases) push(alias, 'aliases', 'alias');
  if (entry.kind === 'PERSON') {
    const chinese = [entry.names.zh, ...entry.aliases].filter((n): n is string => Boolean(n));
    for (const name of chinese) for (const roman of romanizeChineseName(name)) push(roman, `pinyin of ${name}`, 'romanised');
  }
  return keys;
}
