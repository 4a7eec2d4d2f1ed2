// The merge decisions and disputes about several entities at once; one row per id.
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (m:MergeDecision)-[:MERGES]->(:Entity {id: id})
  WITH m ORDER BY m.id
  RETURN collect(properties(m)) AS merges
}
CALL (id) {
  OPTIONAL MATCH (d:Dispute)-[:DISPUTES]->(:Entity {id: id})
  WITH d ORDER BY d.id
  RETURN collect(properties(d)) AS disputes
}
RETURN id, merges, disputes
