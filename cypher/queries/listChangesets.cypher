// Changesets, newest first, optionally of one source.
MATCH (c:Changeset)
WHERE $source IS NULL OR c.source = $source
RETURN c {.*} AS changeset
ORDER BY c.createdAt DESC, c.id DESC
LIMIT $first
