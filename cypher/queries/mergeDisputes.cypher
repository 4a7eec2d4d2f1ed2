// One batch of disputes: create or replace each by id, linked to the entity it is about. The
// relationships that are its statements are named by their stable ids in `stmtRels`.
UNWIND $rows AS row
MATCH (e:Entity {id: row.subject})
MERGE (d:Dispute {id: row.id})
SET d = row.props
WITH d, e
CALL (d) {
  OPTIONAL MATCH (d)-[old:DISPUTES]->()
  DELETE old
}
MERGE (d)-[:DISPUTES]->(e)
RETURN count(d) AS written
