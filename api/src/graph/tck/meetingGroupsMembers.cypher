// a meeting: its working groups and each group’s members with their side
// query($id: ID!) { entity(id: $id) { id ... on Meeting { workingGroups { entity { id name ... on WorkingGroup { members { side member { id name } } } } } } } }
// {"id":"meeting:thai-china-st-committee-4"}
// parameters: {"id":"meeting:thai-china-st-committee-4"}
MATCH (n0:Entity {id: $id})
RETURN {node: n0 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: [
    CASE WHEN n0:Meeting THEN [(n0)-[r1:HAS_WORKING_GROUP]->(n1:Entity) | {rel: r1 {.*, type: type(r1), from: n0.id, to: n1.id, citeSources: null, citeQuotes: null}, sources: [], entity: {node: n1 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: [
      CASE WHEN n1:WorkingGroup THEN [(n1)<-[r2:MEMBER_OF]-(n2:Entity) | {rel: r2 {.*, type: type(r2), from: n2.id, to: n1.id, citeSources: null, citeQuotes: null}, sources: [], entity: {node: n2 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: []}}] END
    ]}}] END
  ]} AS entity
