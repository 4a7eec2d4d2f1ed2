// The audit events of one changeset (its commit, its items and their reverts), oldest first.
MATCH (a:AuditEvent)
WHERE a.changeset = $id
RETURN a {.*} AS event
ORDER BY a.at, a.id
