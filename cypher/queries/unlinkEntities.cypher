// Removes one relationship by its endpoints, type and stable id; no row when there is none.
MATCH (a:Entity {id: $from})-[r:$($type)]->(b:Entity {id: $to})
WHERE r.id = $id
DELETE r
RETURN count(*) AS removed
