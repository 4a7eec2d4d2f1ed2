// How many entities the database holds (0 means the seed should be loaded).
MATCH (n:Entity)
RETURN count(n) AS nodes, COUNT { MATCH (:Entity)-[r]->(:Entity) RETURN r } AS relationships
