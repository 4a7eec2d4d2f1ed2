// Audit events: a unique id each, read newest first and by target.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (a:AuditEvent) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (a:AuditEvent) ON (a.at);
CREATE INDEX audit_event_target IF NOT EXISTS FOR (a:AuditEvent) ON (a.target);
