// One entity by id, as selected.
MATCH (n0:Entity {id: $id})
RETURN {{entity}} AS entity
