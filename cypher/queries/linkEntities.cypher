// Creates or replaces one relationship by its stable id; no row when an endpoint is missing.
MATCH (a:Entity {id: $row.from})
MATCH (b:Entity {id: $row.to})
MERGE (a)-[r:$($row.type) {id: $row.id}]->(b)
SET r = $row.props
WITH r
CALL (r) {
  UNWIND r.citeSources AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel, sources
