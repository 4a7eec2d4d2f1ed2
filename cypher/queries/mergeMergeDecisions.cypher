// One batch of merge decisions: create or replace each by id, linked to the one entity it is about.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MERGE (m:MergeDecision {id: row.id})
SET m = row.props
WITH m, e
CALL (m) {
  OPTIONAL MATCH (m)-[old:MERGES]->()
  DELETE old
}
MERGE (m)-[:MERGES]->(e)
RETURN count(m) AS written
