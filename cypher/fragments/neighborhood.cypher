// A neighbourhood: the entities within $depth steps (1–3) of the start entities, nearest first
// (then by id), at most $budget besides the starts, found by `{{rings}}` (neighborhoodRings for
// depth 1–2, neighborhoodRingsDeep for 3); then every relationship among the nodes kept, at most
// $edgeLimit. With $kinds, every entity on the way must be of one of those kinds (the starts need
// not be). `{{sources}}` reads the sources the stored citations name (neighborhoodSources) or none
// (neighborhoodNoSources); `{{node}}` and `{{rel}}` project each node and relationship as the
// request selects them (api/src/model/compileRead.ts compiles one statement per combination).
MATCH (start:Entity)
WHERE start.id IN $ids
WITH collect(start) AS starts
{{rings}}
WITH starts + found[0..$budget] AS ns, size(found) > $budget AS truncated
// The relationships among the kept nodes, each found once, and never by reading all of a kept
// hub's relationships (a country, a topic: its degree grows with the store; over 500 here) when
// the other end has fewer. A relationship a→b is found from a's outgoing side unless a has over 500
// outgoing relationships, then from b's incoming side unless b has over 500 incoming ones, and
// between two such nodes from whichever of the two sets has fewer relationships in that direction
// (once for the set, not once per pair: the 1M store's best-connected meeting keeps 29 and 17 of
// them, and looking up each of the 493 pairs read 650,000 relationships, against 33,000 this way).
// Whether the other end is kept is a membership test against the kept nodes: on the 10k store's
// agency neighbourhood (1,000 nodes) this cost Neo4j about a third less CPU (11.4 against 16.8 ms
// per query) than grouping both directions of every kept node by their other end.
CALL (ns) {
  WITH ns, [x IN ns WHERE COUNT { (x)-->() } > 500] AS heavyOut, [x IN ns WHERE COUNT { (x)<--() } > 500] AS heavyIn
  WITH ns, heavyOut, heavyIn,
       reduce(n = 0, x IN heavyIn | n + COUNT { (x)<--() }) <= reduce(n = 0, x IN heavyOut | n + COUNT { (x)-->() }) AS fromHeavyIn
  CALL (ns, heavyOut, heavyIn, fromHeavyIn) {
    UNWIND ns AS a
    WITH a, ns, heavyOut
    WHERE NOT a IN heavyOut
    MATCH (a)-[r]->(b)
    WHERE b IN ns
    RETURN r
    UNION ALL
    UNWIND CASE WHEN size(heavyOut) > 0 THEN ns ELSE [] END AS b
    WITH b, heavyOut, heavyIn
    WHERE NOT b IN heavyIn
    MATCH (a)-[r]->(b)
    WHERE a IN heavyOut
    RETURN r
    UNION ALL
    UNWIND CASE WHEN size(heavyOut) > 0 AND fromHeavyIn THEN heavyIn ELSE [] END AS b
    MATCH (a)-[r]->(b)
    WHERE a IN heavyOut
    RETURN r
    UNION ALL
    UNWIND CASE WHEN size(heavyIn) > 0 AND NOT fromHeavyIn THEN heavyOut ELSE [] END AS a
    MATCH (a)-[r]->(b)
    WHERE b IN heavyIn
    RETURN r
  }
  WITH r
  LIMIT $edgeLimitPlusOne
  RETURN collect(r) AS rels
}
{{sources}}
// A node or relationship is a list, in the positions `NEIGHBORHOOD_NODE_KEYS` and
// `NEIGHBORHOOD_EDGE_KEYS` give (api/src/db/queryRows.ts), or a map of every property only when a
// selected field needs them all: the driver decodes every key of every map, thousands of times in
// a large neighbourhood, and a list costs its values only.
WITH [x IN ns | {{node}}] AS nodes, [r IN rels[0..$edgeLimit] | {{rel}}] AS rels, truncated OR size(rels) > $edgeLimit AS truncated, sources
// The answer in rows of at most 40 nodes and 40 relationships (at least one row; the first also
// carries the sources): the driver reads a row that spans several Bolt chunks by walking all of
// them for every byte and string it decodes, so a neighbourhood of thousands in one row cost it
// time that grew with the square of its size (848 nodes and 4,571 relationships: 39 ms of the
// client's CPU in one row, 19 ms in rows of 40).
UNWIND [0] + range(40, CASE WHEN size(nodes) > size(rels) THEN size(nodes) ELSE size(rels) END - 1, 40) AS i
RETURN nodes[i..i + 40] AS nodes, rels[i..i + 40] AS rels, truncated, CASE WHEN i = 0 THEN sources ELSE [] END AS sources
