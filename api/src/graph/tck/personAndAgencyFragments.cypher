// fragments on two types asking for the same relationship type: read once, for both kinds
// query($id: ID!) { entity(id: $id) { ...P ...A } }
// fragment P on Person { positions { organization { id } citations { quote } } workingGroups { workingGroup { id } side } }
// fragment A on Agency { workingGroups { workingGroup { id name } } people { person { id positions { title { en } } } } }
// {"id":"person:sirirurg-songsivilai"}
// parameters: {"id":"person:sirirurg-songsivilai"}
MATCH (n0:Entity {id: $id})
RETURN {node: n0 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: [
    CASE WHEN n0:Person THEN [(n0)-[r1:HOLDS_POSITION]->(n1:Entity) | {rel: r1 {.*, type: type(r1), from: n0.id, to: n1.id}, sources: [], entity: {node: n1 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: []}}] END,
    CASE WHEN n0:Person|Agency THEN [(n0)-[r1:MEMBER_OF]->(n1:Entity) | {rel: r1 {.*, type: type(r1), from: n0.id, to: n1.id, citeSources: null, citeQuotes: null}, sources: [], entity: {node: n1 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: []}}] END,
    CASE WHEN n0:Agency THEN [(n0)<-[r1:HOLDS_POSITION]-(n1:Entity) | {rel: r1 {.*, type: type(r1), from: n1.id, to: n0.id, citeSources: null, citeQuotes: null}, sources: [], entity: {node: n1 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: [
      CASE WHEN n1:Person THEN [(n1)-[r2:HOLDS_POSITION]->(n2:Entity) | {rel: r2 {.*, type: type(r2), from: n1.id, to: n2.id, citeSources: null, citeQuotes: null}, sources: [], entity: {node: n2 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: []}}] END
    ]}}] END
  ]} AS entity
