// The keyset cursor of a descending page (newest first): entities before $afterKey, ties by id ascending.
WHERE sortKey < $afterKey OR (sortKey = $afterKey AND {{node}}.id > $afterId)
