// Records, in the import's own transaction, which content was imported last and when.
MERGE (d:DatasetInfo {key: 'dataset'})
SET d.version = $version, d.importedAt = $importedAt
RETURN d.version AS version
