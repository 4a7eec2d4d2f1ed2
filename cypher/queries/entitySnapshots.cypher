// Entities by id with every stored property (a source's text included), for before/after values.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node
