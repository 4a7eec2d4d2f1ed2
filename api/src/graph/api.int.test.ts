import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../db/driver.ts';
import { Executor } from '../db/executor.ts';
import { loadQueryRegistry } from '../db/queryRegistry.ts';
import { runOperation } from '../../../test-utils/runOperation.ts';
import { openTestDatabase, SEED_PATH, type TestDatabase } from '../../../test-utils/testDatabase.ts';
import { readDataset } from '../ingest/read/readDataset.ts';
import { createApolloServer } from './apolloServer.ts';
import type { GraphContext } from './context.ts';

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
const sourceTexts = new Map<string, string>();

const run = (query: string, variables: Record<string, unknown> = {}) => runOperation(apollo, db.executor, query, variables);

/** Collects every {quote, source{id}} object anywhere in a result. */
function citationsIn(value: unknown, out: { quote: string; source: { id: string } }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => citationsIn(v, out));
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.quote === 'string' && v.source && typeof (v.source as { id?: unknown }).id === 'string') out.push(v as never);
    Object.values(v).forEach((x) => citationsIn(x, out));
  }
  return out;
}

beforeAll(async () => {
  db = openTestDatabase();
  await db.seed();
  apollo = createApolloServer({ production: false });
  await apollo.start();
  const { data } = await run('{ sources(first: 100) { nodes { id text } } }');
  for (const s of data.sources.nodes) sourceTexts.set(s.id, s.text);
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
});

describe('entity', () => {
  it('returns the 4th meeting with dates, venue, chair, attendees and working groups, each cited', async () => {
    const { data, errors } = await run(`{
      entity(id: "meeting:thai-china-st-committee-4") {
        kind
        name(lang: TH)
        ... on Meeting {
          ordinal startDate endDate
          committee { entity { id } }
          venue { entity { id name ... on Site { place { entity { id name } } } } }
          chairs { entity { id name(lang: EN) } citations { quote source { id } } }
          attendees { entity { id } side }
          workingGroups { entity { id name(lang: EN) } properties { key value } }
          fieldVisits { entity { id } }
        }
        citations { quote about source { id } }
      }
    }`);
    expect(errors).toBeUndefined();
    const m = data.entity;
    expect(m.kind).toBe('MEETING');
    expect(m.ordinal).toBe(4);
    expect([m.startDate, m.endDate]).toEqual(['2023-09-20', '2023-09-21']);
    expect(m.committee.entity.id).toBe('committee:thai-china-st-cooperation');
    expect(m.venue.entity.id).toBe('site:royal-orchid-sheraton-ballroom-3');
    expect(m.venue.entity.place.entity.name).toBe('Royal Orchid Sheraton Hotel');
    expect(m.chairs).toHaveLength(1);
    expect(m.chairs[0].entity).toEqual({ id: 'person:sirirurg-songsivilai', name: 'Sirirurg Songsivilai' });
    expect(m.chairs[0].citations[0].quote).toContain('เป็นประธาน');
    expect(m.attendees.map((a: { entity: { id: string } }) => a.entity.id).sort()).toEqual(['agency:pmu-a', 'person:zhang-guangjun']);
    expect(m.workingGroups.map((w: { entity: { name: string } }) => w.entity.name)).toEqual([
      'Science, technology and cultural exchange',
      'Technology transfer',
      'Rail transport',
      'Poverty eradication through science and technology',
      'Nuclear fusion',
    ]);
    expect(m.fieldVisits[0].entity.id).toBe('site:saeng-tawan-banana-fibre-fabric');
    const dateCitation = m.citations.find((c: { about: string[] }) => c.about.includes('startDate'));
    expect(dateCitation.quote).toBe('เมื่อวันที่ 20-21 ก.ย. 2566');
  });

  it('returns null for an unknown id', async () => {
    const { data, errors } = await run('{ entity(id: "person:nobody") { id } }');
    expect(errors).toBeUndefined();
    expect(data.entity).toBeNull();
  });

  it('gives the poverty working group its members on both sides, and the coordination proposal', async () => {
    const { data } = await run(`{
      wg: entity(id: "working-group:committee-4-poverty-eradication") {
        ... on WorkingGroup {
          number
          members { member { id name } side role(lang: EN) }
          topics { entity { id } properties { key value } }
        }
      }
      pmua: entity(id: "agency:pmu-a") {
        name(lang: EN)
        names { th }
        aliases
        ... on Agency { parent { entity { id } } people { person { id } } children { entity { id } } }
      }
    }`);
    const members = data.wg.members.map((m: { member: { id: string }; side: string }) => `${m.side} ${m.member.id}`).sort();
    expect(members).toEqual([
      'CN person:wang-qiang',
      'CN person:zhang-hui',
      'TH agency:nxpo',
      'TH agency:pmu-a',
      'TH agency:tistr',
      'TH person:asok-phonbamrung',
    ]);
    expect(data.wg.number).toBe(4);
    const areas = data.wg.topics.filter((t: { properties: { key: string }[] }) => t.properties.some((p) => p.key === 'area'));
    expect(areas.map((t: { entity: { id: string } }) => t.entity.id)).toEqual([
      'topic:human-resource-development',
      'topic:appropriate-technology',
      'topic:product-market-development',
      'topic:agriculture-community-industry',
    ]);
    expect(data.pmua.name).toBe('PMU-A');
    expect(data.pmua.names.th).toBe('หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่');
    expect(data.pmua.aliases).toEqual(expect.arrayContaining(['บพท.', 'PMU-A']));
    expect(data.pmua.parent.entity.id).toBe('agency:nxpo');
    expect(data.pmua.children.map((c: { entity: { id: string } }) => c.entity.id)).toEqual(['agency:pmu-a-poverty-division']);

    const proposal = await run(`{ neighborhood(ids: ["agency:pmu-a", "agency:crtdc"], depth: 1, limit: 50) {
      edges { type from to properties { key value } citations { quote } } } }`);
    const edge = proposal.data.neighborhood.edges.find((e: { type: string }) => e.type === 'PROPOSED_AS_COORDINATOR_WITH');
    expect(edge).toMatchObject({ from: 'agency:pmu-a', to: 'agency:crtdc' });
    expect(edge.properties).toContainEqual({ key: 'proposedBy', value: 'working-group:committee-4-poverty-eradication' });
    expect(edge.citations[0].quote).toContain('เป็นแกนกลางประสานฝ่ายไทยกับ CRTDC');
  });

  it('carries the stated figures: 20 provinces and at least 15% more income', async () => {
    const { data } = await run('{ entity(id: "program:pmu-a-poverty-platform") { properties { key value } citations { quote about } } }');
    const props = Object.fromEntries(data.entity.properties.map((p: { key: string; value: string }) => [p.key, p.value]));
    expect(props.provinceCount).toBe('20');
    expect(props.minIncomeIncreasePercent).toBe('15');
    const about = (key: string) => data.entity.citations.find((c: { about: string[] }) => c.about.includes(key)).quote;
    expect(about('provinceCount')).toContain('20 จังหวัด');
    expect(about('minIncomeIncreasePercent')).toContain('ร้อยละ 15');
  });
});

