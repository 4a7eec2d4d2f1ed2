// The meeting series of a committee (or of a meeting's committee), for a brief: every meeting of
// the committee with its OF_COMMITTEE relationship and its venues, chairs, attendees and working
// groups, and the sources cited. No row when the entity is neither a committee nor one of its meetings.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[:OF_COMMITTEE]->(of:Committee)
WITH CASE WHEN e:Committee THEN e ELSE of END AS c
WHERE c IS NOT NULL
MATCH (m:Meeting)-[oc:OF_COMMITTEE]->(c)
CALL (m) {
  OPTIONAL MATCH (m)-[r:HELD_AT|CHAIRED|ATTENDED|HAS_WORKING_GROUP]-(x:Entity)
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}, node: x {.*, text: null}} END) AS links
}
WITH c, collect({node: m {.*, text: null}, of: oc {.*, type: type(oc), from: m.id, to: c.id}, links: links}) AS meetings
CALL (c, meetings) {
  UNWIND [c.citeSources] + [x IN meetings | x.node.citeSources + x.of.citeSources]
    + reduce(acc = [], x IN meetings | acc + [l IN x.links | l.rel.citeSources + l.node.citeSources]) AS list
  UNWIND coalesce(list, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN c {.*, text: null} AS committee, meetings, sources
