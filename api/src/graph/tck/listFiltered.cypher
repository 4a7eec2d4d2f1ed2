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
    AND n0.sortName_en IS NOT NULL
  WITH n0, n0.sortName_en AS sortKey
  ORDER BY n0.kind ASC, n0.country ASC, sortKey ASC, n0.id ASC
  LIMIT $firstPlusOne
  RETURN collect([sortKey, [[n0.id, n0.kind]]]) AS page
}
RETURN totalCount, page
