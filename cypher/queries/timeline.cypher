// Dated facts for the timeline: entities with a startDate, endDate or date attribute, and
// relationships with one, optionally only those of (or next to) one entity ($entity) and of some
// kinds ($kinds). With an entity: its own dates, its dated relationships, and its dated
// neighbours (a committee's meetings). Each with the disputes that name it. The period and the
// count are applied by the caller, which knows dates at their printed precision.
CALL () {
  MATCH (n:Entity)
  WHERE n.kind <> 'SOURCE'
    AND (n.attr_startDate IS NOT NULL OR n.attr_endDate IS NOT NULL OR n.attr_date IS NOT NULL)
    AND ($entity IS NULL OR n.id = $entity OR EXISTS { (n)--(:Entity {id: $entity}) })
    AND ($kinds IS NULL OR n.kind IN $kinds)
  WITH n, COLLECT { MATCH (d:Dispute)-[:DISPUTES]->(n) RETURN d {.id, .stmtValues} } AS disputes
  RETURN collect(n {.*, text: null, disputes: disputes}) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE (r.attr_startDate IS NOT NULL OR r.attr_endDate IS NOT NULL OR r.attr_date IS NOT NULL)
    AND ($entity IS NULL OR a.id = $entity OR b.id = $entity)
    AND ($kinds IS NULL OR a.kind IN $kinds OR b.kind IN $kinds)
  WITH a, r, b, COLLECT { MATCH (d:Dispute) WHERE r.id IN d.stmtRels RETURN d.id } AS disputes
  RETURN collect(r {.*, type: type(r), from: a.id, to: b.id, disputes: disputes}) AS rels, collect(a) + collect(b) AS endNodes
}
CALL (nodes, rels, endNodes) {
  UNWIND endNodes AS e
  WITH DISTINCT e
  RETURN collect(e {.*, text: null}) AS ends
}
CALL (nodes, rels, endNodes) {
  UNWIND [n IN nodes | n.citeSources] + [r IN rels | r.citeSources] + [e IN endNodes | e.citeSources] AS list
  UNWIND coalesce(list, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN nodes, rels, ends, sources