describe('routing URIs', () => {
  it('reads through a neo4j:// routing driver (as with a cluster or Aura), in read transactions', async () => {
    const target = inject('neo4j');
    const uri = target.uri.replace(/^bolt:/, 'neo4j:');
    const driver = createDriver(uri, target.user, target.password);
    try {
      const executor = new Executor(driver, loadQueryRegistry(), { database: target.database ?? undefined, timeoutMs: 10_000 });
      const [row] = await executor.read('entityById', { id: 'agency:tistr' });
      expect((row?.node as { name_en: string }).name_en).toBe('Thailand Institute of Scientific and Technological Research');
    } finally {
      await driver.close();
    }
  });
});

describe('search', () => {
  const top = async (text: string, kinds?: string[]) => {
    const { data, errors } = await run(
      'query($t: String!, $k: [EntityKind!]) { search(text: $t, kinds: $k, first: 5) { score entity { id } } }',
      {
        t: text,
        k: kinds ?? null,
      },
    );
    expect(errors).toBeUndefined();
    return data.search.map((h: { entity: { id: string } }) => h.entity.id) as string[];
  };

  it('finds Thai text without spaces', async () => {
    expect((await top('ความยากจน', ['WORKING_GROUP']))[0]).toBe('working-group:committee-4-poverty-eradication');
    expect(await top('ความยากจน')).toContain('working-group:committee-4-poverty-eradication');
  });

  it('finds acronyms with or without dots, and in any case', async () => {
    for (const text of ['บพท.', 'บพท', 'PMU-A', 'pmu-a', 'PMUA']) expect((await top(text))[0], text).toBe('agency:pmu-a');
    expect((await top('crtdc'))[0]).toBe('agency:crtdc');
  });

  it('finds Chinese names and English prefixes as you type', async () => {
    expect((await top('张广军'))[0]).toBe('person:zhang-guangjun');
    expect((await top('科技部'))[0]).toBe('agency:most-china');
    expect((await top('Sirir'))[0]).toBe('person:sirirurg-songsivilai');
    expect((await top('nuclear fus'))[0]).toMatch(/nuclear-fusion$/);
  });

  it('treats Cypher- and Lucene-looking text as plain text', async () => {
    for (const text of ["' OR 1=1 //", '}) DETACH DELETE n //', 'a AND (b OR c*)~2 "x']) {
      const { errors } = await run('query($t: String!) { search(text: $t) { entity { id } } }', { t: text });
      expect(errors, text).toBeUndefined();
    }
    expect((await db.counts()).nodes).toBeGreaterThan(60);
  });
});

