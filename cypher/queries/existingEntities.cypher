// Ids referenced by a dataset but defined elsewhere: their kind, and the text of sources.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, CASE n.kind WHEN 'SOURCE' THEN n.text END AS text
