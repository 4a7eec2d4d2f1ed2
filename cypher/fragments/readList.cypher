// One page of entities of a kind (matched by its label), filtered, sorted by $sortField ('name',
// 'date' or 'id') in the requested language, after a keyset cursor; each entity as selected; the
// count when selected. Each row of the page is a list: its sort key, then the entity.
{{count}}
CALL () {
  MATCH (n0:Entity:{{label}})
  WHERE {{filter}}
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
  RETURN collect([sortKey, {{entity}}]) AS page
}
RETURN totalCount, page
