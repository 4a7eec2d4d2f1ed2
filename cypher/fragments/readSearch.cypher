// Full-text search over the Thai, Chinese and English indexes at once. The best score of a
// node across indexes counts; an exact match of a folded name or alias ($key) ranks first.
// Each hit's entity as selected.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text_th', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_text_zh', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_text_en', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node AS n0, score + CASE WHEN $key IN node.searchKeys THEN 10.0 ELSE 0.0 END AS score
ORDER BY score DESC, n0.id
LIMIT $first
RETURN collect({score: score, entity: {{entity}}}) AS hits
