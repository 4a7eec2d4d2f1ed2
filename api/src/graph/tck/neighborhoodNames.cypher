// a meeting’s 2-hop neighbourhood: nodes with their names, edges with their ends, no citations
// query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 100) { truncated nodes { id kind names { th en zh } countryCode } edges { id type from to } } }
// {"ids":["meeting:thai-china-st-committee-4"]}
// parameters: {"ids":["meeting:thai-china-st-committee-4"],"depth":2,"kinds":null,"budget":99,"budgetPlusOne":100,"edgeLimit":500,"edgeLimitPlusOne":501}
MATCH (start:Entity)
WHERE start.id IN $ids
WITH collect(start) AS starts
CALL (starts) {
CALL (starts) {
UNWIND starts AS s
MATCH (s)--(m:Entity)
WHERE $kinds IS NULL OR m.kind IN $kinds
RETURN collect(DISTINCT m) AS ring1
}
WITH starts, ring1, $depth >= 2 AND size(ring1) <= $budget + size(starts) AS further,
$budgetPlusOne - size([x IN ring1 WHERE NOT x IN starts]) AS need
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
WITH m, min(distance) AS distance
ORDER BY distance, m.id
LIMIT $budgetPlusOne
RETURN collect(m) AS found
}
WITH starts + found[0..$budget] AS ns, size(found) > $budget AS truncated
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
WITH ns, rels, truncated, [] AS sources
WITH [x IN ns | [x.id, x.kind, x.name_th, x.name_en, x.name_zh, x.aliases, x.country, x.title]] AS nodes, [r IN rels[0..$edgeLimit] | [r.id, type(r), startNode(r).id, endNode(r).id]] AS rels, truncated OR size(rels) > $edgeLimit AS truncated, sources
UNWIND [0] + range(40, CASE WHEN size(nodes) > size(rels) THEN size(nodes) ELSE size(rels) END - 1, 40) AS i
RETURN nodes[i..i + 40] AS nodes, rels[i..i + 40] AS rels, truncated, CASE WHEN i = 0 THEN sources ELSE [] END AS sources
