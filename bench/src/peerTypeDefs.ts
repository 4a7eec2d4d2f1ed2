/**
 * The Neo4j GraphQL Library's type definitions for this project's store (`cypher/README.md`):
 * each kind's label, its stored properties by their stored names (`name_en`, `attr_title_en`…),
 * and the relationship types with their properties. Only what the peer operations read.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  interface Entity {
    id: ID!
    kind: String!
    name_th: String
    name_en: String
    name_zh: String
    aliases: [String!]
    country: String
  }

  type Person implements Entity @node(labels: ["Person", "Entity"]) {
    id: ID!
    kind: String!
    name_th: String
    name_en: String
    name_zh: String
    aliases: [String!]
    country: String
    positions: [Agency!]! @relationship(type: "HOLDS_POSITION", direction: OUT, properties: "Position")
  }

  type Agency implements Entity @node(labels: ["Agency", "Entity"]) {
    id: ID!
    kind: String!
    name_th: String
    name_en: String
    name_zh: String
    aliases: [String!]
    country: String
    "The API's sort key for names in English, so that both sides order a list alike."
    sortName: String
      @cypher(statement: "RETURN toLower(coalesce(this.name_en, this.name_th, this.name_zh, this.id)) AS sortName", columnName: "sortName")
    parent: [Agency!]! @relationship(type: "PART_OF", direction: OUT)
    people: [Person!]! @relationship(type: "HOLDS_POSITION", direction: IN, properties: "Position")
  }

  type Meeting implements Entity @node(labels: ["Meeting", "Entity"]) {
    id: ID!
    kind: String!
    name_th: String
    name_en: String
    name_zh: String
    aliases: [String!]
    country: String
    workingGroups: [WorkingGroup!]! @relationship(type: "HAS_WORKING_GROUP", direction: OUT)
  }

  union Member = Person | Agency

  type WorkingGroup implements Entity @node(labels: ["WorkingGroup", "Entity"]) {
    id: ID!
    kind: String!
    name_th: String
    name_en: String
    name_zh: String
    aliases: [String!]
    country: String
    attr_number: Int
    members: [Member!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
  }

  type Position @relationshipProperties {
    id: ID!
    attr_title_th: String
    attr_title_en: String
    attr_title_zh: String
  }

  "A relationship of a neighbourhood, as the API's Edge: its id, type and the ids of its ends."
  type NeighborhoodEdge {
    id: ID!
    type: String!
    from: ID!
    to: ID!
  }

  "A node of a neighbourhood: any kind, so a plain object rather than one of the node types above."
  type NeighborhoodNode {
    id: ID!
    kind: String!
    name_th: String
    name_en: String
    name_zh: String
    aliases: [String!]
    country: String
  }

  "The API's neighbourhood (nodes nearest first, then by id; the relationships among them)."
  type Neighborhood {
    nodes: [NeighborhoodNode!]!
    edges: [NeighborhoodEdge!]!
    truncated: Boolean!
  }

  type Query {
    "The 2-hop neighbourhood: the query a developer writes by hand for the library's @cypher."
    neighborhood2(ids: [ID!]!, limit: Int!): Neighborhood
      @cypher(
        statement: """
        MATCH (start:Entity) WHERE start.id IN $ids
        WITH collect(start) AS starts
        CALL (starts) {
          UNWIND starts AS s
          MATCH p = (s)-[*1..2]-(m:Entity)
          WHERE NOT m IN starts
          WITH m, min(length(p)) AS distance
          ORDER BY distance, m.id
          LIMIT $limit + 1
          RETURN collect(m) AS found
        }
        WITH starts + found[0..($limit - size(starts))] AS ns, size(found) > $limit - size(starts) AS truncated
        CALL (ns) {
          UNWIND ns AS a
          MATCH (a)-[r]->(b)
          WHERE b IN ns
          WITH r LIMIT $limit * 5 + 1
          RETURN collect({id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS edges
        }
        RETURN {nodes: [x IN ns | x {.id, .kind, .name_th, .name_en, .name_zh, .aliases, .country}], edges: edges[0..($limit * 5)], truncated: truncated OR size(edges) > $limit * 5} AS result
        """
        columnName: "result"
      )
  }

  type Membership @relationshipProperties {
    id: ID!
    attr_side: String
  }
`;
