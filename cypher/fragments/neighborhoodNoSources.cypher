// No sources: no citation of a neighbourhood is selected (the `sources` of neighborhood.cypher).
WITH ns, rels, truncated, [] AS sources
