import { type EntityKind, idPrefixOf } from '../../../common/kinds.ts';

/** A span of the document's text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A mention as the review page uses it (from `analyzeText`). */
export interface ReviewMention extends TextSpan {
  readonly kind: EntityKind | null;
  readonly context: string;
}

/** A new entity the review creates. */
export interface NewEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly names: { th?: string; en?: string; zh?: string };
}

/** What the reviewer decided about one mention. */
export type MentionChoice =
  | { readonly action: 'LINK'; readonly entityId: string }
  | { readonly action: 'NEW_ENTITY'; readonly entity: NewEntity }
  | { readonly action: 'NOT_ENTITY' };

/** A relationship to write: a proposal accepted (maybe edited), or a fact typed by hand; ends are mention indexes or entity ids. */
export interface ReviewedFact {
  readonly type: string;
  readonly from: number | string;
  readonly to: number | string;
  readonly quote: TextSpan;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** The language a name is printed in, by its script. */
export function scriptLang(name: string): 'th' | 'zh' | 'en' {
  if (/\p{Script=Thai}/u.test(name)) return 'th';
  if (/\p{Script=Han}/u.test(name)) return 'zh';
  return 'en';
}

/** A readable id for a new entity: its kind's prefix and a slug of a Latin name, or of the name's code points when it has none. */
export function suggestId(kind: EntityKind, name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length >= 2) return `${idPrefixOf(kind)}:${slug.slice(0, 60)}`;
  // FNV-1a over the name: the same name always gets the same id.
  let hash = 0x811c9dc5;
  for (const ch of name) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `${idPrefixOf(kind)}:n-${hash.toString(16).padStart(8, '0')}`;
}

/** The entity a mention stands for once decided: the one linked or created; null while undecided or not an entity. */
export function entityOfChoice(choice: MentionChoice | undefined): string | null {
  if (!choice) return null;
  if (choice.action === 'LINK') return choice.entityId;
  if (choice.action === 'NEW_ENTITY') return choice.entity.id;
  return null;
}

/** The changeset a review commits, or the problems that stop it (each naming what to do). */
export function buildChangeset(
  source: string,
  mentions: readonly ReviewMention[],
  choices: ReadonlyMap<number, MentionChoice>,
  facts: readonly ReviewedFact[],
  note: string,
): { input: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const entities = [...choices.entries()].flatMap(([i, c]) => {
    if (c.action !== 'NEW_ENTITY') return [];
    const m = mentions[i];
    return [{ id: c.entity.id, kind: c.entity.kind, names: c.entity.names, citations: [{ source, quote: m?.text ?? '' }] }];
  });
  const end = (e: number | string, which: string, type: string): string | null => {
    if (typeof e === 'string') return e;
    const id = entityOfChoice(choices.get(e));
    if (!id)
      problems.push(`${type}: decide what “${mentions[e]?.text ?? '?'}” (the ${which}) is — link it or create it — before accepting.`);
    return id;
  };
  const relationships = facts.flatMap((f) => {
    const from = end(f.from, 'subject', f.type);
    const to = end(f.to, 'object', f.type);
    if (!from || !to) return [];
    const attributes = Object.keys(f.attributes).length ? { attributes: f.attributes } : {};
    return [{ type: f.type, from, to, ...attributes, citations: [{ source, quote: f.quote.text }] }];
  });
  if (entities.length + relationships.length === 0 && problems.length === 0)
    problems.push('Nothing to commit: create an entity or accept a relationship first.');
  return { input: { source, ...(note.trim() ? { note: note.trim() } : {}), entities, relationships }, problems };
}

/** The decisions the review remembers: one per decided mention. */
export function buildDecisions(mentions: readonly ReviewMention[], choices: ReadonlyMap<number, MentionChoice>) {
  return [...choices.entries()].flatMap(([i, c]) => {
    const m = mentions[i];
    if (!m) return [];
    const entity = entityOfChoice(c);
    return [{ text: m.text, kind: m.kind, context: m.context, action: c.action, ...(entity ? { entity } : {}) }];
  });
}

/** A document read from a file the reviewer opened: what fills the form. */
export interface OpenedDocument {
  readonly title: string;
  readonly text: string;
  readonly language: 'th' | 'en' | 'zh' | null;
}

/**
 * Reads a file opened on the review page: a plain text, or a pending review written by the batch
 * command (`npm run analyze -- <folder> --out <dir>`), whose text and language it takes (the
 * analysis is run again on adding, against the graph as it is now). The title is the file's name
 * without its extension, to be corrected by hand. Returns a message naming the problem otherwise.
 */
export function documentFromFile(fileName: string, content: string): OpenedDocument | string {
  const base = fileName.replace(/\.[^.]+$/, '');
  if (!/\.json$/i.test(fileName)) {
    return content.trim() ? { title: base, text: content, language: null } : `${fileName} is empty.`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return `${fileName} is not JSON; open a .txt file or a pending review from npm run analyze -- <folder> --out <dir>.`;
  }
  const review = parsed as { status?: unknown; sourceFile?: unknown; language?: unknown; text?: unknown };
  if (review.status !== 'pending' || typeof review.text !== 'string' || review.text.trim() === '') {
    return `${fileName} is not a pending review (it needs "status": "pending" and the "text"); open a .txt file or a file written by npm run analyze -- <folder> --out <dir>.`;
  }
  const language = review.language === 'th' || review.language === 'en' || review.language === 'zh' ? review.language : null;
  const title = typeof review.sourceFile === 'string' ? review.sourceFile.replace(/\.[^.]+$/, '') : base;
  return { title, text: review.text, language };
}
