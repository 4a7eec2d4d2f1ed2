// The entities within 1 step(s) of the start entities, nearest first, at most $budget besides
// the starts; then every relationship among the nodes kept, at most $edgeLimit.
MATCH (start:Entity)
WHERE start.id IN $ids
WITH collect(start) AS starts
CALL (starts) {
  UNWIND starts AS s
  MATCH p = (s)-[*1..1]-(m:Entity)
  WHERE NOT m IN starts AND ($kinds IS NULL OR all(x IN nodes(p)[1..] WHERE x.kind IN $kinds))
  WITH m, min(length(p)) AS distance
  ORDER BY distance, m.id
  LIMIT $budgetPlusOne
  RETURN collect(m) AS found
}
WITH starts + found[0..$budget] AS ns, size(found) > $budget AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN ns
  WITH DISTINCT r
  LIMIT $edgeLimitPlusOne
  RETURN collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS rels
}
CALL (ns, rels) {
  UNWIND [x IN ns | x.citeSources] + [r IN rels | r.citeSources] AS list
  UNWIND list AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN [x IN ns | x {.*, text: null}] AS nodes, rels[0..$edgeLimit] AS rels,
       truncated OR size(rels) > $edgeLimit AS truncated, sources
