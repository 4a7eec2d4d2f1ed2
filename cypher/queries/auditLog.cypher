// The audit log, newest first, optionally for one target.
MATCH (a:AuditEvent)
WHERE $target IS NULL OR a.target = $target
RETURN a {.*} AS event
ORDER BY a.at DESC, a.id DESC
LIMIT $first
