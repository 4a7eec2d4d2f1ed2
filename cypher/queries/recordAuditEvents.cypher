// Records several audit events of one change (a changeset, a revert) in its own transaction,
// and counts the change once among the edits made since the last import of a dataset.
MERGE (d:DatasetInfo {key: 'dataset'})
SET d.edits = coalesce(d.edits, 0) + 1, d.editedAt = $events[0].at
WITH d
UNWIND $events AS event
CREATE (a:AuditEvent)
SET a = event
RETURN a {.*} AS event
