// The stamp of the graph's state: the dataset imported and the count of edits made since. A
// gazetteer built at another stamp is out of date.
OPTIONAL MATCH (d:DatasetInfo {key: 'dataset'})
RETURN coalesce(d.version, '') + '|' + coalesce(toString(d.importedAt), '') + '|' + toString(coalesce(d.edits, 0)) AS stamp
