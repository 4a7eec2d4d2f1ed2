// How many entities the database holds (0 means the seed should be loaded). Two separate
// subqueries: next to the aggregate, a COUNT {} in the same RETURN would be a grouping key,
// evaluated once per entity (quadratic: minutes on 10k entities).
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
