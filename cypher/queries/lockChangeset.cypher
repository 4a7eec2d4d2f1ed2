// Takes a write lock on a changeset until the transaction ends, then reads it: two reverts of one
// changeset run one after the other, and the second sees the first.
MATCH (c:Changeset {id: $id})
SET c._lock = true
REMOVE c._lock
RETURN c {.*} AS changeset
