// How many entities the database holds (0 means the seed should be loaded), and the relationships
// between them. The relationships are counted once, after the aggregation: in the same RETURN as
// count(n), the COUNT subquery became a grouping key, evaluated once per node.
MATCH (n:Entity)
WITH count(n) AS nodes
RETURN nodes, COUNT { MATCH (:Entity)-[r]->(:Entity) RETURN r } AS relationships
