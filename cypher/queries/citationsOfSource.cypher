// How many entities, relationships and decisions (merge decisions, disputes) cite a source; a
// cited source cannot be removed.
RETURN COUNT { MATCH (n:Entity) WHERE $id IN n.citeSources RETURN n } AS entities,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.citeSources RETURN r } AS relationships,
       COUNT { MATCH (d) WHERE (d:MergeDecision OR d:Dispute) AND $id IN d.citeSources RETURN d } AS decisions
