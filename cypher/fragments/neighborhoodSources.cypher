// The sources the stored citations of a neighbourhood's nodes and relationships name, without their
// text (the `sources` of neighborhood.cypher, when citations are selected).
CALL (ns, rels) {
  UNWIND [x IN ns | x.citeSources] + [r IN rels | r.citeSources] AS list
  UNWIND list AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
