// The stored text and url of sources, to tell whether an import replaces them.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.text AS text, s.url AS url
