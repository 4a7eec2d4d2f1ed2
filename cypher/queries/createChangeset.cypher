// Records a changeset: who committed what from which source, and the ids it created and changed.
CREATE (c:Changeset)
SET c = $changeset
RETURN c {.*} AS changeset
