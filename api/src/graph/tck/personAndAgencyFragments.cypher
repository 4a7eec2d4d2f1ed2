// fragments on two types asking for the same relationship type: read once, for both kinds
// query($id: ID!) { entity(id: $id) { ...P ...A } }
// fragment P on Person { positions { organization { id } citations { quote } } workingGroups { workingGroup { id } side } }
// fragment A on Agency { workingGroups { workingGroup { id name } } people { person { id positions { title { en } } } } }
// {"id":"person:sirirurg-songsivilai"}
// parameters: {"id":"person:sirirurg-songsivilai"}
MATCH (n0:Entity {id: $id})
RETURN {node: n0 { .id, .kind }, links: [
    CASE WHEN n0:Person THEN [(n0)-[r1:HOLDS_POSITION]->(n1:Entity) | {rel: r1 { .id, .citeSources, .citeQuotes }, entity: {node: n1 { .id, .kind }}}] END,
    CASE WHEN n0:Person|Agency THEN [(n0)-[r1:MEMBER_OF]->(n1:Entity) | {rel: r1 { .id, .attr_side, .attr_side_th, .attr_side_en, .attr_side_zh }, entity: {node: n1 { .id, .kind, .name_th, .name_en, .name_zh, .aliases, .title }}}] END,
    CASE WHEN n0:Agency THEN [(n0)<-[r1:HOLDS_POSITION]-(n1:Entity) | {rel: r1 { .id }, entity: {node: n1 { .id, .kind }, links: [
      CASE WHEN n1:Person THEN [(n1)-[r2:HOLDS_POSITION]->(n2:Entity) | {rel: r2 { .id, .attr_title, .attr_title_th, .attr_title_en, .attr_title_zh }, entity: {node: n2 { .id, .kind }}}] END
    ]}}] END
  ]} AS entity
