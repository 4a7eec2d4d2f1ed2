import { describe, expect, it } from 'vitest';
import type { Executor } from '../db/executor.ts';
import type { QueryRows } from '../db/queryRows.ts';
import { createGraphGazetteer, toGazetteerEntries } from './graphGazetteer.ts';

/** An executor that answers the two gazetteer queries from a mutable graph, counting reads. */
function fakeGraph() {
  const entities: QueryRows['gazetteerEntries']['entries'] = [
    { id: 'agency:pmu-a', kind: 'AGENCY', th: null, en: 'PMU-A', zh: null, aliases: ['บพท.'] },
  ];
  const graph = { stamp: 'v1|t1|0', entities };
  const reads: string[] = [];
  const executor = {
    read: async (name: string) => {
      reads.push(name);
      if (name === 'datasetStamp') return [{ stamp: graph.stamp }];
      return [{ stamp: graph.stamp, entries: [...graph.entities] }];
    },
  } as unknown as Executor;
  return { graph, reads, executor };
}

describe('createGraphGazetteer', () => {
  it('builds at first use, checks the stamp at most every checkEveryMs, and rebuilds when it changed', async () => {
    const { graph, reads, executor } = fakeGraph();
    let now = 1000;
    const logged: string[] = [];
    const names = createGraphGazetteer(executor, { checkEveryMs: 2000, now: () => now, logger: { info: (msg) => logged.push(msg) } });
    expect(reads).toEqual([]);
    const first = await names.current();
    expect(first.find('บพท. และ PMU-A').map((m) => m.candidates[0]?.entityId)).toEqual(['agency:pmu-a', 'agency:pmu-a']);
    expect(reads).toEqual(['gazetteerEntries']);
    graph.entities.push({
      id: 'agency:most',
      kind: 'AGENCY',
      th: null,
      en: 'Ministry of Science and Technology',
      zh: '科学技术部',
      aliases: [],
    });
    graph.stamp = 'v1|t1|1';
    now += 1000;
    expect(await names.current()).toBe(first);
    expect(reads).toEqual(['gazetteerEntries']);
    now += 1500;
    const second = await names.current();
    expect(reads).toEqual(['gazetteerEntries', 'datasetStamp', 'gazetteerEntries']);
    expect(second.find('科学技术部')[0]?.candidates[0]?.entityId).toBe('agency:most');
    now += 2500;
    expect(await names.current()).toBe(second);
    expect(reads.at(-1)).toBe('datasetStamp');
    expect(logged).toEqual(['gazetteer built', 'gazetteer built']);
  });

  it('builds once for calls that arrive together', async () => {
    const { reads, executor } = fakeGraph();
    const names = createGraphGazetteer(executor);
    const [a, b] = await Promise.all([names.current(), names.current()]);
    expect(a).toBe(b);
    expect(reads).toEqual(['gazetteerEntries']);
  });
});

describe('toGazetteerEntries', () => {
  it('keeps the names a row has and skips kinds the product does not know', () => {
    expect(
      toGazetteerEntries([
        { id: 'person:a', kind: 'PERSON', th: 'ก', en: null, zh: '甲', aliases: [] },
        { id: 'x:b', kind: 'UNKNOWN', th: null, en: 'B', zh: null, aliases: [] },
      ]),
    ).toEqual([{ entityId: 'person:a', kind: 'PERSON', names: { th: 'ก', zh: '甲' }, aliases: [] }]);
  });
});
