// Several relationships by stable id, with the sources their citations name; ids that name none give no row.
UNWIND $ids AS id
MATCH (:Entity)-[r {id: id}]->(:Entity)
CALL (r) {
  UNWIND coalesce(r.citeSources, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS rel, sources
