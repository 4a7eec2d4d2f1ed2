// Removes one entity and its relationships; no row when there is none.
MATCH (n:Entity {id: $id})
WITH n, n.kind AS kind, COUNT { (n)--() } AS relationships
DETACH DELETE n
RETURN kind, relationships
