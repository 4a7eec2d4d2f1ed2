// Depth 1 or 2 of a neighbourhood (the `rings` of neighborhood.cypher): from `starts`, the nodes
// kept besides them as `found`, nearest first, then by id, at most $budgetPlusOne.
// Ring 2 is looked for only while ring 1 may still be too few to fill $budget.
CALL (starts) {
  CALL (starts) {
    UNWIND starts AS s
    MATCH (s)--(m:Entity)
    WHERE $kinds IS NULL OR m.kind IN $kinds
    RETURN collect(DISTINCT m) AS ring1
  }
  WITH starts, ring1, $depth >= 2 AND size(ring1) <= $budget + size(starts) AS further,
       $budgetPlusOne - size([x IN ring1 WHERE NOT x IN starts]) AS need
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
         further AND need > 0 AND entities > 0 AND
         4 * reduce(n = 0, h IN ring1 | n + COUNT { (h)--() }) * entities >= CASE WHEN entities < 20 * $budgetPlusOne THEN entities ELSE 20 * $budgetPlusOne END * 2 * relationships AS scan
    CALL (starts, ring1, scan) {
      UNWIND CASE WHEN scan THEN [true] ELSE [] END AS go
      CALL (starts, ring1) {
        MATCH (m:Entity)
        USING INDEX m:Entity(id)
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
  CALL (starts, ring1, further, scanned, settled) {
    UNWIND ring1 AS m
    WITH m, starts
    WHERE NOT m IN starts
    RETURN m, 1 AS distance
    UNION ALL
    UNWIND CASE WHEN settled THEN scanned ELSE [] END AS m
    RETURN m, 2 AS distance
    UNION ALL
    UNWIND CASE WHEN further AND NOT settled THEN ring1 ELSE [] END AS h
    MATCH (h)--(m:Entity)
    WHERE ($kinds IS NULL OR m.kind IN $kinds) AND NOT m IN ring1 AND NOT m IN starts
    WITH DISTINCT m
    RETURN m, 2 AS distance
  }
  // A grouping, though each node comes once: it makes rows of `m` and `distance` alone for the
  // ordering below to hold. Every row holds what the subquery was given otherwise, and Neo4j
  // counts ring 1 once per row it orders: 737 MB for 5,000 nodes around 50 hubs, past the
  // memory a transaction may take.
  WITH m, min(distance) AS distance
  ORDER BY distance, m.id
  LIMIT $budgetPlusOne
  RETURN collect(m) AS found
}
