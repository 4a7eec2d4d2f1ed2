// The disputes that name several relationships (by stable id) as statements; ids named by none give no row.
UNWIND $ids AS id
MATCH (d:Dispute)
WHERE id IN d.stmtRels
WITH id, d ORDER BY d.id
RETURN id, collect(properties(d)) AS disputes
