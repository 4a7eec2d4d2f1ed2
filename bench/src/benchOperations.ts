import type { BenchSamples } from './pickSamples.ts';

/** One GraphQL operation the benchmark drives, with what its answer must contain. */
export interface BenchOperation {
  /** Short stable key, used in the JSON results. */
  readonly key: string;
  /** How the operation reads in the tables. */
  readonly label: string;
  /** The arguments, as shown in the tables. */
  readonly args: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Why the answer is not what the operation should return, or null when it is. */
  check(data: Record<string, any> | null | undefined): string | null;
}

// The fields the viewer asks for (viewer/src/operations.ts), so that each operation does the
// work a user's click does.
const NODE_FIELDS = 'fragment NodeFields on Entity { id kind countryCode names { th en zh } aliases properties { key value lang } }';
const EDGE_FIELDS = 'fragment EdgeFields on Edge { id type from to th: label(lang: TH) en: label(lang: EN) zh: label(lang: ZH) }';

const ENTITY = `query EntityDetail($id: ID!) {
  entity(id: $id) { ...NodeFields citations { quote about source { id title url } } }
} ${NODE_FIELDS}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 8) { score entity { ...NodeFields } }
} ${NODE_FIELDS}`;

const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int!) {
  neighborhood(ids: $ids, depth: $depth, limit: 200) { truncated nodes { ...NodeFields } edges { ...EdgeFields } }
} ${NODE_FIELDS} ${EDGE_FIELDS}`;

const PATHS = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 6, first: 3) {
    length nodes { ...NodeFields } edges { ...EdgeFields citations { quote source { id title } } }
  }
} ${NODE_FIELDS} ${EDGE_FIELDS}`;

const LIST = `query Agencies {
  agencies(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { ...NodeFields } }
} ${NODE_FIELDS}`;

const nonEmpty = (list: unknown, what: string): string | null => (Array.isArray(list) && list.length > 0 ? null : `no ${what}`);

/** The operations users run most, with arguments from the dataset. */
export function benchOperations(s: BenchSamples): BenchOperation[] {
  const neighborhood = (key: string, label: string, id: string, depth: number, degree: string): BenchOperation => ({
    key,
    label,
    args: `\`${id}\` (${degree}), depth ${depth}, limit 200`,
    query: NEIGHBORHOOD,
    variables: { ids: [id], depth },
    check: (d) => (d?.neighborhood?.nodes?.some((n: { id: string }) => n.id === id) ? null : `${id} is not in its neighbourhood`),
  });
  return [
    {
      key: 'entity',
      label: 'entity detail',
      args: `\`${s.hubPerson}\``,
      query: ENTITY,
      variables: { id: s.hubPerson },
      check: (d) => (d?.entity?.id === s.hubPerson ? null : `entity ${s.hubPerson} not found`),
    },
    {
      key: 'searchTh',
      label: 'search, Thai',
      args: `\`${s.searchTh}\``,
      query: SEARCH,
      variables: { text: s.searchTh },
      check: (d) => nonEmpty(d?.search, 'search hits'),
    },
    {
      key: 'searchEn',
      label: 'search, English',
      args: `\`${s.searchEn}\``,
      query: SEARCH,
      variables: { text: s.searchEn },
      check: (d) => nonEmpty(d?.search, 'search hits'),
    },
    neighborhood('neighborhood1', 'neighbourhood, depth 1', s.midAgency, 1, `degree ${s.midDegree}`),
    neighborhood('neighborhood1Hub', 'neighbourhood, depth 1, hub', s.hubPerson, 1, `degree ${s.hubDegree}`),
    neighborhood('neighborhood2', 'neighbourhood, depth 2', s.midAgency, 2, `degree ${s.midDegree}`),
    {
      key: 'paths',
      label: 'shortest path',
      args: `\`${s.leaf}\` → \`${s.pathTarget}\``,
      query: PATHS,
      variables: { from: s.leaf, to: s.pathTarget },
      check: (d) => nonEmpty(d?.paths, 'path'),
    },
    {
      key: 'list',
      label: 'paginated list',
      args: 'agencies, first 20, by name',
      query: LIST,
      variables: {},
      check: (d) => nonEmpty(d?.agencies?.nodes, 'agencies'),
    },
  ];
}
