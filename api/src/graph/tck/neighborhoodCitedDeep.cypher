// a 3-hop neighbourhood with every property and the citations of its nodes and edges
// query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 3) { nodes { id properties { key value } citations { quote source { id title } } } edges { id properties { key value } citations { quote } } } }
// {"ids":["agency:tistr"]}
// parameters: {"ids":["agency:tistr"],"depth":3,"kinds":null,"budget":199,"budgetPlusOne":200,"edgeLimit":1000,"edgeLimitPlusOne":1001}
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
UNWIND [x IN ns | x.citeSources] + [r IN rels | r.citeSources] AS list
UNWIND list AS sid
WITH DISTINCT sid
MATCH (s:Source {id: sid})
RETURN collect(s {.*, text: null}) AS sources
}
WITH [x IN ns | x {.*, text: null, searchKeys: null, sortName_th: null, sortName_en: null, sortName_zh: null}] AS nodes, [r IN rels[0..$edgeLimit] | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels, truncated OR size(rels) > $edgeLimit AS truncated, sources
UNWIND [0] + range(40, CASE WHEN size(nodes) > size(rels) THEN size(nodes) ELSE size(rels) END - 1, 40) AS i
RETURN nodes[i..i + 40] AS nodes, rels[i..i + 40] AS rels, truncated, CASE WHEN i = 0 THEN sources ELSE [] END AS sources
