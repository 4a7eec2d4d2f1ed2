// One batch of nodes: create or replace each by id, with its kind label.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)
RETURN count(n) AS written
