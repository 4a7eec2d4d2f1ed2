// Everything a briefing needs about one entity, in one round trip: its relationships, the
// parent bodies of its organisations, the topics of its working groups, its counterparts on
// the other side (ranked by shared meetings and working groups, with a connecting path),
// the sources cited, the dataset's version, and the disputes about it or its relationships.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(m:Entity)
  RETURN collect({rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}, node: m {.*, text: null}}) AS links
}
CALL (e) {
  MATCH p = (e)-[:HOLDS_POSITION|MEMBER_OF|PART_OF]->(:Agency)-[:PART_OF*0..4]->(:Agency)
  UNWIND relationships(p)[1..] AS r
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect({rel: r {.*, type: type(r), from: a.id, to: b.id}, node: b {.*, text: null}, start: a {.*, text: null}}) AS parents
}
CALL (e) {
  MATCH (e)-[:MEMBER_OF]->(:WorkingGroup)-[r:FOCUSES_ON]->(t:Topic)
  RETURN collect({rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}, node: t {.*, text: null}}) AS topics
}
CALL (e) {
  MATCH (e)-[:MEMBER_OF]->(wg:WorkingGroup)<-[r:HAS_WORKING_GROUP]-(m:Meeting)
  RETURN collect({rel: r {.*, type: type(r), from: m.id, to: wg.id}, node: m {.*, text: null}, start: wg {.*, text: null}}) AS groupMeetings
}
CALL (e) {
  MATCH (e)-[:ATTENDED|CHAIRED|MEMBER_OF]->(x)
  OPTIONAL MATCH (x)<-[:HAS_WORKING_GROUP]-(m:Meeting)
  WITH e, collect(DISTINCT x) + collect(DISTINCT m) AS contexts
  UNWIND contexts AS k
  CALL (k) {
    MATCH (k)<-[:ATTENDED|CHAIRED|MEMBER_OF]-(c:Entity)
    RETURN c
    UNION
    MATCH (k)-[:HAS_WORKING_GROUP]->(:WorkingGroup)<-[:MEMBER_OF]-(c:Entity)
    RETURN c
  }
  WITH e, c, k
  WHERE c <> e AND c.country IS NOT NULL AND e.country IS NOT NULL AND c.country <> e.country
  WITH e, c, collect(DISTINCT k) AS shared
  WITH e, c, shared, size([k IN shared WHERE k:Meeting]) AS meetings, size([k IN shared WHERE k:WorkingGroup]) AS groups
  ORDER BY meetings + groups DESC, groups DESC, c.id
  LIMIT $counterpartLimit
  CALL (e, c) {
    OPTIONAL MATCH p = shortestPath((e)-[*..4]-(c))
    RETURN [n IN nodes(p) | n {.*, text: null}] AS pathNodes,
           [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS pathRels
  }
  CALL (c) {
    MATCH (c)-[r:HOLDS_POSITION]->(o:Agency)
    RETURN collect({rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}, node: o {.*, text: null}}) AS orgs
  }
  RETURN collect({node: c {.*, text: null}, meetings: meetings, groups: groups, pathNodes: pathNodes, pathRels: pathRels, orgs: orgs}) AS counterparts
}
CALL (e, links, parents, topics, groupMeetings, counterparts) {
  UNWIND [e.citeSources]
    + [l IN links | l.rel.citeSources + l.node.citeSources]
    + [l IN parents | l.rel.citeSources + l.node.citeSources + l.start.citeSources]
    + [l IN topics | l.rel.citeSources + l.node.citeSources]
    + [l IN groupMeetings | l.rel.citeSources + l.node.citeSources + l.start.citeSources]
    + [c IN counterparts | c.node.citeSources]
    + [c IN counterparts | reduce(acc = [], r IN c.pathRels | acc + r.citeSources)]
    + [c IN counterparts | reduce(acc = [], n IN c.pathNodes | acc + n.citeSources)]
    + [c IN counterparts | reduce(acc = [], o IN c.orgs | acc + o.rel.citeSources + o.node.citeSources)] AS list
  UNWIND list AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
CALL (e, links) {
  // Disputes about the entity, and those its relationships are statements of (both usually none).
  RETURN COLLECT { MATCH (d:Dispute)-[:DISPUTES]->(e) RETURN properties(d) } AS disputes,
         COLLECT {
           UNWIND links AS l
           MATCH (d:Dispute) WHERE l.rel.id IN d.stmtRels
           RETURN {id: l.rel.id, dispute: properties(d)}
         } AS relDisputes
}
OPTIONAL MATCH (d:DatasetInfo {key: 'dataset'})
RETURN e {.*, text: null} AS node, links, parents, topics, groupMeetings, counterparts, sources,
       d {.version, .importedAt} AS dataset, disputes, relDisputes
