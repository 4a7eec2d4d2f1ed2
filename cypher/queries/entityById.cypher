// One entity with the sources its citations name (full text left out).
MATCH (n:Entity {id: $id})
CALL (n) {
  UNWIND n.citeSources AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN n {.*, text: null} AS node, sources