describe('neighborhood and paths', () => {
  it('returns the meeting and everything one step away, with the edges between them', async () => {
    const { data } = await run(
      '{ neighborhood(ids: ["meeting:thai-china-st-committee-4"]) { truncated nodes { id } edges { from to type label(lang: TH) } } }',
    );
    const n = data.neighborhood;
    expect(n.truncated).toBe(false);
    expect(n.nodes).toHaveLength(12);
    const ids = new Set(n.nodes.map((x: { id: string }) => x.id));
    for (const e of n.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    expect(n.edges.find((e: { type: string }) => e.type === 'CHAIRED').label).toBe('เป็นประธาน');
  });

  it('answers the same whether it reads names and ends only or every property and citation', async () => {
    const fields = 'nodes { id kind name names { th en zh } aliases countryCode } edges { id type from to label }';
    const lean = await run(`{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], depth: 2) { ${fields} } }`);
    const full = await run(`{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], depth: 2) {
      ${fields} nodes { properties { key } citations { quote } } edges { properties { key } citations { quote } } } }`);
    const strip = (n: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }) => ({
      nodes: n.nodes.map(({ properties: _p, citations: _c, ...rest }) => rest),
      edges: n.edges.map(({ properties: _p, citations: _c, ...rest }) => rest),
    });
    expect(lean.errors).toBeUndefined();
    expect(strip(full.data.neighborhood)).toEqual(lean.data.neighborhood);
    const chair = lean.data.neighborhood.nodes.find((n: { id: string }) => n.id === 'person:asok-phonbamrung');
    expect([chair.names.th, chair.aliases, chair.countryCode]).toEqual(['อโศก พลบำรุง', ['ดร.อโศก'], 'TH']);
    expect(full.data.neighborhood.edges.every((e: { citations: unknown[] }) => e.citations.length > 0)).toBe(true);
  });

  it('cuts at the limit and says so; filters by kind', async () => {
    const cut = await run('{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], depth: 2, limit: 5) { truncated nodes { id } } }');
    expect(cut.data.neighborhood.nodes).toHaveLength(5);
    expect(cut.data.neighborhood.truncated).toBe(true);
    const groups = await run('{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], kinds: [WORKING_GROUP]) { nodes { kind } } }');
    expect(groups.data.neighborhood.nodes.map((n: { kind: string }) => n.kind)).toEqual(['MEETING', ...Array(5).fill('WORKING_GROUP')]);
  });

  it('keeps the nearest first, then by id, and steps only through the kinds asked for', async () => {
    const ids = async (depth: number, kinds = '') =>
      (await run(`{ neighborhood(ids: ["person:zhang-hui"], depth: ${depth}, limit: 5000${kinds}) { nodes { id kind } } }`)).data
        .neighborhood.nodes as { id: string; kind: string }[];
    const one = (await ids(1)).map((n) => n.id);
    expect(one).toEqual(['person:zhang-hui', 'agency:crtdc', 'working-group:committee-4-poverty-eradication']);
    const two = (await ids(2)).map((n) => n.id);
    const ringTwo = two.slice(one.length);
    // The starts and the entities one step away come first, then those two steps away, each by id.
    expect(two.slice(0, one.length)).toEqual(one);
    expect(ringTwo).toEqual([...ringTwo].sort());
    expect(ringTwo).toContain('person:wang-qiang');
    expect(ringTwo).toContain('meeting:thai-china-st-committee-4');
    const three = (await ids(3)).map((n) => n.id);
    expect(three.slice(0, two.length)).toEqual(two);
    expect(three.length).toBeGreaterThan(two.length);
    // Through working groups and people only: the agency one step away, and whatever lies behind it, is left out.
    const people = await ids(2, ', kinds: [WORKING_GROUP, PERSON]');
    expect(people.map((n) => n.id)).toContain('person:wang-qiang');
    expect(people.slice(1).every((n) => n.kind === 'WORKING_GROUP' || n.kind === 'PERSON')).toBe(true);
    // No person is next to another: with people only, nothing is reached.
    expect((await ids(2, ', kinds: [PERSON]')).map((n) => n.id)).toEqual(['person:zhang-hui']);
  });

  it('finds the shortest path from a Chinese counterpart to the Thai chair, each step cited', async () => {
    const { data } = await run(
      '{ paths(from: "person:zhang-hui", to: "person:sirirurg-songsivilai") { length nodes { id } edges { type citations { quote } } } }',
    );
    expect(data.paths[0].length).toBe(3);
    expect(data.paths[0].nodes.map((n: { id: string }) => n.id)).toEqual([
      'person:zhang-hui',
      'working-group:committee-4-poverty-eradication',
      'meeting:thai-china-st-committee-4',
      'person:sirirurg-songsivilai',
    ]);
    for (const e of data.paths[0].edges) expect(e.citations.length).toBeGreaterThan(0);
  });
});

