// Every entity's names and aliases for the analysis gazetteer (sources are documents, not names),
// with the stamp of the graph's state they were read at: the dataset imported and its edits since;
// and the names reviewers linked to an entity (remembered decisions), which find it too.
OPTIONAL MATCH (d:DatasetInfo {key: 'dataset'})
WITH coalesce(d.version, '') + '|' + coalesce(toString(d.importedAt), '') + '|' + toString(coalesce(d.edits, 0)) AS stamp
CALL (stamp) {
  MATCH (n:Entity)
  WHERE n.kind <> 'SOURCE'
  RETURN collect({id: n.id, kind: n.kind, th: n.name_th, en: n.name_en, zh: n.name_zh, aliases: coalesce(n.aliases, [])}) AS entries
}
CALL (stamp) {
  MATCH (m:MentionDecision)
  WHERE m.entityId IS NOT NULL
  RETURN collect({id: m.entityId, text: m.text}) AS remembered
}
RETURN stamp, entries, remembered
