import type { Lang } from '../../../common/langs.ts';
import type { QueryRunner } from '../db/executor.ts';
import { buildBriefing } from './buildBriefing.ts';
import type { Briefing } from './briefingModel.ts';

/** Loads and builds the brief of an entity in one Cypher round trip; null for an unknown id. */
export async function loadBriefing(db: QueryRunner, id: string, lang: Lang, now = new Date()): Promise<Briefing | null> {
  const [row] = await db.read('briefingContext', { id, counterpartLimit: 10 });
  if (!row) return null;
  return buildBriefing(row, lang, now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC');
}
