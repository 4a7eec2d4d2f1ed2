// The full text of several sources.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.text AS text
