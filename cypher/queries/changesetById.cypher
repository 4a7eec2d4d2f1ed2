// One changeset by id.
MATCH (c:Changeset {id: $id})
RETURN c {.*} AS changeset
