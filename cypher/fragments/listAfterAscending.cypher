// The keyset cursor of an ascending page: entities after ($afterKey, $afterId).
WHERE sortKey > $afterKey OR (sortKey = $afterKey AND {{node}}.id > $afterId)
