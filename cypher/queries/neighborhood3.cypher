// The entities within 3 step(s) of the start entities, nearest first, at most $budget besides
// the starts; then every relationship among the nodes kept, at most $edgeLimit.
MATCH (start:Entity)
WHERE start.id IN $ids
WITH collect(start) AS starts
CALL (starts) {
  UNWIND starts AS s
  MATCH p = (s)-[*1..3]-(m:Entity)
  WHERE NOT m IN starts AND ($kinds IS NULL OR all(x IN nodes(p)[1..] WHERE x.kind IN $kinds))
  WITH m, min(length(p)) AS distance
  ORDER BY distance, m.id
  LIMIT $budgetPlusOne
  RETURN collect(m) AS found
}
WITH starts + found[0..$budget] AS ns, size(found) > $budget AS truncated
// The relationships among the kept nodes, read from the side of the smaller degree, so that a
// kept hub (a country, a topic: its degree grows with the store) is never expanded: each node of
// degree up to 500 is expanded and its relationships to kept nodes taken; relationships between
// two nodes of higher degree are looked up pair by pair (Neo4j then reads the smaller side).
CALL (ns) {
  WITH ns, [x IN ns WHERE COUNT { (x)--() } > 500] AS hubs
  CALL (ns, hubs) {
    UNWIND ns AS a
    WITH a, ns, hubs
    WHERE NOT a IN hubs
    MATCH (a)-[r]-(b)
    WHERE b IN ns
    RETURN r
    UNION ALL
    UNWIND hubs AS a
    UNWIND hubs AS b
    MATCH (a)-[r]->(b)
    RETURN r
  }
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
