// Shortest paths between two entities, in either direction, of at most $maxLength steps.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxLength
WITH p
ORDER BY [n IN nodes(p) | n.id]
LIMIT $first
WITH collect({
  nodes: [n IN nodes(p) | n {.*, text: null}],
  rels: [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]
}) AS paths
CALL (paths) {
  UNWIND paths AS path
  UNWIND [x IN path.nodes | x.citeSources] + [r IN path.rels | r.citeSources] AS list
  UNWIND list AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN paths, sources
