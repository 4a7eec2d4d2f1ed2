// people by Thai name after a cursor: an ascending page of its own
// query($after: String) { people(sort: NAME, lang: TH, first: 10, after: $after) { nodes { id } } }
// {"after":"WyLguKoiLCJwZXJzb246YSJd"}
// parameters: {"kind":"PERSON","afterKey":"ส","afterId":"person:a","firstPlusOne":11}
WITH null AS totalCount
CALL () {
  MATCH (n0:Entity:Person)
  WHERE n0.kind = $kind
  WITH n0, toLower(coalesce(n0.name_th, n0.name_en, n0.name_zh, n0.title, n0.id)) AS sortKey
  WHERE sortKey > $afterKey OR (sortKey = $afterKey AND n0.id > $afterId)
  ORDER BY sortKey ASC, n0.id ASC
  LIMIT $firstPlusOne
  RETURN collect([sortKey, [[n0.id, n0.kind]]]) AS page
}
RETURN totalCount, page
