// a meeting: its working groups and each group’s members with their side
// query($id: ID!) { entity(id: $id) { id ... on Meeting { workingGroups { entity { id name ... on WorkingGroup { members { side member { id name } } } } } } } }
// {"id":"meeting:thai-china-st-committee-4"}
// parameters: {"id":"meeting:thai-china-st-committee-4"}
MATCH (n0:Entity {id: $id})
RETURN [[n0.id, n0.kind], [
    CASE WHEN n0:Meeting THEN [(n0)-[r1:HAS_WORKING_GROUP]->(n1:Entity) | [[r1.id], [[n1.id, n1.kind, n1.name_th, n1.name_en, n1.name_zh, n1.aliases, n1.title], [
      CASE WHEN n1:WorkingGroup THEN [(n1)<-[r2:MEMBER_OF]-(n2:Entity) | [[r2.id, r2.attr_side], [[n2.id, n2.kind, n2.name_th, n2.name_en, n2.name_zh, n2.aliases, n2.title]]]] END
    ]]]] END
  ]] AS entity
