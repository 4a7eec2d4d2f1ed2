// the first 20 agencies of a country by name, no total asked
// { agencies(filter: { country: "TH" }, first: 20) { nodes { id name } } }
// {}
// parameters: {"kind":"AGENCY","country":"TH","type":null,"textKey":null,"lang":"en","sortField":"name","desc":false,"afterKey":null,"afterId":null,"firstPlusOne":21}
WITH null AS totalCount
CALL () {
  MATCH (n0:Entity:Agency)
  WHERE n0.kind = $kind
    AND n0.country = $country
  WITH n0, CASE $sortField
      WHEN 'date' THEN coalesce(n0.attr_startDate, '')
      WHEN 'id' THEN n0.id
      ELSE toLower(coalesce(n0['name_' + $lang], n0.name_en, n0.name_th, n0.name_zh, n0.title, n0.id))
    END AS sortKey
  WHERE $afterKey IS NULL
     OR ($desc AND (sortKey < $afterKey OR (sortKey = $afterKey AND n0.id > $afterId)))
     OR (NOT $desc AND (sortKey > $afterKey OR (sortKey = $afterKey AND n0.id > $afterId)))
  WITH n0, sortKey
  ORDER BY CASE WHEN $desc THEN sortKey END DESC, CASE WHEN NOT $desc THEN sortKey END ASC, n0.id ASC
  LIMIT $firstPlusOne
  RETURN collect([sortKey, [[n0.id, n0.kind, n0.name_th, n0.name_en, n0.name_zh, n0.aliases, n0.title]]]) AS page
}
RETURN totalCount, page
