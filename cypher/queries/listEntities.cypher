// One page of entities of a kind, filtered, sorted by $sortField ('name' or 'date') in the
// requested language, after a keyset cursor; with the total count of the filtered set.
CALL () {
  MATCH (n:Entity)
  WHERE n.kind = $kind
    AND ($country IS NULL OR n.country = $country)
    AND ($type IS NULL OR toLower(n.attr_type) = toLower($type))
    AND ($textKey IS NULL OR any(k IN n.searchKeys WHERE k CONTAINS $textKey))
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Entity)
  WHERE n.kind = $kind
    AND ($country IS NULL OR n.country = $country)
    AND ($type IS NULL OR toLower(n.attr_type) = toLower($type))
    AND ($textKey IS NULL OR any(k IN n.searchKeys WHERE k CONTAINS $textKey))
  WITH n, CASE $sortField
      WHEN 'date' THEN coalesce(n.attr_startDate, '')
      WHEN 'id' THEN n.id
      ELSE toLower(coalesce(n['name_' + $lang], n.name_en, n.name_th, n.name_zh, n.title, n.id))
    END AS sortKey
  WHERE $afterKey IS NULL
     OR ($desc AND (sortKey < $afterKey OR (sortKey = $afterKey AND n.id > $afterId)))
     OR (NOT $desc AND (sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)))
  WITH n, sortKey
  ORDER BY CASE WHEN $desc THEN sortKey END DESC, CASE WHEN NOT $desc THEN sortKey END ASC, n.id ASC
  LIMIT $firstPlusOne
  RETURN collect(n {.*, text: null, sortKey: sortKey}) AS page
}
CALL (page) {
  UNWIND page AS x
  UNWIND coalesce(x.citeSources, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.*, text: null}) AS sources
}
RETURN totalCount, page, sources
