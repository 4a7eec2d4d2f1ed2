import { describe, expect, it } from 'vitest';
import { isEntityKind, typeNameOf } from '../../../common/kinds.ts';
import { captureQueries } from '../../../bench/src/captureQueries.ts';
import { useSeededApollo } from '../../../test-utils/seededApollo.ts';
import { SEED_PATH } from '../../../test-utils/testDatabase.ts';
import { readDataset } from '../ingest/read/readDataset.ts';
import { encodeCursor } from './cursor.ts';
import { ROW_ENDS, TYPED_FIELDS, type TypedField } from './typedFields.ts';

const seeded = useSeededApollo();

const capture = (query: string, variables: Record<string, unknown> = {}) =>
  captureQueries(seeded.apollo, seeded.db.executor, query, variables);

/**
 * GraphQL in, Cypher out: each document's one statement and its parameters, pinned in
 * `tck/<name>.cypher` (update them with `npx vitest run -u` after a deliberate change, and read
 * the diff).
 */
describe('the Cypher of representative documents', () => {
  it.each([
    [
      'entityDetail',
      'the viewer’s entity detail: properties, citations with their sources',
      `query($id: ID!) { entity(id: $id) { id kind countryCode names { th en zh } aliases properties { key value lang } citations { quote about source { id title url } } } }`,
      { id: 'person:sirirurg-songsivilai' },
    ],
    [
      'agencyParentPeople',
      'an agency: English name, parent agency, people holding positions there with their titles',
      `query($id: ID!) { entity(id: $id) { name(lang: EN) ... on Agency { parent { entity { id name } } people { title { th en } person { id name } } } } }`,
      { id: 'agency:pmu-a-poverty-division' },
    ],
    [
      'meetingGroupsMembers',
      'a meeting: its working groups and each group’s members with their side',
      `query($id: ID!) { entity(id: $id) { id ... on Meeting { workingGroups { entity { id name ... on WorkingGroup { members { side member { id name } } } } } } } }`,
      { id: 'meeting:thai-china-st-committee-4' },
    ],
    [
      'personAndAgencyFragments',
      'fragments on two types asking for the same relationship type: read once, for both kinds',
      `query($id: ID!) { entity(id: $id) { ...P ...A } }
       fragment P on Person { positions { organization { id } citations { quote } } workingGroups { workingGroup { id } side } }
       fragment A on Agency { workingGroups { workingGroup { id name } } people { person { id positions { title { en } } } } }`,
      { id: 'person:sirirurg-songsivilai' },
    ],
    [
      'agenciesOfCountry',
      'the first 20 agencies of a country by name, no total asked',
      `{ agencies(filter: { country: "TH" }, first: 20) { nodes { id name } } }`,
      {},
    ],
    [
      'listFiltered',
      'agencies by country, type and words from variables, with the total',
      `query($country: String, $type: String, $text: String) {
        agencies(filter: { country: $country, type: $type, text: $text }) { totalCount nodes { id } }
      }`,
      { country: 'cn', type: 'Ministry', text: 'science' },
    ],
    [
      'listWithTotal',
      'a page of meetings with the total and each meeting’s venue',
      `{ meetings(first: 5) { totalCount pageInfo { hasNextPage } nodes { id startDate venue { entity { id name } } } } }`,
      {},
    ],
    [
      'peopleByThaiNameAfter',
      'people by Thai name after a cursor: an ascending page of its own',
      `query($after: String) { people(sort: NAME, lang: TH, first: 10, after: $after) { nodes { id } } }`,
      { after: encodeCursor({ key: 'ส', id: 'person:a' }) },
    ],
    [
      'meetingsAfter',
      'meetings newest first after a cursor: a descending page',
      `query($after: String) { meetings(first: 5, after: $after) { nodes { id startDate } } }`,
      { after: encodeCursor({ key: '2020-01-01', id: 'meeting:a' }) },
    ],
    [
      'neighborhoodNames',
      'a meeting’s 2-hop neighbourhood: nodes with their names, edges with their ends, no citations',
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 100) { truncated nodes { id kind names { th en zh } countryCode } edges { id type from to } } }`,
      { ids: ['meeting:thai-china-st-committee-4'] },
    ],
    [
      'neighborhoodCitedDeep',
      'a 3-hop neighbourhood with every property and the citations of its nodes and edges',
      `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 3) { nodes { id properties { key value } citations { quote source { id title } } } edges { id properties { key value } citations { quote } } } }`,
      { ids: ['agency:tistr'] },
    ],
    [
      'searchNested',
      'search hits with each agency’s people',
      `query($text: String!) { search(text: $text, first: 5) { score entity { id name ... on Agency { people { person { id } } } } } }`,
      { text: 'บพท' },
    ],
  ])('%s: %s', async (name, label, query, variables) => {
    const { errors, calls } = await capture(query, variables);
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toHaveLength(1);
    const [call] = calls;
    const pinned = [
      `// ${label}`,
      ...query.split('\n').map((line) => `// ${line.trim()}`),
      `// ${JSON.stringify(variables)}`,
      `// parameters: ${JSON.stringify(call?.params)}`,
      call?.text ?? `// the named query ${call?.name}`,
      '',
    ].join('\n');
    await expect(pinned).toMatchFileSnapshot(`tck/${name}.cypher`);
  });
});

