// fragments on two types asking for the same relationship type: read once, for both kinds
// query($id: ID!) { entity(id: $id) { ...P ...A } }
// fragment P on Person { positions { organization { id } citations { quote } } workingGroups { workingGroup { id } side } }
// fragment A on Agency { workingGroups { workingGroup { id name } } people { person { id positions { title { en } } } } }
// {"id":"person:sirirurg-songsivilai"}
// parameters: {"id":"person:sirirurg-songsivilai"}
MATCH (n0:Entity {id: $id})
RETURN [[n0.id, n0.kind], [
    CASE WHEN n0:Person THEN [(n0)-[r1:HOLDS_POSITION]->(n1:Entity) | [[r1.id, r1.citeSources, r1.citeQuotes], [[n1.id, n1.kind]]]] END,
    CASE WHEN n0:Person|Agency THEN [(n0)-[r1:MEMBER_OF]->(n1:Entity) | [[r1.id, r1.attr_side], [[n1.id, n1.kind, n1.name_th, n1.name_en, n1.name_zh, n1.aliases, n1.title]]]] END,
    CASE WHEN n0:Agency THEN [(n0)<-[r1:HOLDS_POSITION]-(n1:Entity) | [[r1.id], [[n1.id, n1.kind], [
      CASE WHEN n1:Person THEN [(n1)-[r2:HOLDS_POSITION]->(n2:Entity) | [[r2.id, r2.attr_title_th, r2.attr_title_en, r2.attr_title_zh], [[n2.id, n2.kind]]]] END
    ]]]] END
  ]] AS entity
