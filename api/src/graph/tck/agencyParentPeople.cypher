// an agency: English name, parent agency, people holding positions there with their titles
// query($id: ID!) { entity(id: $id) { name(lang: EN) ... on Agency { parent { entity { id name } } people { title { th en } person { id name } } } } }
// {"id":"agency:pmu-a-poverty-division"}
// parameters: {"id":"agency:pmu-a-poverty-division"}
MATCH (n0:Entity {id: $id})
RETURN {node: n0 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: [
    CASE WHEN n0:Agency THEN [(n0)-[r1:PART_OF]->(n1:Entity) | {rel: r1 {.*, type: type(r1), from: n0.id, to: n1.id, citeSources: null, citeQuotes: null}, sources: [], entity: {node: n1 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: []}}] END,
    CASE WHEN n0:Agency THEN [(n0)<-[r1:HOLDS_POSITION]-(n1:Entity) | {rel: r1 {.*, type: type(r1), from: n1.id, to: n0.id, citeSources: null, citeQuotes: null}, sources: [], entity: {node: n1 {.*, text: null, citeSources: null, citeQuotes: null, citeAbout: null}, sources: [], links: []}}] END
  ]} AS entity
