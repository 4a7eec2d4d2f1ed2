// Citations of the given sources whose quote no longer stands verbatim in the source's current
// text (or whose source is gone), on every entity, relationship, merge decision and dispute of
// the graph, or only on the `$owners` named (their ids) when that list is given.
UNWIND $sources AS sid
OPTIONAL MATCH (s:Source {id: sid})
WITH sid, coalesce(s.text, '') AS text
CALL (sid, text) {
  MATCH (n:Entity)
  WHERE sid IN n.citeSources AND ($owners IS NULL OR n.id IN $owners)
  UNWIND range(0, size(n.citeSources) - 1) AS i
  WITH n, i
  WHERE n.citeSources[i] = sid AND NOT text CONTAINS n.citeQuotes[i]
  RETURN n.id AS owner, n.citeQuotes[i] AS quote
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  WHERE sid IN r.citeSources AND ($owners IS NULL OR r.id IN $owners)
  UNWIND range(0, size(r.citeSources) - 1) AS i
  WITH r, i
  WHERE r.citeSources[i] = sid AND NOT text CONTAINS r.citeQuotes[i]
  RETURN r.id AS owner, r.citeQuotes[i] AS quote
  UNION ALL
  MATCH (d)
  WHERE (d:MergeDecision OR d:Dispute) AND sid IN d.citeSources AND ($owners IS NULL OR d.id IN $owners)
  UNWIND range(0, size(d.citeSources) - 1) AS i
  WITH d, i
  WHERE d.citeSources[i] = sid AND NOT text CONTAINS d.citeQuotes[i]
  RETURN d.id AS owner, d.citeQuotes[i] AS quote
}
RETURN sid AS source, owner, quote
ORDER BY source, owner, quote
LIMIT 1000
