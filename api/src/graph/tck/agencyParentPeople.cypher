// an agency: English name, parent agency, people holding positions there with their titles
// query($id: ID!) { entity(id: $id) { name(lang: EN) ... on Agency { parent { entity { id name } } people { title { th en } person { id name } } } } }
// {"id":"agency:pmu-a-poverty-division"}
// parameters: {"id":"agency:pmu-a-poverty-division"}
MATCH (n0:Entity {id: $id})
RETURN [[n0.id, n0.kind, n0.name_th, n0.name_en, n0.name_zh, n0.aliases, n0.title], [
    CASE WHEN n0:Agency THEN [(n0)-[r1:PART_OF]->(n1:Entity) | [[r1.id], [[n1.id, n1.kind, n1.name_th, n1.name_en, n1.name_zh, n1.aliases, n1.title]]]] END,
    CASE WHEN n0:Agency THEN [(n0)<-[r1:HOLDS_POSITION]-(n1:Entity) | [[r1.id, r1.attr_title_th, r1.attr_title_en, r1.attr_title_zh], [[n1.id, n1.kind, n1.name_th, n1.name_en, n1.name_zh, n1.aliases, n1.title]]]] END
  ]] AS entity
