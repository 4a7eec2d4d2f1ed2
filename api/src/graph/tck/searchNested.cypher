// search hits with each agency’s people
// query($text: String!) { search(text: $text, first: 5) { score entity { id name ... on Agency { people { person { id } } } } } }
// {"text":"บพท"}
// parameters: {"query":"บพท บพท*","key":"บพท","kinds":null,"first":5,"candidates":50}
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
RETURN collect({score: score, entity: [[n0.id, n0.kind, n0.name_th, n0.name_en, n0.name_zh, n0.aliases, n0.title], [
    CASE WHEN n0:Agency THEN [(n0)<-[r1:HOLDS_POSITION]-(n1:Entity) | [[r1.id], [[n1.id, n1.kind]]]] END
  ]]}) AS hits
