// Every entity's names and aliases for the analysis gazetteer (sources are documents, not names),
// with the stamp of the graph's state they were read at: the dataset imported and its edits since.
OPTIONAL MATCH (d:DatasetInfo {key: 'dataset'})
WITH coalesce(d.version, '') + '|' + coalesce(toString(d.importedAt), '') + '|' + toString(coalesce(d.edits, 0)) AS stamp
CALL (stamp) {
  MATCH (n:Entity)
  WHERE n.kind <> 'SOURCE'
  RETURN collect({id: n.id, kind: n.kind, th: n.name_th, en: n.name_en, zh: n.name_zh, aliases: coalesce(n.aliases, [])}) AS entries
}
RETURN stamp, entries
