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
RETURN collect({score: score, entity: {node: n0 { .id, .kind, .name_th, .name_en, .name_zh, .aliases, .title }, links: [
    CASE WHEN n0:Agency THEN [(n0)<-[r1:HOLDS_POSITION]-(n1:Entity) | {rel: r1 { .id }, entity: {node: n1 { .id, .kind }}}] END
  ]}}) AS hits
