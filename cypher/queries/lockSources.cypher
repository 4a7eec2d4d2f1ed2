// Takes a write lock on each named entity until the transaction ends: a concurrent removal of a
// cited source then waits for the write that cites it (or that write waits for the removal);
// reverts lock the records they restore the same way.
UNWIND $ids AS id
MATCH (s:Entity {id: id})
SET s._lock = true
REMOVE s._lock
RETURN count(s) AS locked
