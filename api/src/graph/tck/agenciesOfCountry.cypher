// the first 20 agencies of a country by name, no total asked
// { agencies(filter: { country: "TH" }, first: 20) { nodes { id name } } }
// {}
// parameters: {"kind":"AGENCY","country":"TH","firstPlusOne":21}
WITH null AS totalCount
CALL () {
  MATCH (n0:Entity:Agency)
  WHERE n0.kind = $kind
    AND n0.country = $country
    AND n0.sortName_en IS NOT NULL
  WITH n0, n0.sortName_en AS sortKey
  ORDER BY n0.kind ASC, n0.country ASC, sortKey ASC, n0.id ASC
  LIMIT $firstPlusOne
  RETURN collect([sortKey, [[n0.id, n0.kind, n0.name_th, n0.name_en, n0.name_zh, n0.aliases, n0.title]]]) AS page
}
RETURN totalCount, page
