// agencies by country, type and words from variables, with the total
// query($country: String, $type: String, $text: String) {
// agencies(filter: { country: $country, type: $type, text: $text }) { totalCount nodes { id } }
// }
// {"country":"cn","type":"Ministry","text":"science"}
// parameters: {"kind":"AGENCY","country":"CN","type":"Ministry","textKey":"science","firstPlusOne":21}
CALL () {
  MATCH (n:Entity:Agency)
  WHERE n.kind = $kind
    AND n.country = $country
    AND toLower(n.attr_type) = toLower($type)
    AND any(k IN n.searchKeys WHERE k CONTAINS $textKey)
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n0:Entity:Agency)
  WHERE n0.kind = $kind
    AND n0.country = $country
    AND toLower(n0.attr_type) = toLower($type)
    AND any(k IN n0.searchKeys WHERE k CONTAINS $textKey)
  WITH n0, toLower(coalesce(n0.name_en, n0.name_th, n0.name_zh, n0.title, n0.id)) AS sortKey
  ORDER BY sortKey ASC, n0.id ASC
  LIMIT $firstPlusOne
  RETURN collect([sortKey, [[n0.id, n0.kind]]]) AS page
}
RETURN totalCount, page
