import { parse } from 'yaml';
import type { SourceInput } from '../edit/addSource.ts';
import { guessLanguage } from './pendingReview.ts';

/** A document file read: the source to add, or what is wrong with its metadata. */
export type DocumentFile =
  { readonly ok: true; readonly input: SourceInput } | { readonly ok: false; readonly problems: readonly string[] };

const FIELDS = ['title', 'url', 'publisher', 'date', 'language', 'note', 'id'] as const;
// `---` on the first line, YAML, then `---` on a line of its own: the text starts after it.
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads the metadata of a document: a mapping of the known fields, each a string; every problem named. */
function readMetadata(yamlText: string, where: string): { fields: Partial<Record<(typeof FIELDS)[number], string>>; problems: string[] } {
  let value: unknown;
  try {
    value = parse(yamlText);
  } catch (error) {
    return { fields: {}, problems: [`${where}: not valid YAML (${(error as Error).message.split('\n')[0]})`] };
  }
  if (value === null || value === undefined) return { fields: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value))
    return { fields: {}, problems: [`${where}: must be a mapping of ${FIELDS.join(', ')}`] };
  const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
  const problems: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (!(FIELDS as readonly string[]).includes(key))
      problems.push(`${where}: unknown field "${key}"; the fields are ${FIELDS.join(', ')}`);
    else if (typeof v === 'string' || typeof v === 'number') fields[key as (typeof FIELDS)[number]] = String(v);
    // YAML reads an unquoted 2023-09-20 as a date: it is kept as printed.
    else if (v instanceof Date) fields[key as (typeof FIELDS)[number]] = v.toISOString().slice(0, 10);
    else problems.push(`${where}: "${key}" must be text`);
  }
  return { fields, problems };
}

/**
 * The source a document file describes. The text is the file's content; its metadata comes from
 * a YAML front matter block (`---` lines around it) at the top of the file, which is not part of
 * the text, or from a sidecar YAML file beside it (`article.yaml` for `article.txt`); the front
 * matter wins field by field. `title` is required; `language` is guessed from the script when absent.
 */
export function readDocumentFile(content: string, sidecar: string | null, name: string): DocumentFile {
  const front = FRONT_MATTER.exec(content);
  const text = front ? content.slice(front[0].length) : content.replace(/^\uFEFF/, '');
  const fromSidecar = sidecar === null ? { fields: {}, problems: [] } : readMetadata(sidecar, `${name.replace(/\.[^.]+$/, '')}.yaml`);
  const fromFront = front ? readMetadata(front[1] ?? '', `${name} (front matter)`) : { fields: {}, problems: [] };
  const fields = { ...fromSidecar.fields, ...fromFront.fields };
  const problems = [...fromSidecar.problems, ...fromFront.problems];
  if (!fields.title?.trim()) problems.push(`${name}: no title; give one in front matter (---\\ntitle: …\\n---) or in a sidecar .yaml file`);
  if (!text.trim()) problems.push(`${name}: the text is empty`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, input: { ...fields, title: fields.title ?? '', language: fields.language ?? guessLanguage(text), text } };
}