/** A document that asks every relationship field of a type for the id at its other end. */
function everyField(typeName: string, fields: Readonly<Record<string, TypedField>>): string {
  const items = Object.entries(fields).map(([field, f]) => {
    const ends = Object.keys(ROW_ENDS[f.row]).map((end) => `${end} { id }`);
    return `${field} { ${ends.join(' ')} }`;
  });
  return `query($id: ID!) { entity(id: $id) { id ... on ${typeName} { ${items.join(' ')} } } }`;
}

const SINGLE = new Set(['country', 'parent', 'committee', 'venue', 'meeting', 'place', 'within']);

describe('relationship fields read in one query', () => {
  it('give, for every entity of the seed, the entities its relationships in the dataset name', async () => {
    const read = await readDataset(SEED_PATH);
    if (!read.ok) throw new Error('the seed does not read');
    const { entities, relationships } = read.dataset;
    const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
    let checked = 0;
    for (const entity of entities) {
      if (!isEntityKind(entity.kind)) continue;
      const typeName = typeNameOf(entity.kind);
      const fields = (TYPED_FIELDS as Record<string, Record<string, TypedField>>)[typeName];
      if (!fields) continue;
      const { data, errors, calls } = await capture(everyField(typeName, fields), { id: entity.id });
      expect(errors).toBeUndefined();
      expect(calls).toHaveLength(1);
      for (const [field, f] of Object.entries(fields)) {
        const expected = f.types.flatMap((type) =>
          relationships
            .filter((r) => r.type === type && (f.dir === 'OUT' ? r.from === entity.id : r.to === entity.id))
            .map((r) => (f.dir === 'OUT' ? r.to : r.from)),
        );
        const ends = Object.keys(ROW_ENDS[f.row]);
        const otherOf = (item: Record<string, { id: string }>) =>
          ends.map((end) => item[end]?.id).find((id) => id !== entity.id) ?? entity.id;
        const value = data?.entity?.[field] as Record<string, { id: string }> | Record<string, { id: string }>[] | null;
        if (SINGLE.has(field)) {
          const allowed = field === 'country' ? expected.filter((id) => kindOf.get(id) === 'PLACE') : expected;
          if (allowed.length === 0) expect(value, `${entity.id}.${field}`).toBeNull();
          else expect(allowed, `${entity.id}.${field}`).toContain(otherOf(value as Record<string, { id: string }>));
        } else {
          const got = (value as Record<string, { id: string }>[]).map(otherOf);
          expect([...got].sort(), `${entity.id}.${field}`).toEqual([...expected].sort());
          checked += got.length;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
