// One audit event by id.
MATCH (a:AuditEvent {id: $id})
RETURN a {.*} AS event
