// Several entities by id, with the sources their citations name (full text left out); ids that
// name no entity give no row.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  UNWIND n.citeSources AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN n {.*, text: null} AS node, sources
