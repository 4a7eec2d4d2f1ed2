// a meeting: its working groups and each group’s members with their side
// query($id: ID!) { entity(id: $id) { id ... on Meeting { workingGroups { entity { id name ... on WorkingGroup { members { side member { id name } } } } } } } }
// {"id":"meeting:thai-china-st-committee-4"}
// parameters: {"id":"meeting:thai-china-st-committee-4"}
MATCH (n0:Entity {id: $id})
RETURN {node: n0 { .id, .kind }, links: [
    CASE WHEN n0:Meeting THEN [(n0)-[r1:HAS_WORKING_GROUP]->(n1:Entity) | {rel: r1 { .id }, entity: {node: n1 { .id, .kind, .name_th, .name_en, .name_zh, .aliases, .title }, links: [
      CASE WHEN n1:WorkingGroup THEN [(n1)<-[r2:MEMBER_OF]-(n2:Entity) | {rel: r2 { .id, .attr_side, .attr_side_th, .attr_side_en, .attr_side_zh }, entity: {node: n2 { .id, .kind, .name_th, .name_en, .name_zh, .aliases, .title }}}] END
    ]}}] END
  ]} AS entity
