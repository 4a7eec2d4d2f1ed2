// One page of entities of a kind (matched by its label), filtered, ordered by its sort key and
// then by id, after a keyset cursor when one is given; each entity as selected; the count when
// selected. Each row of the page is a list: its sort key, then the entity. The sort key, the
// cursor's condition and the direction are fragments chosen for the request (listSortBy*,
// listAfter*, listOrder*), so that Neo4j evaluates no CASE per row.
{{count}}
CALL () {
  MATCH (n0:Entity:{{label}})
  WHERE {{filter}}
  WITH n0, {{sortKey}} AS sortKey{{after}}
  ORDER BY {{order}}
  LIMIT $firstPlusOne
  RETURN collect([sortKey, {{entity}}]) AS page
}
RETURN totalCount, page
