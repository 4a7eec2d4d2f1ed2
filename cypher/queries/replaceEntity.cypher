// Replaces the properties of one entity of a given kind; no row when there is none.
MATCH (n:Entity {id: $row.id})
WHERE n.kind = $row.props.kind
SET n = $row.props
WITH n
CALL (n) {
  UNWIND n.citeSources AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN n {.*, text: null} AS node, sources
