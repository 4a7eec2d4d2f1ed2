// Changesets: a unique id each; audit events found by the changeset they belong to.
CREATE CONSTRAINT changeset_id IF NOT EXISTS FOR (c:Changeset) REQUIRE c.id IS UNIQUE;
CREATE INDEX changeset_source IF NOT EXISTS FOR (c:Changeset) ON (c.source);
CREATE INDEX audit_event_changeset IF NOT EXISTS FOR (a:AuditEvent) ON (a.changeset);
