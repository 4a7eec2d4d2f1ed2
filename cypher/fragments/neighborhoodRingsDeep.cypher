// Depth 3 of a neighbourhood (the `rings` of neighborhood.cypher): from `starts`, the nodes kept
// besides them as `found`, nearest first, then by id, at most $budgetPlusOne.
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
