// a page of meetings with the total and each meeting’s venue
// { meetings(first: 5) { totalCount pageInfo { hasNextPage } nodes { id startDate venue { entity { id name } } } } }
// {}
// parameters: {"kind":"MEETING","firstPlusOne":6}
CALL () {
  MATCH (n:Entity:Meeting)
  WHERE n.kind = $kind
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n0:Entity:Meeting)
  WHERE n0.kind = $kind
  WITH n0, coalesce(n0.attr_startDate, '') AS sortKey
  ORDER BY sortKey DESC, n0.id ASC
  LIMIT $firstPlusOne
  RETURN collect([sortKey, [n0 {.*, text: null, searchKeys: null, sortName_th: null, sortName_en: null, sortName_zh: null, citeSources: null, citeQuotes: null, citeAbout: null}, [
    CASE WHEN n0:Meeting THEN [(n0)-[r1:HELD_AT]->(n1:Entity) | [[r1.id], [[n1.id, n1.kind, n1.name_th, n1.name_en, n1.name_zh, n1.aliases, n1.title]]]] END
  ]]]) AS page
}
RETURN totalCount, page