describe('lists', () => {
  it('pages through agencies with cursors, matching totalCount, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { data } = await run(
        'query($a: String) { agencies(first: 3, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }',
        { a: after },
      );
      total = data.agencies.totalCount;
      seen.push(...data.agencies.nodes.map((n: { id: string }) => n.id));
      if (!data.agencies.pageInfo.hasNextPage) break;
      after = data.agencies.pageInfo.endCursor;
    }
    expect(total).toBe(12);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('filters by country, type and text', async () => {
    const { data } = await run(`{
      cn: agencies(filter: { country: "CN" }) { totalCount nodes { id } }
      ministries: agencies(filter: { type: "ministry" }) { nodes { id } }
      text: people(filter: { text: "zhang" }) { nodes { id } }
      meetings { nodes { id startDate } }
    }`);
    expect(data.cn.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'agency:china-delegation-committee-4',
      'agency:china-embassy-thailand',
      'agency:crtdc',
      'agency:most-china',
    ]);
    expect(data.ministries.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['agency:mhesi', 'agency:most-china']);
    expect(data.text.nodes.map((n: { id: string }) => n.id)).toEqual(['person:zhang-guangjun', 'person:zhang-hui']);
    expect(data.meetings.nodes).toEqual([{ id: 'meeting:thai-china-st-committee-4', startDate: '2023-09-20' }]);
  });

  it('answers one document by the filters its variables give, each time (a statement per combination of filters)', async () => {
    const query = `query($country: String, $type: String, $text: String) {
      agencies(filter: { country: $country, type: $type, text: $text }, first: 50) { totalCount nodes { id } }
    }`;
    const ids = async (variables: Record<string, unknown>) => {
      const { data } = await run(query, variables);
      const found = data.agencies.nodes.map((n: { id: string }) => n.id).sort();
      expect(data.agencies.totalCount).toBe(found.length);
      return found;
    };
    const cn = ['agency:china-delegation-committee-4', 'agency:china-embassy-thailand', 'agency:crtdc', 'agency:most-china'];
    expect(await ids({ country: 'CN' })).toEqual(cn);
    expect(await ids({})).toHaveLength(12);
    expect(await ids({ type: 'ministry' })).toEqual(['agency:mhesi', 'agency:most-china']);
    expect(await ids({ country: 'cn', type: 'MINISTRY' })).toEqual(['agency:most-china']);
    expect(await ids({ country: ' ', type: '' })).toHaveLength(12);
    expect(await ids({ country: 'CN' })).toEqual(cn);
  });
});

