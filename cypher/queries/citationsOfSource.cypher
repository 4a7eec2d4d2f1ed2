// How many entities and relationships cite a source; a cited source cannot be removed.
RETURN COUNT { MATCH (n:Entity) WHERE $id IN n.citeSources RETURN n } AS entities,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.citeSources RETURN r } AS relationships
