// meetings newest first after a cursor: a descending page
// query($after: String) { meetings(first: 5, after: $after) { nodes { id startDate } } }
// {"after":"WyIyMDIwLTAxLTAxIiwibWVldGluZzphIl0"}
// parameters: {"kind":"MEETING","afterKey":"2020-01-01","afterId":"meeting:a","firstPlusOne":6}
WITH null AS totalCount
CALL () {
  MATCH (n0:Entity:Meeting)
  WHERE n0.kind = $kind
  WITH n0, coalesce(n0.attr_startDate, '') AS sortKey
  WHERE sortKey < $afterKey OR (sortKey = $afterKey AND n0.id > $afterId)
  ORDER BY sortKey DESC, n0.id ASC
  LIMIT $firstPlusOne
  RETURN collect([sortKey, [n0 {.*, text: null, searchKeys: null, sortName_th: null, sortName_en: null, sortName_zh: null, citeSources: null, citeQuotes: null, citeAbout: null}]]) AS page
}
RETURN totalCount, page
