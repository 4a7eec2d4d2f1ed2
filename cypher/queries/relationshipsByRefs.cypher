// Relationships by stable id, each found from its endpoints; with the sources their citations name.
UNWIND $refs AS ref
MATCH (a:Entity {id: ref.from})-[r]->(b:Entity {id: ref.to})
WHERE r.id = ref.id
CALL (r) {
  UNWIND r.citeSources AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS rel, sources
