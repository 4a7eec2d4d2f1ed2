// Records who reverted a changeset, when and why.
MATCH (c:Changeset {id: $id})
SET c.revertedBy = $by, c.revertedAt = $at, c.revertReason = $reason
RETURN c {.*} AS changeset
