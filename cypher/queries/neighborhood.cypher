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
// however many paths lead to them; enumerating paths instead grew with the number of paths, which
// explodes at depth 3 around a hub. A ring is looked for only while the nodes found so far may
// still be too few to fill $budget: past that, farther nodes could never be kept.
CALL (starts) {
  CALL (starts) {
    UNWIND starts AS s
    MATCH (s)--(m:Entity)
    WHERE $kinds IS NULL OR m.kind IN $kinds
    RETURN collect(DISTINCT m) AS ring1
  }
  WITH starts, ring1, $depth >= 2 AND size(ring1) <= $budget + size(starts) AS further,
       $budgetPlusOne - size([x IN ring1 WHERE NOT x IN starts]) AS need
  // Depth 3 keeps ring 2 whole: ring 3 is found from it.
  CALL (starts, ring1, further) {
    UNWIND CASE WHEN further AND $depth >= 3 THEN ring1 ELSE [] END AS h
    MATCH (h)--(m:Entity)
    WHERE $kinds IS NULL OR m.kind IN $kinds
    RETURN collect(DISTINCT m) AS ring2
  }
  // Depth 2 needs only the `need` smallest ids of ring 2. Around a hub (ring 1 holding a country
  // or an agency of thousands), ring 2 is a large share of the store: the 1M store's best-connected
  // meeting reaches 103,000 relationships and 64,000 nodes from its 24 neighbours. Reading entities
  // in id order from the index and keeping those with a neighbour in ring 1 finds its 1,000 smallest
  // ids after about 10,000 entities, at 40 % of the CPU of expanding ring 1 and sorting ring 2
  // (Neo4j CPU per query, measured side by side). The scan is tried only when ring 1 reaches at
  // least a quarter as many relationships as scanning 20 entities per node wanted would read (at
  // the store's mean degree, from its counts), and it reads at most that many entities: it settles
  // ring 2 when it finds `need` nodes or reads every entity; otherwise ring 1 is expanded after all.
  CALL (starts, ring1, further, need) {
    CALL () {
      MATCH (e:Entity)
      RETURN count(e) AS entities
    }
    CALL () {
      MATCH ()-[r]->()
      RETURN count(r) AS relationships
    }
    WITH starts, ring1, need, entities,
         further AND $depth = 2 AND need > 0 AND entities > 0 AND
         4 * reduce(n = 0, h IN ring1 | n + COUNT { (h)--() }) * entities >= CASE WHEN entities < 20 * $budgetPlusOne THEN entities ELSE 20 * $budgetPlusOne END * 2 * relationships AS scan
    CALL (starts, ring1, scan) {
      UNWIND CASE WHEN scan THEN [true] ELSE [] END AS go
      CALL (starts, ring1) {
        MATCH (m:Entity)
        WHERE m.id >= ''
        WITH m
        ORDER BY m.id
        LIMIT 20 * $budgetPlusOne
        WHERE NOT m IN ring1 AND NOT m IN starts AND ($kinds IS NULL OR m.kind IN $kinds) AND EXISTS { (m)--(h) WHERE h IN ring1 }
        RETURN m
        LIMIT $budgetPlusOne
      }
      RETURN collect(m) AS scanned
    }
    RETURN scanned, scan AND (size(scanned) >= need OR entities <= 20 * $budgetPlusOne) AS settled
  }
  CALL (starts, ring1, further, ring2, scanned, settled) {
    UNWIND ring1 AS m
    WITH m, starts
    WHERE NOT m IN starts
    RETURN m, 1 AS distance
    UNION ALL
    UNWIND CASE WHEN settled THEN scanned ELSE [] END AS m
    RETURN m, 2 AS distance
    UNION ALL
    UNWIND CASE WHEN further AND $depth = 2 AND NOT settled THEN ring1 ELSE [] END AS h
    MATCH (h)--(m:Entity)
    WHERE ($kinds IS NULL OR m.kind IN $kinds) AND NOT m IN ring1 AND NOT m IN starts
    WITH DISTINCT m
    RETURN m, 2 AS distance
    UNION ALL
    UNWIND ring2 AS m
    WITH m, ring1, starts
    WHERE NOT m IN ring1 AND NOT m IN starts
    RETURN m, 2 AS distance
    UNION ALL
    UNWIND CASE WHEN size(ring2) <= $budget + size(starts) THEN ring2 ELSE [] END AS h
    MATCH (h)--(m:Entity)
    WHERE ($kinds IS NULL OR m.kind IN $kinds) AND NOT m IN ring2 AND NOT m IN ring1 AND NOT m IN starts
    WITH DISTINCT m
    RETURN m, 3 AS distance
  }
  WITH m, distance
  ORDER BY distance, m.id
  LIMIT $budgetPlusOne
  RETURN collect(m) AS found
}
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
