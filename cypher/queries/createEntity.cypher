// Creates one entity; the unique id constraint refuses an id that is taken, even in a race.
CREATE (n:Entity {id: $row.id})
SET n = $row.props
SET n:$($row.label)
WITH n
CALL (n) {
  UNWIND n.citeSources AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN n {.*, text: null} AS node, sources
