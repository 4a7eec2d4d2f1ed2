/**
 * The operations of the peer benchmark: each one as this API asks it and as the Neo4j GraphQL
 * Library's schema (`peerTypeDefs.ts`) asks it, with a function per side that turns the answer
 * into one common shape, so that the two answers can be checked equal before anything is timed.
 */

/** Arguments picked from the loaded dataset (`bench/cypher/peerSamples.cypher`). */
export interface PeerSamples {
  /** The agency with the most people holding positions in it. */
  readonly agency: string;
  /** An agency of median degree. */
  readonly midAgency: string;
  /** The meeting with the most working-group members. */
  readonly meeting: string;
  /** The best-connected meeting. */
  readonly hubMeeting: string;
  /** The country code with the most agencies. */
  readonly country: string;
  /** The best-connected person. */
  readonly person: string;
}

/** One side's request: a GraphQL document and its variables. */
export interface PeerRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** One operation, both sides, and how each side's `data` reads in the common shape. */
export interface PeerOperation {
  readonly key: string;
  readonly label: string;
  readonly args: string;
  readonly ours: PeerRequest;
  readonly peer: PeerRequest;
  normaliseOurs(data: any): unknown;
  normalisePeer(data: any): unknown;
}

/** Nodes of the 2-hop neighbourhoods: enough for the best-connected meeting of the 10k dataset. */
export const PEER_NEIGHBORHOOD_LIMIT = 1000;

// Answers are JSON of two different schemas; each normaliser reads one of them.
type Json = any;

