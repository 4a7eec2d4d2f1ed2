// The stable ids of the relationships at each given entity, either direction.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(:Entity)
RETURN id, collect(DISTINCT r.id) AS relationships
