// people by Thai name after a cursor: an ascending page of its own
// query($after: String) { people(sort: NAME, lang: TH, first: 10, after: $after) { nodes { id } } }
// {"after":"WyLguKoiLCJwZXJzb246YSJd"}
// parameters: {"kind":"PERSON","afterKey":"ส","afterId":"person:a","firstPlusOne":11}
WITH null AS totalCount
CALL () {
  MATCH (n0:Entity:Person)
  WHERE n0.kind = $kind
    AND n0.sortName_th >= $afterKey
  WITH n0, n0.sortName_th AS sortKey
  WHERE sortKey > $afterKey OR (sortKey = $afterKey AND n0.id > $afterId)
  ORDER BY n0.kind ASC, sortKey ASC, n0.id ASC
  LIMIT $firstPlusOne
  RETURN collect([sortKey, [[n0.id, n0.kind]]]) AS page
}
RETURN totalCount, page
