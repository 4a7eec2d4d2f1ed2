// The relationships of several entities at once, by type and direction, with the entity at
// the other end and the sources cited. One row per requested key that exists.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH (n)-[r:$(key.type)]->(m:Entity)
  WHERE key.dir = 'OUT'
  RETURN r, m
  UNION
  MATCH (n)<-[r:$(key.type)]-(m:Entity)
  WHERE key.dir = 'IN'
  RETURN r, m
}
WITH key, collect({
  rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id},
  node: m {.*, text: null}
}) AS links
CALL (links) {
  UNWIND links AS link
  UNWIND coalesce(link.rel.citeSources, []) + coalesce(link.node.citeSources, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN key.id AS id, key.type AS type, key.dir AS dir, links, sources
