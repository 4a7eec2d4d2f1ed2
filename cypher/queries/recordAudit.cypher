// Records who changed what and when, in the transaction of the change itself, and counts the
// edits made since the last import of a dataset.
MERGE (d:DatasetInfo {key: 'dataset'})
SET d.edits = coalesce(d.edits, 0) + 1, d.editedAt = $event.at
CREATE (a:AuditEvent)
SET a = $event
RETURN a {.*} AS event