describe('errors', () => {
  it.each([
    ['{ neighborhood(ids: ["agency:pmu-a"], depth: 4) { truncated } }', 'depth'],
    ['{ neighborhood(ids: ["agency:pmu-a"], limit: 5001) { truncated } }', 'limit'],
    ['{ paths(from: "agency:pmu-a", to: "agency:crtdc", maxLength: 7) { length } }', 'maxLength'],
    ['{ search(text: "x", first: 101) { score } }', 'first'],
    ['{ search(text: "   ") { score } }', 'text'],
    ['{ agencies(after: "not-a-cursor") { totalCount } }', 'after'],
  ])('%s → BAD_USER_INPUT naming `%s`', async (query, argument) => {
    const { errors } = await run(query);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain(`\`${argument}\``);
  });

  it('accepts the documented maxima', async () => {
    const { errors } = await run(
      '{ neighborhood(ids: ["agency:pmu-a"], depth: 3, limit: 5000) { truncated } paths(from: "agency:pmu-a", to: "agency:crtdc", maxLength: 6, first: 100) { length } }',
    );
    expect(errors).toBeUndefined();
  });

  it('gives every GraphQL error a code', async () => {
    const { errors } = await run('{ entity(id: 1) { nope } }');
    expect(errors?.length).toBeGreaterThan(0);
    for (const e of errors ?? []) expect(e.extensions?.code).toEqual(expect.any(String));
  });
});

// The executor counts the queries of each request (`GraphContext.stats`, set by `withStats`).
describe('round trips', () => {
  it.each([
    ['entity', '{ entity(id: "agency:pmu-a") { id name citations { quote source { title } } } }'],
    ['search', '{ search(text: "บพท") { entity { id name citations { source { title } } } } }'],
    [
      'neighborhood',
      '{ neighborhood(ids: ["meeting:thai-china-st-committee-4"], depth: 2) { nodes { id name citations { source { id } } } edges { id citations { quote } } } }',
    ],
    ['paths', '{ paths(from: "person:zhang-hui", to: "agency:mhesi") { nodes { id } edges { citations { source { title } } } } }'],
    ['list', '{ agencies(first: 10) { totalCount nodes { id citations { source { id } } } } }'],
    [
      'meeting with nested lists',
      '{ entity(id: "meeting:thai-china-st-committee-4") { ... on Meeting { chairs { entity { id } } attendees { entity { id } } workingGroups { entity { id } } committee { entity { id } } venue { entity { id } } } } }',
    ],
    [
      'list nested two levels deep',
      '{ agencies(first: 20) { nodes { ... on Agency { people { person { id } } parent { entity { id ... on Agency { children { entity { id } } } } } } } } }',
    ],
    [
      'entity detail with nested positions',
      '{ entity(id: "person:sirirurg-songsivilai") { id name citations { quote source { id title } } ... on Person { positions { title { en } organization { id name ... on Agency { parent { entity { id } } } } citations { quote source { id } } } } } }',
    ],
    [
      'meeting → working groups → members → side',
      '{ entity(id: "meeting:thai-china-st-committee-4") { ... on Meeting { workingGroups { entity { id ... on WorkingGroup { members { side role member { id name } } } } } } } }',
    ],
    ['typed list with totalCount', '{ meetings(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { id startDate } } }'],
    [
      'search with nested fields',
      '{ search(text: "บพท") { score entity { id ... on Agency { people { person { id } title { th } } } } } }',
    ],
  ])('%s costs exactly one Cypher query', async (_name, query) => {
    const { errors, roundTrips } = await run(query);
    expect(errors).toBeUndefined();
    expect(roundTrips).toBe(1);
  });
});

describe('provenance', () => {
  it('every citation of every entity and relationship is a verbatim quote of its source', async () => {
    const read = await readDataset(SEED_PATH);
    if (!read.ok) throw new Error('the seed does not read');
    const ids = read.dataset.entities.map((e) => e.id);
    const { data } = await run(
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 5000) {
        nodes { id citations { quote source { id } } }
        edges { id citations { quote source { id } } }
      } }`,
      { ids },
    );
    // More than the 40 nodes and 40 relationships of one row of the answer (neighborhood.cypher): every row is read.
    expect(ids.length).toBeGreaterThan(40);
    expect(data.neighborhood.nodes).toHaveLength(ids.length);
    expect(data.neighborhood.edges).toHaveLength(read.dataset.relationships.length);
    const all = citationsIn(data);
    const expected = [...read.dataset.entities, ...read.dataset.relationships].reduce((n, r) => n + r.citations.length, 0);
    expect(all).toHaveLength(expected);
    for (const c of all) expect(sourceTexts.get(c.source.id), `${c.source.id}: ${c.quote}`).toContain(c.quote);
  });
});
