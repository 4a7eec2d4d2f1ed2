import { ENTITY_KINDS, type EntityKind } from '../../../common/kinds.ts';
import type { LocalizedText } from '../../../common/langs.ts';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from '../analysis/index.ts';
import type { Executor } from '../db/executor.ts';
import type { QueryRows } from '../db/queryRows.ts';
import type { Logger } from '../observability/logger.ts';

/** The graph's names as a gazetteer, built at first use and rebuilt when the graph has changed. */
export interface GraphGazetteer {
  /** The gazetteer, current to within `checkEveryMs` of the last change. */
  current(): Promise<Gazetteer>;
}

/** How often the graph is asked whether it changed, and where builds are logged. */
export interface GraphGazetteerOptions {
  /** Milliseconds between two checks of the graph's stamp (default 2000): a check is one small query. */
  readonly checkEveryMs?: number;
  readonly logger?: Pick<Logger, 'info'>;
  /** The clock, for tests. */
  readonly now?: () => number;
}

const KINDS = new Set<string>(ENTITY_KINDS);

/**
 * Turns the rows of `gazetteerEntries` into gazetteer entries; unknown kinds are skipped. Names
 * reviewers linked to an entity (`remembered`) are added to its aliases, so the next text finds them.
 */
export function toGazetteerEntries(
  rows: QueryRows['gazetteerEntries']['entries'],
  remembered: QueryRows['gazetteerEntries']['remembered'] = [],
): GazetteerEntry[] {
  const linked = new Map<string, string[]>();
  for (const r of remembered) linked.set(r.id, [...(linked.get(r.id) ?? []), r.text]);
  const out: GazetteerEntry[] = [];
  for (const row of rows) {
    if (!KINDS.has(row.kind)) continue;
    const names: LocalizedText = {
      ...(row.th ? { th: row.th } : {}),
      ...(row.en ? { en: row.en } : {}),
      ...(row.zh ? { zh: row.zh } : {}),
    };
    const extra = linked.get(row.id) ?? [];
    const aliases = extra.length ? [...new Set([...row.aliases, ...extra])] : row.aliases;
    out.push({ entityId: row.id, kind: row.kind as EntityKind, names, aliases });
  }
  return out;
}

/** Reads every entity's names and builds a gazetteer from them, with the stamp of the graph it reflects. */
export async function loadGazetteer(executor: Executor): Promise<{ gazetteer: Gazetteer; stamp: string }> {
  const [row] = await executor.read('gazetteerEntries');
  return { gazetteer: buildGazetteer(toGazetteerEntries(row?.entries ?? [], row?.remembered ?? [])), stamp: row?.stamp ?? '' };
}

/**
 * Keeps one gazetteer for a server process. The first call builds it; later calls ask the graph
 * for its stamp (the dataset imported and the count of edits since) at most every
 * `checkEveryMs`, and rebuild when it differs. While a rebuild runs, other calls get the previous
 * gazetteer rather than wait.
 */
export function createGraphGazetteer(executor: Executor, options: GraphGazetteerOptions = {}): GraphGazetteer {
  const checkEveryMs = options.checkEveryMs ?? 2000;
  const now = options.now ?? Date.now;
  let held: { gazetteer: Gazetteer; stamp: string } | null = null;
  let building: Promise<Gazetteer> | null = null;
  let checkedAt = 0;

  const build = (reason: string): Promise<Gazetteer> => {
    building ??= (async () => {
      const started = performance.now();
      const loaded = await loadGazetteer(executor);
      held = loaded;
      checkedAt = now();
      options.logger?.info('gazetteer built', {
        reason,
        entities: loaded.gazetteer.size,
        ms: Math.round(performance.now() - started),
        stamp: loaded.stamp,
      });
      return loaded.gazetteer;
    })().finally(() => {
      building = null;
    });
    return building;
  };

  return {
    async current() {
      if (!held) return build('first use');
      if (building || now() - checkedAt < checkEveryMs) return held.gazetteer;
      checkedAt = now();
      const [row] = await executor.read('datasetStamp');
      if ((row?.stamp ?? '') === held.stamp) return held.gazetteer;
      return build('graph changed');
    },
  };
}