const orNull = (value: unknown) => value ?? null;
/** Lists whose order neither side promises are compared sorted. */
const sorted = (list: readonly Json[], key: (x: Json) => string): Json[] =>
  [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

const names = (th: unknown, en: unknown, zh: unknown) => ({ th: orNull(th), en: orNull(en), zh: orNull(zh) });

const OURS_AGENCY = `query PeerAgency($id: ID!) {
  entity(id: $id) {
    id names { en }
    ... on Agency {
      parent { entity { id names { en } } }
      people { title { th en zh } person { id names { en } } }
    }
  }
}`;
const PEER_AGENCY = `query PeerAgency($id: ID!) {
  agencies(where: { id: { eq: $id } }) {
    id name_en
    parent { id name_en }
    peopleConnection { edges { properties { attr_title_th attr_title_en attr_title_zh } node { id name_en } } }
  }
}`;

const OURS_MEETING = `query PeerMeeting($id: ID!) {
  entity(id: $id) {
    id
    ... on Meeting {
      workingGroups { entity { id names { en } ... on WorkingGroup { members { side member { id names { en } } } } } }
    }
  }
}`;
const PEER_MEETING = `query PeerMeeting($id: ID!) {
  meetings(where: { id: { eq: $id } }) {
    id
    workingGroups {
      id name_en
      membersConnection { edges { properties { attr_side } node { ... on Person { id name_en } ... on Agency { id name_en } } } }
    }
  }
}`;

const OURS_LIST = `query PeerAgencies($country: String!) {
  agencies(filter: { country: $country }, sort: NAME, lang: EN, first: 20) { nodes { id names { en } } }
}`;
const PEER_LIST = `query PeerAgencies($country: String!) {
  agencies(where: { country: { eq: $country } }, sort: [{ sortName: ASC }, { id: ASC }], limit: 20) { id name_en }
}`;

const OURS_NEIGHBORHOOD = `query PeerNeighborhood($ids: [ID!]!, $limit: Int!) {
  neighborhood(ids: $ids, depth: 2, limit: $limit) {
    truncated nodes { id kind names { th en zh } aliases countryCode } edges { id type from to }
  }
}`;
const PEER_NEIGHBORHOOD = `query PeerNeighborhood($ids: [ID!]!, $limit: Int!) {
  neighborhood2(ids: $ids, limit: $limit) {
    truncated nodes { id kind name_th name_en name_zh aliases country } edges { id type from to }
  }
}`;

const OURS_ENTITY = `query PeerEntity($id: ID!) { entity(id: $id) { id kind names { th en zh } aliases countryCode } }`;
const PEER_ENTITY = `query PeerEntity($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name_th name_en name_zh aliases country } }`;

const edgeKey = (e: { id: string }) => e.id;
const neighborhoodOf = (nodes: Json[], edges: Json[], truncated: boolean) => ({
  truncated,
  nodes: sorted(nodes, edgeKey),
  edges: sorted(
    edges.map((e) => ({ id: e.id, type: e.type, from: e.from, to: e.to })),
    edgeKey,
  ),
});

/** The peer operations, with arguments from the dataset. */
export function peerOperations(s: PeerSamples): PeerOperation[] {
  const neighborhood = (key: string, label: string, id: string): PeerOperation => ({
    key,
    label,
    args: `\`${id}\`, depth 2, limit ${PEER_NEIGHBORHOOD_LIMIT}`,
    ours: { query: OURS_NEIGHBORHOOD, variables: { ids: [id], limit: PEER_NEIGHBORHOOD_LIMIT } },
    peer: { query: PEER_NEIGHBORHOOD, variables: { ids: [id], limit: PEER_NEIGHBORHOOD_LIMIT } },
    normaliseOurs: (d) =>
      neighborhoodOf(
        d.neighborhood.nodes.map((n: Json) => ({
          id: n.id,
          kind: n.kind,
          names: names(n.names.th, n.names.en, n.names.zh),
          aliases: n.aliases,
          country: orNull(n.countryCode),
        })),
        d.neighborhood.edges,
        d.neighborhood.truncated,
      ),
    normalisePeer: (d) =>
      neighborhoodOf(
        d.neighborhood2.nodes.map((n: Json) => ({
          id: n.id,
          kind: n.kind,
          names: names(n.name_th, n.name_en, n.name_zh),
          aliases: n.aliases ?? [],
          country: orNull(n.country),
        })),
        d.neighborhood2.edges,
        d.neighborhood2.truncated,
      ),
  });
  return [
    {
      key: 'agency',
      label: 'agency: English name, parent, people and their titles',
      args: `\`${s.agency}\``,
      ours: { query: OURS_AGENCY, variables: { id: s.agency } },
      peer: { query: PEER_AGENCY, variables: { id: s.agency } },
      normaliseOurs: (d) => ({
        id: d.entity.id,
        en: orNull(d.entity.names.en),
        parent: d.entity.parent ? { id: d.entity.parent.entity.id, en: orNull(d.entity.parent.entity.names.en) } : null,
        people: sorted(
          d.entity.people.map((p: Json) => ({
            id: p.person.id,
            en: orNull(p.person.names.en),
            title: names(p.title.th, p.title.en, p.title.zh),
          })),
          (p) => `${p.id} ${JSON.stringify(p.title)}`,
        ),
      }),
      normalisePeer: (d) => {
        const a = d.agencies[0];
        const parent = a.parent[0];
        return {
          id: a.id,
          en: orNull(a.name_en),
          parent: parent ? { id: parent.id, en: orNull(parent.name_en) } : null,
          people: sorted(
            a.peopleConnection.edges.map((e: Json) => ({
              id: e.node.id,
              en: orNull(e.node.name_en),
              title: names(e.properties.attr_title_th, e.properties.attr_title_en, e.properties.attr_title_zh),
            })),
            (p) => `${p.id} ${JSON.stringify(p.title)}`,
          ),
        };
      },
    },
    {
      key: 'meeting',
      label: "meeting: working groups, each group's members and their side",
      args: `\`${s.meeting}\``,
      ours: { query: OURS_MEETING, variables: { id: s.meeting } },
      peer: { query: PEER_MEETING, variables: { id: s.meeting } },
      normaliseOurs: (d) => ({
        id: d.entity.id,
        groups: sorted(
          d.entity.workingGroups.map((l: Json) => ({
            id: l.entity.id,
            en: orNull(l.entity.names.en),
            members: sorted(
              l.entity.members.map((m: Json) => ({ id: m.member.id, en: orNull(m.member.names.en), side: orNull(m.side) })),
              (m) => `${m.id} ${m.side}`,
            ),
          })),
          (g) => g.id,
        ),
      }),
      normalisePeer: (d) => ({
        id: d.meetings[0].id,
        groups: sorted(
          d.meetings[0].workingGroups.map((g: Json) => ({
            id: g.id,
            en: orNull(g.name_en),
            members: sorted(
              g.membersConnection.edges.map((e: Json) => ({
                id: e.node.id,
                en: orNull(e.node.name_en),
                side: orNull(e.properties.attr_side),
              })),
              (m) => `${m.id} ${m.side}`,
            ),
          })),
          (g) => g.id,
        ),
      }),
    },
    {
      key: 'agenciesOfCountry',
      label: 'the first 20 agencies of a country, by name',
      args: `country \`${s.country}\``,
      ours: { query: OURS_LIST, variables: { country: s.country } },
      peer: { query: PEER_LIST, variables: { country: s.country } },
      // The order is part of the answer here.
      normaliseOurs: (d) => d.agencies.nodes.map((n: Json) => ({ id: n.id, en: orNull(n.names.en) })),
      normalisePeer: (d) => d.agencies.map((n: Json) => ({ id: n.id, en: orNull(n.name_en) })),
    },
    neighborhood('neighborhoodMeeting', '2-hop neighbourhood of a meeting', s.hubMeeting),
    neighborhood('neighborhoodAgency', '2-hop neighbourhood of an agency', s.midAgency),
    {
      key: 'entity',
      label: 'entity detail: names, aliases, country',
      args: `\`${s.person}\``,
      ours: { query: OURS_ENTITY, variables: { id: s.person } },
      peer: { query: PEER_ENTITY, variables: { id: s.person } },
      normaliseOurs: (d) => ({
        ...d.entity,
        names: names(d.entity.names.th, d.entity.names.en, d.entity.names.zh),
        countryCode: orNull(d.entity.countryCode),
      }),
      normalisePeer: (d) => {
        const e = d.entities[0];
        return {
          id: e.id,
          kind: e.kind,
          names: names(e.name_th, e.name_en, e.name_zh),
          aliases: e.aliases ?? [],
          countryCode: orNull(e.country),
        };
      },
    },
  ];
}
