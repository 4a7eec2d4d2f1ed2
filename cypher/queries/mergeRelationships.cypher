// One batch of relationships: create or replace each by its stable id.
// Each type has its own branch with the type written out: MERGE with a dynamic type ($(row.type))
// was about ten times slower on Neo4j 5.26. The branches must list every type of
// api/src/domain/relationshipTypes.ts (a unit test checks); a row of another type would not be
// written, and the import would then fail on the count.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CALL (row, a, b) {
  WITH * WHERE row.type = 'HOLDS_POSITION'
  MERGE (a)-[r:HOLDS_POSITION {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PART_OF'
  MERGE (a)-[r:PART_OF {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'ACTS_FOR'
  MERGE (a)-[r:ACTS_FOR {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'BASED_IN'
  MERGE (a)-[r:BASED_IN {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'LOCATED_IN'
  MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PARTY_TO'
  MERGE (a)-[r:PARTY_TO {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'OF_COMMITTEE'
  MERGE (a)-[r:OF_COMMITTEE {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'CHAIRED'
  MERGE (a)-[r:CHAIRED {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'ATTENDED'
  MERGE (a)-[r:ATTENDED {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'HELD_AT'
  MERGE (a)-[r:HELD_AT {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'HAS_WORKING_GROUP'
  MERGE (a)-[r:HAS_WORKING_GROUP {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'FOCUSES_ON'
  MERGE (a)-[r:FOCUSES_ON {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'MEMBER_OF'
  MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PROPOSED_AS_COORDINATOR_WITH'
  MERGE (a)-[r:PROPOSED_AS_COORDINATOR_WITH {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'HAS_FIELD_VISIT'
  MERGE (a)-[r:HAS_FIELD_VISIT {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'VISITED'
  MERGE (a)-[r:VISITED {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'HOSTED_VISIT'
  MERGE (a)-[r:HOSTED_VISIT {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'OPERATES'
  MERGE (a)-[r:OPERATES {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PARTICIPATES_IN'
  MERGE (a)-[r:PARTICIPATES_IN {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PRESENTED'
  MERGE (a)-[r:PRESENTED {id: row.id}]->(b)
  SET r = row.props
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'ADVOCATED'
  MERGE (a)-[r:ADVOCATED {id: row.id}]->(b)
  SET r = row.props
  RETURN r
}
RETURN count(r) AS written
