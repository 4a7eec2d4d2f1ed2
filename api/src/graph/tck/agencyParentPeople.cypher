// an agency: English name, parent agency, people holding positions there with their titles
// query($id: ID!) { entity(id: $id) { name(lang: EN) ... on Agency { parent { entity { id name } } people { title { th en } person { id name } } } } }
// {"id":"agency:pmu-a-poverty-division"}
// parameters: {"id":"agency:pmu-a-poverty-division"}
MATCH (n0:Entity {id: $id})
RETURN {node: n0 { .id, .kind, .name_th, .name_en, .name_zh, .aliases, .title }, links: [
    CASE WHEN n0:Agency THEN [(n0)-[r1:PART_OF]->(n1:Entity) | {rel: r1 { .id }, entity: {node: n1 { .id, .kind, .name_th, .name_en, .name_zh, .aliases, .title }}}] END,
    CASE WHEN n0:Agency THEN [(n0)<-[r1:HOLDS_POSITION]-(n1:Entity) | {rel: r1 { .id, .attr_title, .attr_title_th, .attr_title_en, .attr_title_zh }, entity: {node: n1 { .id, .kind, .name_th, .name_en, .name_zh, .aliases, .title }}}] END
  ]} AS entity
