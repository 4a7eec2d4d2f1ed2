// The entities within $depth steps (1–3) of the start entities, nearest first (then by id), at
// most $budget besides the starts; then every relationship among the nodes kept, at most $edgeLimit.
// With $kinds, every entity on the way must be of one of those kinds (the starts need not be).
// Stored citations and the sources they name are returned only when $citations is true; every
// stored property of the nodes only when $nodeProperties is (else their names), of the
// relationships only when $edgeProperties is (else their id, type and ends).
MATCH (start:Entity)
WHERE start.id IN $ids
WITH collect(start) AS starts
// Breadth first, ring by ring: each ring expands the distinct nodes of the ring before it once,
// however many paths lead to them, and each node keeps its smallest distance (an aggregation,
// not a search through a list); enumerating paths instead grew with the number of paths, which
// explodes at depth 3 around a hub. A ring is expanded only while the nodes found so far may
// still be too few to fill $budget: past that, farther nodes could never be kept.
CALL (starts) {
  CALL (starts) {
    UNWIND starts AS s
    MATCH (s)--(m:Entity)
    WHERE $kinds IS NULL OR m.kind IN $kinds
    RETURN collect(DISTINCT m) AS ring1
  }
  CALL (starts, ring1) {
    UNWIND CASE WHEN $depth >= 2 AND size(ring1) <= $budget + size(starts) THEN ring1 ELSE [] END AS h
    MATCH (h)--(m:Entity)
    WHERE $kinds IS NULL OR m.kind IN $kinds
    RETURN collect(DISTINCT m) AS ring2
  }
  CALL (starts, ring2) {
    UNWIND CASE WHEN $depth >= 3 AND size(ring2) <= $budget + size(starts) THEN ring2 ELSE [] END AS h
    MATCH (h)--(m:Entity)
    WHERE $kinds IS NULL OR m.kind IN $kinds
    RETURN collect(DISTINCT m) AS ring3
  }
  UNWIND [x IN ring1 | [x, 1]] + [x IN ring2 | [x, 2]] + [x IN ring3 | [x, 3]] AS reached
  WITH reached[0] AS m, min(reached[1]) AS distance, starts
  WHERE NOT m IN starts
  WITH m, distance
  ORDER BY distance, m.id
  LIMIT $budgetPlusOne
  RETURN collect(m) AS found
}
WITH starts + found[0..$budget] AS ns, size(found) > $budget AS truncated
// The relationships among the kept nodes, each found once, and never by expanding a kept hub (a
// country, a topic: its degree grows with the store; over 500 here): a relationship leaving a
// node of smaller degree is found from that node, one reaching it from a hub from its own side,
// and one between two hubs by looking the pair up (Neo4j then reads the smaller side). Whether
// the other end is kept is a membership test against the kept nodes: on the 10k store's agency
// neighbourhood (1,000 nodes) this cost Neo4j about a third less CPU (11.4 against 16.8 ms per
// query) than grouping both directions of every kept node by their other end.
CALL (ns) {
  WITH ns, [x IN ns WHERE COUNT { (x)--() } > 500] AS hubs
  CALL (ns, hubs) {
    UNWIND ns AS a
    WITH a, ns, hubs
    WHERE NOT a IN hubs
    MATCH (a)-[r]->(b)
    WHERE b IN ns
    RETURN r
    UNION ALL
    UNWIND CASE WHEN size(hubs) > 0 THEN ns ELSE [] END AS b
    WITH b, hubs
    WHERE NOT b IN hubs
    MATCH (a)-[r]->(b)
    WHERE a IN hubs
    RETURN r
    UNION ALL
    UNWIND hubs AS a
    UNWIND hubs AS b
    MATCH (a)-[r]->(b)
    RETURN r
  }
  WITH r
  LIMIT $edgeLimitPlusOne
  RETURN collect(r) AS rels
}
CALL (ns, rels) {
  UNWIND CASE WHEN $citations THEN [x IN ns | x.citeSources] + [r IN rels | r.citeSources] ELSE [] END AS list
  UNWIND list AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
// A node or relationship is a map of every property only when a selected field needs them all;
// else a list, in the positions `NEIGHBORHOOD_NODE_KEYS` and `NEIGHBORHOOD_EDGE_KEYS` give
// (api/src/db/queryRows.ts): the driver decodes every key of every map, thousands of times in a
// large neighbourhood, and a list costs its values only.
WITH [x IN ns | CASE
                   WHEN $nodeProperties AND $citations THEN x {.*, text: null, searchKeys: null, sortName_th: null, sortName_en: null, sortName_zh: null}
                   WHEN $nodeProperties THEN x {.*, text: null, searchKeys: null, sortName_th: null, sortName_en: null, sortName_zh: null, citeSources: null, citeQuotes: null, citeAbout: null}
                   WHEN $citations THEN [x.id, x.kind, x.name_th, x.name_en, x.name_zh, x.aliases, x.country, x.title, x.citeSources, x.citeQuotes, x.citeAbout]
                   ELSE [x.id, x.kind, x.name_th, x.name_en, x.name_zh, x.aliases, x.country, x.title]
                 END] AS nodes,
       [r IN rels[0..$edgeLimit] | CASE
                   WHEN $edgeProperties AND $citations THEN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}
                   WHEN $edgeProperties THEN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id, citeSources: null, citeQuotes: null}
                   WHEN $citations THEN [r.id, type(r), startNode(r).id, endNode(r).id, r.citeSources, r.citeQuotes]
                   ELSE [r.id, type(r), startNode(r).id, endNode(r).id]
                 END] AS rels,
       truncated OR size(rels) > $edgeLimit AS truncated, sources
// The answer in rows of at most 40 nodes and 40 relationships (at least one row; the first also
// carries the sources): the driver reads a row that spans several Bolt chunks by walking all of
// them for every byte and string it decodes, so a neighbourhood of thousands in one row cost it
// time that grew with the square of its size (848 nodes and 4,571 relationships: 39 ms of the
// client's CPU in one row, 19 ms in rows of 40).
UNWIND [0] + range(40, CASE WHEN size(nodes) > size(rels) THEN size(nodes) ELSE size(rels) END - 1, 40) AS i
RETURN nodes[i..i + 40] AS nodes, rels[i..i + 40] AS rels, truncated, CASE WHEN i = 0 THEN sources ELSE [] END AS sources
